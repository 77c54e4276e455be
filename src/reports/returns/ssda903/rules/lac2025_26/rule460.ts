// SSDA903 2025-26 rule 460: an episode ending with the child staying with their carers at 18 or over (E17) ends on or after the child's 18th birthday.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf } from '../../ruleSupport.ts';

export const rule460 = defineRule903({
  code: '460',
  message:
    'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.',
  tables: ['Episodes', 'Header'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const ended = context.day(episode.DEC);
      if (episode.REC !== 'E17' || ended === null) return false;
      const age = ageOf(context, episode.CHILD, ended);
      return age !== null && age < 18;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2008' }],
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025', DEC: '01/03/2026', REC: 'E17' }],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2008' },
        { CHILD: '2', DOB: '29/02/2008' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/03/2026', REC: 'E17' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '28/02/2026', REC: 'E17' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
