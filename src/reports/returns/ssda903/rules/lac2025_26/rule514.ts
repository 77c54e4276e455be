// SSDA903 2025-26 rule 514: a single adopter (legal status L0) is recorded as one adopter (M1 or F1), not a couple.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule514 = defineRule903({
  code: '514',
  message:
    'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(
      context,
      'AD1',
      (adoption) => adoption.LS_ADOPTR === 'L0' && adoption.SEX_ADOPTR !== 'M1' && adoption.SEX_ADOPTR !== 'F1',
    ),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L0', SEX_ADOPTR: 'F1' },
        { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'MM' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L0', SEX_ADOPTR: 'FF' },
        { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'MM' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
