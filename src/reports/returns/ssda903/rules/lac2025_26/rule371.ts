// SSDA903 2025-26 rule 371: a child placed in supported accommodation not subject to children's homes regulations (K3) is at least 16 when the placement starts.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf } from '../../ruleSupport.ts';

export const rule371 = defineRule903({
  code: '371',
  message: 'Child in supported accomodation not subject to children’s homes regulations should be at least 16.',
  tables: ['Episodes', 'Header'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      if (episode.PLACE !== 'K3' || started === null) return false;
      const age = ageOf(context, episode.CHILD, started);
      return age !== null && age < 16;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '01/03/2009' }],
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', PLACE: 'K3' }],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '01/03/2009' },
        { CHILD: '2', DOB: '02/03/2009' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', PLACE: 'K3' },
        { CHILD: '2', DECOM: '01/03/2025', PLACE: 'K3' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
