// SSDA903 2025-26 rule 633: the local authority where a previous permanence option was arranged (LA_PERM),
// when given, is a DfE local authority number or WAL, SCO, NUK, NIR.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { localAuthorityPermanenceCodes } from '../../validCodes.ts';

export const rule633 = defineRule903({
  code: '633',
  message: 'Local authority code where previous permanence option was arranged is not a valid value.',
  tables: ['PrevPerm'],
  check: (context) =>
    rowsWhere(
      context,
      'PrevPerm',
      (child) => child.LA_PERM !== '' && !localAuthorityPermanenceCodes.has(child.LA_PERM),
    ),
  examples: {
    passing: {
      PrevPerm: [
        { CHILD: '1', LA_PERM: '941' },
        { CHILD: '2', LA_PERM: 'WAL' },
        { CHILD: '3', LA_PERM: '' },
      ],
    },
    failing: {
      PrevPerm: [
        { CHILD: '1', LA_PERM: '941' },
        { CHILD: '2', LA_PERM: 'E06000051' },
        { CHILD: '3', LA_PERM: '' },
      ],
    },
    flags: [['PrevPerm', 2]],
  },
});
