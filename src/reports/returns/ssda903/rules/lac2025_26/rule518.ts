// SSDA903 2025-26 rule 518: adopters in a same-sex couple (legal status L4) are recorded as MM or FF.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule518 = defineRule903({
  code: '518',
  message:
    'If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(
      context,
      'AD1',
      (adoption) => adoption.LS_ADOPTR === 'L4' && adoption.SEX_ADOPTR !== 'MM' && adoption.SEX_ADOPTR !== 'FF',
    ),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' },
        { CHILD: '2', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' },
        { CHILD: '2', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
