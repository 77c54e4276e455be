// SSDA903 2025-26 rule 1016: no care leaver information (OC3) for a young person 17 or 18 at 31 March whose care ended on or after that birthday.
import { ageInYears, birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule1016 = defineRule903({
  code: '1016',
  message:
    'Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.',
  tables: ['Episodes', 'OC3'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    return rowsWhere(context, 'OC3', (leaver) => {
      const born = context.day(leaver.DOB);
      if (born === null || (leaver.IN_TOUCH === '' && leaver.ACTIV === '' && leaver.ACCOM === '')) return false;
      const age = ageInYears(born, context.year.end);
      if (age !== 17 && age !== 18) return false;
      const birthday = birthdayAt(born, age);
      return (episodes.get(leaver.CHILD) ?? []).some((episode) => (context.day(episode.DEC) ?? -Infinity) >= birthday);
    });
  },
  examples: {
    year: '2025-26',
    // A birthday on 29 February falls on 1 March in other years; one on 31 March still counts in the year.
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '09/06/2025', REC: 'E8' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '28/02/2026', REC: 'E8' },
        { CHILD: '3', DECOM: '01/04/2024', DEC: '30/03/2026', REC: 'E8' },
      ],
      OC3: [
        { CHILD: '1', DOB: '10/06/2008', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', DOB: '29/02/2008', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '3', DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '10/06/2025', REC: 'E8' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '01/03/2026', REC: 'E8' },
        { CHILD: '3', DECOM: '01/04/2024', DEC: '31/03/2026', REC: 'E8' },
      ],
      OC3: [
        { CHILD: '1', DOB: '10/06/2008', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', DOB: '29/02/2008', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '3', DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
      ['OC3', 3],
    ],
  },
});
