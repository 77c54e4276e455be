// SSDA903 2025-26 rule INT12: the date of birth in PlacedAdoption is the child's date of birth in the Header.
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT12 = defineRule903({
  code: 'INT12',
  message: 'Internal Check: DOB in PlacedAdoption is different to DOB in Header.',
  tables: ['Header', 'PlacedAdoption'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'PlacedAdoption'),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DOB: '01/03/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
    },
    flags: [['PlacedAdoption', 1]],
  },
});
