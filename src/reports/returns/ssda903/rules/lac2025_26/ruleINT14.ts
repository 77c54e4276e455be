// SSDA903 2025-26 rule INT14: the date of birth in OC2 is the child's date of birth in the Header.
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT14 = defineRule903({
  code: 'INT14',
  message: 'Internal Check: DOB in OC2 is different to DOB in Header.',
  tables: ['Header', 'OC2'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'OC2'),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      OC2: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      OC2: [
        { CHILD: '1', DOB: '01/03/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
