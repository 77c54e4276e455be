// SSDA903 2025-26 rule INT11: the date of birth in AD1 is the child's date of birth in the Header.
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT11 = defineRule903({
  code: 'INT11',
  message: 'Internal Check: DOB in AD1 is different to DOB in Header.',
  tables: ['Header', 'AD1'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'AD1'),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      AD1: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      AD1: [
        { CHILD: '1', DOB: '01/03/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
