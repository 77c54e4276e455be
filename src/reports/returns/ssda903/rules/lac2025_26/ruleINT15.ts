// SSDA903 2025-26 rule INT15: a child's date of birth in OC3 is the Header's (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT15 = defineRule903({
  code: 'INT15',
  message: 'Internal Check: DOB in OC3 is different to DOB in Header.',
  tables: ['Header', 'OC3'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'OC3'),
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '31/03/2007' }],
      OC3: [{ CHILD: '1', DOB: '31/03/2007' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '31/03/2007' }],
      OC3: [{ CHILD: '1', DOB: '01/04/2007' }],
    },
    flags: [['OC3', 1]],
  },
});
