// SSDA903 2025-26 rule 205D: a child in last year's return who was not UASC then is not UASC this year (status is set on entering care).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule205D = defineRule903({
  code: '205D',
  message: 'Child identified as UASC this year but not identified as UASC status provided for the child last year.',
  tables: ['UASC'],
  needs: ['previous'],
  check: (context) => {
    const inLastYear = context.previousByChild('Header');
    const uascLastYear = context.previousByChild('UASC');
    return rowsWhere(context, 'UASC', (child) => inLastYear.has(child.CHILD) && !uascLastYear.has(child.CHILD));
  },
  examples: {
    year: '2025-26',
    passing: {
      UASC: [
        { CHILD: '1', SEX: 'M', DOB: '01/01/2009' },
        { CHILD: '2', SEX: 'M', DOB: '01/01/2010' },
      ],
      previous: { Header: [{ CHILD: '1' }], UASC: [{ CHILD: '1', SEX: 'M', DOB: '01/01/2009' }] },
    },
    failing: {
      UASC: [
        { CHILD: '1', SEX: 'M', DOB: '01/01/2009' },
        { CHILD: '2', SEX: 'M', DOB: '01/01/2010' },
      ],
      previous: { Header: [{ CHILD: '1' }, { CHILD: '2' }], UASC: [{ CHILD: '1', SEX: 'M', DOB: '01/01/2009' }] },
    },
    flags: [['UASC', 2]],
  },
});
