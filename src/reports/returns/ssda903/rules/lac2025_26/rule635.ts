// SSDA903 2025-26 rule 635: a previous permanence order's date and local authority (DATE_PERM, LA_PERM) are given only with its type (PREV_PERM other than Z1).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule635 = defineRule903({
  code: '635',
  message:
    'There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1',
  tables: ['PrevPerm'],
  // The message names Z1 (not applicable or unknown); a blank PREV_PERM says no more, so it is flagged too.
  check: (context) =>
    rowsWhere(
      context,
      'PrevPerm',
      (child) =>
        (child.LA_PERM !== '' || child.DATE_PERM !== '') && (child.PREV_PERM === '' || child.PREV_PERM === 'Z1'),
    ),
  examples: {
    passing: {
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P1', LA_PERM: '201', DATE_PERM: '01/06/2020' },
        { CHILD: '2', PREV_PERM: 'Z1' },
      ],
    },
    failing: {
      PrevPerm: [
        { CHILD: '1', PREV_PERM: '', LA_PERM: '201', DATE_PERM: '01/06/2020' },
        { CHILD: '2', PREV_PERM: 'Z1', DATE_PERM: '01/06/2020' },
      ],
    },
    flags: [
      ['PrevPerm', 1],
      ['PrevPerm', 2],
    ],
  },
});
