// SSDA903 2025-26 rule INT18: a child's date of birth in UASC is the Header's (data integrity across tables).
import { defineRule903 } from '../../rule.ts';
import { rowsWhoseBirthDiffersFromHeader } from '../../ruleSupport.ts';

export const ruleINT18 = defineRule903({
  code: 'INT18',
  message: 'Internal Check: DOB in UASC is different to DOB in Header.',
  tables: ['Header', 'UASC'],
  check: (context) => rowsWhoseBirthDiffersFromHeader(context, 'UASC'),
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2012' }],
      UASC: [{ CHILD: '1', DOB: '29/02/2012' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '29/02/2012' }],
      UASC: [{ CHILD: '1', DOB: '01/03/2012' }],
    },
    flags: [['UASC', 1]],
  },
});
