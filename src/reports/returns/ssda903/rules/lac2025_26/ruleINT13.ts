// SSDA903 2025-26 rule INT13: the date of birth in Missing is the child's date of birth in the Header.
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT13 = defineRule903({
  code: 'INT13',
  message: 'Internal Check: DOB in Missing is different to DOB in Header.',
  tables: ['Header', 'Missing'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'Missing'),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      Missing: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      Missing: [
        { CHILD: '1', DOB: '01/03/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    flags: [['Missing', 1]],
  },
});
