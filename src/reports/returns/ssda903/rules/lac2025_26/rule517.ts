// SSDA903 2025-26 rule 517: adopters with legal status L3 are recorded as a male and female couple (MF).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule517 = defineRule903({
  code: '517',
  message:
    'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.LS_ADOPTR === 'L3' && adoption.SEX_ADOPTR !== 'MF'),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' },
        { CHILD: '2', LS_ADOPTR: 'L2', SEX_ADOPTR: 'FF' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L3', SEX_ADOPTR: 'FF' },
        { CHILD: '2', LS_ADOPTR: 'L2', SEX_ADOPTR: 'FF' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
