// SSDA903 2025-26 rule 391: care leaver information is returned only for young people aged 17 to 21 at some time in the year.
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule391 = defineRule903({
  code: '391',
  message: 'Young person was not 17, 18, 19, 20 or 21 during the current collection year. ',
  tables: ['OC3'],
  check: (context) =>
    rowsWhere(context, 'OC3', (leaver) => {
      const born = context.day(leaver.DOB);
      if (born === null || (leaver.IN_TOUCH === '' && leaver.ACTIV === '' && leaver.ACCOM === '')) return false;
      return ageInYears(born, context.year.end) < 17 || ageInYears(born, context.year.start) > 21;
    }),
  examples: {
    year: '2025-26',
    passing: {
      OC3: [
        { CHILD: '1', DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
        { CHILD: '2', DOB: '02/04/2003', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', DOB: '01/04/2009', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
        { CHILD: '2', DOB: '01/04/2003', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
        { CHILD: '3', DOB: '01/04/2009' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
    ],
  },
});
