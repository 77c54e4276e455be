// SSDA903 2025-26 rule 133: a care leaver's accommodation (OC3 ACCOM) is one of the DfE's codes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { accommodationCodes } from '../../validCodes.ts';

export const rule133 = defineRule903({
  code: '133',
  message:
    'Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid',
  tables: ['OC3'],
  check: (context) => rowsWhere(context, 'OC3', (leaver) => !accommodationCodes.has(leaver.ACCOM)),
  examples: {
    passing: {
      OC3: [
        { CHILD: '1', ACCOM: 'Z2' },
        { CHILD: '2', ACCOM: '0' },
        { CHILD: '4', ACCOM: 'X2' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', ACCOM: 'Z3' },
        { CHILD: '2', ACCOM: '0' },
        { CHILD: '3', ACCOM: '' },
        { CHILD: '4', ACCOM: 'X1' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 3],
      ['OC3', 4],
    ],
  },
});
