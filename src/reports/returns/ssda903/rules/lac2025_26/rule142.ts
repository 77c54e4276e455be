// SSDA903 2025-26 rule 142: every episode but the child's latest has ended (an end date and a reason).
import { defineRule903, type Flag903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule142 = defineRule903({
  code: '142',
  message: 'A new episode has started, but the previous episode has not ended.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of episodesInOrder(context).values())
      for (const episode of episodes.slice(0, -1))
        if (context.day(episode.DECOM) !== null && (episode.DEC === '' || episode.REC === ''))
          flags.push({ table: 'Episodes', row: episode });
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', DEC: '', REC: '' },
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/06/2025', REC: 'X1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', DEC: '', REC: '' },
        { CHILD: '1', DECOM: '01/04/2025', DEC: '', REC: '' },
        { CHILD: '2', DECOM: '01/04/2025', DEC: '', REC: '' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
