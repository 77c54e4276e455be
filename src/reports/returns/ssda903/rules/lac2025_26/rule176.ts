// SSDA903 2025-26 rule 176: the sex of the adopter(s) (SEX_ADOPTR) is M1, F1, MM, FF or MF when given.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { adopterSexCodes } from '../../validCodes.ts';

export const rule176 = defineRule903({
  code: '176',
  message: 'The gender of adopter(s) at the date of adoption code is not a valid code.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.SEX_ADOPTR !== '' && !adopterSexCodes.has(adoption.SEX_ADOPTR)),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', SEX_ADOPTR: 'MF' },
        { CHILD: '2', SEX_ADOPTR: '' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', SEX_ADOPTR: 'FM' },
        { CHILD: '2', SEX_ADOPTR: '' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
