// SSDA903 2025-26 rule 524: adopters who are a same-sex married couple (L12) are recorded as MM or FF.
import { defineRule903, rowsWhere } from '../../rule.ts';

const sameSexCouples = new Set(['MM', 'FF']);

export const rule524 = defineRule903({
  code: '524',
  message:
    'If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.LS_ADOPTR === 'L12' && !sameSexCouples.has(adoption.SEX_ADOPTR)),
  examples: {
    year: '2025-26',
    passing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L12', SEX_ADOPTR: 'FF' },
        { CHILD: '2', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', LS_ADOPTR: 'L12', SEX_ADOPTR: 'MF' },
        { CHILD: '2', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
