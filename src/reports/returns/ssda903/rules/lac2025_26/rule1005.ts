// SSDA903 2025-26 rule 1005: the date a missing or away period ended (MIS_END), when given, is a real DD/MM/YYYY date.
import { defineRule903 } from '../../rule.ts';
import { rowsWithInvalidDate } from '../../ruleSupport.ts';

export const rule1005 = defineRule903({
  code: '1005',
  message:
    'The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  tables: ['Missing'],
  check: (context) => rowsWithInvalidDate(context, 'Missing', 'MIS_END'),
  examples: {
    passing: {
      Missing: [
        { CHILD: '1', MIS_END: '29/02/2024' },
        { CHILD: '2', MIS_END: '' },
      ],
    },
    failing: {
      Missing: [
        { CHILD: '1', MIS_END: '29/02/2025' },
        { CHILD: '2', MIS_END: '' },
        { CHILD: '3', MIS_END: '2025-04-01' },
      ],
    },
    flags: [
      ['Missing', 1],
      ['Missing', 3],
    ],
  },
});
