// SSDA903 2025-26 rule INT21: the child's sex in UASC is their sex in the Header.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleINT21 = defineRule903({
  code: 'INT21',
  message: 'Internal Check: SEX in UASC is different to SEX in Header.',
  tables: ['Header', 'UASC'],
  check: (context) => {
    const header = context.byChild('Header');
    return rowsWhere(context, 'UASC', (uasc) => {
      const sex = header.get(uasc.CHILD)?.[0]?.SEX ?? '';
      return sex !== '' && uasc.SEX !== '' && sex !== uasc.SEX;
    });
  },
  examples: {
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F' },
        { CHILD: '2', SEX: 'M' },
      ],
      UASC: [
        { CHILD: '1', SEX: 'F' },
        { CHILD: '2', SEX: 'M' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F' },
        { CHILD: '2', SEX: 'M' },
      ],
      UASC: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: 'M' },
      ],
    },
    flags: [['UASC', 1]],
  },
});
