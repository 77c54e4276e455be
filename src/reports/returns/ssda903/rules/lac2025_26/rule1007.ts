// SSDA903 2025-26 rule 1007: a 17- or 18-year-old still looked after on their latest birthday has no care leaver information.
import { ageInYears, birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule1007 = defineRule903({
  code: '1007',
  message:
    'Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]',
  tables: ['Episodes', 'OC3'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    return rowsWhere(context, 'OC3', (leaver) => {
      const born = context.day(leaver.DOB);
      if (born === null || (leaver.IN_TOUCH === '' && leaver.ACTIV === '' && leaver.ACCOM === '')) return false;
      const age = ageInYears(born, context.year.end);
      if (age !== 17 && age !== 18) return false;
      const birthday = birthdayAt(born, age);
      return (episodes.get(leaver.CHILD) ?? []).some((episode) => {
        const began = context.day(episode.DECOM);
        const ended = context.day(episode.DEC);
        return began !== null && began <= birthday && (episode.DEC === '' || (ended !== null && ended > birthday));
      });
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '01/03/2026', REC: 'E8' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '01/06/2025', REC: 'E8' },
      ],
      OC3: [
        { CHILD: '1', DOB: '01/03/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
        { CHILD: '2', DOB: '01/07/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '02/03/2026', REC: 'E8' },
        { CHILD: '2', DECOM: '01/04/2024' },
      ],
      OC3: [
        { CHILD: '1', DOB: '01/03/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
        { CHILD: '2', DOB: '01/07/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
    ],
  },
});
