// SSDA903 2025-26 rule 373: a child placed in a school (S1) is at least 4 when the placement starts.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf } from '../../ruleSupport.ts';

export const rule373 = defineRule903({
  code: '373',
  message: 'Child placed in a school should be at least 4 years old.',
  tables: ['Episodes', 'Header'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      if (episode.PLACE !== 'S1' || started === null) return false;
      const age = ageOf(context, episode.CHILD, started);
      return age !== null && age < 4;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '01/03/2021' }],
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', PLACE: 'S1' }],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '01/03/2021' },
        { CHILD: '2', DOB: '02/03/2021' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', PLACE: 'S1' },
        { CHILD: '2', DECOM: '01/03/2025', PLACE: 'S1' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
