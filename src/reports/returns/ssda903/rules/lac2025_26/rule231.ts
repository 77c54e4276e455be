// SSDA903 2025-26 rule 231: an unaccompanied asylum-seeking child (a UASC row) is expected to be 11 or over at 31 March (a query: check the date of birth).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf } from '../../ruleSupport.ts';

export const rule231 = defineRule903({
  code: '231',
  message:
    'We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.',
  tables: ['Header', 'UASC'],
  // In the CSV return a child is UASC by their UASC row (the XML's UASC flag has no column here).
  check: (context) => {
    const uasc = context.byChild('UASC');
    return rowsWhere(context, 'Header', (child) => {
      const age = ageOf(context, child.CHILD, context.year.end);
      return uasc.has(child.CHILD) && age !== null && age < 11;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', DOB: '31/03/2015' },
        { CHILD: '2', DOB: '01/04/2015' },
      ],
      UASC: [{ CHILD: '1', DOB: '31/03/2015' }],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '31/03/2015' },
        { CHILD: '2', DOB: '01/04/2015' },
      ],
      UASC: [
        { CHILD: '1', DOB: '31/03/2015' },
        { CHILD: '2', DOB: '01/04/2015' },
      ],
    },
    flags: [['Header', 2]],
  },
});
