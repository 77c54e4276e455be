// SSDA903 2025-26 rule 353: no episode starts before 14 October 1991 (the Children Act 1989 came into force).
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

const childrenAct = dayFromParts(1991, 10, 14) as number;

export const rule353 = defineRule903({
  code: '353',
  message: 'No episode submitted can start before 14 October 1991.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      return started !== null && started < childrenAct;
    }),
  examples: {
    year: '2025-26',
    passing: { Episodes: [{ CHILD: '1', DECOM: '14/10/1991' }] },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '13/10/1991' },
        { CHILD: '2', DECOM: '14/10/1991' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
