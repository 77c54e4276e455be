// SSDA903 2025-26 rule INT16: the date of birth in PrevPerm is the child's date of birth in the Header.
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT16 = defineRule903({
  code: 'INT16',
  message: 'Internal Check: DOB in PrevPerm is different to DOB in Header.',
  tables: ['Header', 'PrevPerm'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'PrevPerm'),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      PrevPerm: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      PrevPerm: [
        { CHILD: '1', DOB: '01/03/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    flags: [['PrevPerm', 1]],
  },
});
