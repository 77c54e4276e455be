// SSDA903 2025-26 rule INT17: the date of birth in Reviews is the child's date of birth in the Header.
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT17 = defineRule903({
  code: 'INT17',
  message: 'Internal Check: DOB in Reviews is different to DOB in Header.',
  tables: ['Header', 'Reviews'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'Reviews'),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      Reviews: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      Reviews: [
        { CHILD: '1', DOB: '01/03/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    flags: [['Reviews', 1]],
  },
});
