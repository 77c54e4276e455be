// SSDA903 2025-26 rule 542: a child under 10 at 31 March has no conviction recorded (the age of criminal responsibility).
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule542 = defineRule903({
  code: '542',
  message: 'A child aged under 10 at 31 March should not have conviction information completed.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(context, 'OC2', (child) => {
      const born = context.day(child.DOB);
      return child.CONVICTED !== '' && born !== null && ageInYears(born, context.year.end) < 10;
    }),
  examples: {
    year: '2025-26',
    passing: {
      OC2: [
        { CHILD: '1', DOB: '31/03/2016', CONVICTED: '0' },
        { CHILD: '2', DOB: '01/04/2016', CONVICTED: '' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', DOB: '31/03/2016', CONVICTED: '0' },
        { CHILD: '2', DOB: '01/04/2016', CONVICTED: '0' },
      ],
    },
    flags: [['OC2', 2]],
  },
});
