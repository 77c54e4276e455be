// SSDA903 2025-26 rule 580: a child missing when they cease to be looked after on their 18th birthday (the
// missing period ends that day) has the episode ceased E8.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule580 = defineRule903({
  code: '580',
  message: 'Child is missing when cease being looked after but reason episode ceased not ‘E8’.',
  tables: ['Episodes', 'Missing'],
  check: (context) => {
    const missing = context.byChild('Missing');
    return rowsWhere(context, 'Episodes', (episode) => {
      const ceased = context.day(episode.DEC);
      if (ceased === null || episode.REC === 'E8') return false;
      return (missing.get(episode.CHILD) ?? []).some((period) => {
        const born = context.day(period.DOB);
        return born !== null && context.day(period.MIS_END) === ceased && birthdayAt(born, 18) === ceased;
      });
    });
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DEC: '01/03/2026', REC: 'E8' }],
      Missing: [{ CHILD: '1', DOB: '29/02/2008', MIS_START: '20/02/2026', MIS_END: '01/03/2026' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DEC: '01/03/2026', REC: 'E15' }],
      Missing: [{ CHILD: '1', DOB: '29/02/2008', MIS_START: '20/02/2026', MIS_END: '01/03/2026' }],
    },
    flags: [['Episodes', 1]],
  },
});
