// SSDA903 2025-26 rule 519: adopters in a civil partnership (L2) are recorded as a couple (MM, FF or MF).
import { defineRule903, rowsWhere } from '../../rule.ts';

const couples = new Set(['MM', 'FF', 'MF']);

export const rule519 = defineRule903({
  code: '519',
  message:
    'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.LS_ADOPTR === 'L2' && !couples.has(adoption.SEX_ADOPTR)),
  examples: {
    year: '2025-26',
    passing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L2', SEX_ADOPTR: 'FF' },
        { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'F1' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L2', SEX_ADOPTR: 'F1' },
        { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'F1' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
