// SSDA903 2025-26 rule 511: two adopters are recorded as a couple (MM, FF or MF), not as one adopter (M1, F1).
import { defineRule903, rowsWhere } from '../../rule.ts';

const oneAdopter = new Set(['M1', 'F1']);

export const rule511 = defineRule903({
  code: '511',
  message:
    'If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.NB_ADOPTR === '2' && oneAdopter.has(adoption.SEX_ADOPTR)),
  examples: {
    passing: {
      AD1: [
        { CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'MM' },
        { CHILD: '2', NB_ADOPTR: '1', SEX_ADOPTR: 'F1' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'M1' },
        { CHILD: '2', NB_ADOPTR: '1', SEX_ADOPTR: 'F1' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
