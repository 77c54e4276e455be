// SSDA903 2025-26 rule 372: a child placed in youth custody or prison (R5) is at least 10 when the placement starts.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf } from '../../ruleSupport.ts';

export const rule372 = defineRule903({
  code: '372',
  message: 'Child in youth custody or prison should be at least 10.',
  tables: ['Episodes', 'Header'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      if (episode.PLACE !== 'R5' || started === null) return false;
      const age = ageOf(context, episode.CHILD, started);
      return age !== null && age < 10;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2016' }],
      Episodes: [{ CHILD: '1', DECOM: '01/03/2026', PLACE: 'R5' }],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2016' },
        { CHILD: '2', DOB: '02/03/2016' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2026', PLACE: 'R5' },
        { CHILD: '2', DECOM: '01/03/2026', PLACE: 'R5' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
