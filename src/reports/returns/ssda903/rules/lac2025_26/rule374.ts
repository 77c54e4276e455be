// SSDA903 2025-26 rule 374: a child placed in residential employment (P3) is at least 14 when the placement starts.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf } from '../../ruleSupport.ts';

export const rule374 = defineRule903({
  code: '374',
  message: 'Child in residential employment should be at least 14 years old.',
  tables: ['Episodes', 'Header'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      if (episode.PLACE !== 'P3' || started === null) return false;
      const age = ageOf(context, episode.CHILD, started);
      return age !== null && age < 14;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '01/03/2011' }],
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', PLACE: 'P3' }],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '01/03/2011' },
        { CHILD: '2', DOB: '02/03/2011' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', PLACE: 'P3' },
        { CHILD: '2', DECOM: '01/03/2025', PLACE: 'P3' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
