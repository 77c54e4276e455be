// SSDA903 2025-26 rule 389: an episode ending with the child's transfer to adult social care (E7) ends on or after the child's 16th birthday.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf } from '../../ruleSupport.ts';

export const rule389 = defineRule903({
  code: '389',
  message:
    'Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.',
  tables: ['Episodes', 'Header'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const ended = context.day(episode.DEC);
      if (episode.REC !== 'E7' || ended === null) return false;
      const age = ageOf(context, episode.CHILD, ended);
      return age !== null && age < 16;
    }),
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2008' }],
      Episodes: [{ CHILD: '1', DECOM: '01/04/2023', DEC: '01/03/2024', REC: 'E7' }],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2008' },
        { CHILD: '2', DOB: '29/02/2008' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2023', DEC: '01/03/2024', REC: 'E7' },
        { CHILD: '2', DECOM: '01/04/2023', DEC: '28/02/2024', REC: 'E7' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
