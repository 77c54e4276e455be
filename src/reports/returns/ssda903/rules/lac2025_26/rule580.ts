// SSDA903 2025-26 rule 580: a child missing when they cease to be looked after on their 18th birthday (the
// missing period ends that day) has the episode ceased E8.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule580 = defineRule903({
  code: '580',
  message: 'Child is missing when cease being looked after but reason episode ceased not ‘E8’.',
  tables: ['Episodes', 'Missing'],
  check: (context) => {
    // The children and days on which a missing period ended on the child's 18th birthday.
    const endedOn18thBirthday = new Set<string>();
    for (const period of context.tables.Missing) {
      const born = context.day(period.DOB);
      const ended = context.day(period.MIS_END);
      if (born !== null && ended !== null && birthdayAt(born, 18) === ended)
        endedOn18thBirthday.add(`${period.CHILD}|${ended}`);
    }
    if (endedOn18thBirthday.size === 0) return [];
    return rowsWhere(context, 'Episodes', (episode) => {
      const ceased = context.day(episode.DEC);
      return ceased !== null && episode.REC !== 'E8' && endedOn18thBirthday.has(`${episode.CHILD}|${ceased}`);
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
