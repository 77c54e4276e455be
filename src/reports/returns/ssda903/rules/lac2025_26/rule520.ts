// SSDA903 2025-26 rule 520: adopters who are a different-sex married couple (L11) are recorded as MF.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule520 = defineRule903({
  code: '520',
  message:
    'Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.LS_ADOPTR === 'L11' && adoption.SEX_ADOPTR !== 'MF'),
  examples: {
    year: '2025-26',
    passing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
        { CHILD: '2', LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MM' },
        { CHILD: '2', LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
