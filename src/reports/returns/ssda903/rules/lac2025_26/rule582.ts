// SSDA903 2025-26 rule 582: a child adopted (REC E11, E12) was matched with adopters before the day of the
// adoption (AD1 DATE_MATCH is not the episode's DEC).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { adoptedCodes } from '../../validCodes.ts';

export const rule582 = defineRule903({
  code: '582',
  message:
    'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.',
  tables: ['Episodes', 'AD1'],
  check: (context) => {
    const adoptions = context.byChild('AD1');
    return rowsWhere(context, 'Episodes', (episode) => {
      const adopted = context.day(episode.DEC);
      return (
        adoptedCodes.has(episode.REC) &&
        adopted !== null &&
        (adoptions.get(episode.CHILD) ?? []).some((adoption) => context.day(adoption.DATE_MATCH) === adopted)
      );
    });
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', REC: 'E12', DEC: '01/03/2026' }],
      AD1: [{ CHILD: '1', DATE_MATCH: '29/02/2024' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', REC: 'E12', DEC: '01/03/2026' }],
      AD1: [{ CHILD: '1', DATE_MATCH: '01/03/2026' }],
    },
    flags: [['Episodes', 1]],
  },
});
