// SSDA903 2025-26 rule 607: a girl or young woman who ceased to be looked after in the year (an episode
// ending other than X1, not a short break) has the mother field completed.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule607 = defineRule903({
  code: '607',
  message: 'Child ceased to be looked after in the year, but mother field has not been completed.',
  tables: ['Header', 'Episodes'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    const { start, end } = context.year;
    return rowsWhere(
      context,
      'Header',
      (child) =>
        child.SEX === 'F' &&
        child.MOTHER === '' &&
        (episodes.get(child.CHILD) ?? []).some((episode) => {
          const ceased = context.day(episode.DEC);
          return (
            ceased !== null &&
            ceased >= start &&
            ceased <= end &&
            episode.REC !== '' &&
            episode.REC !== 'X1' &&
            !shortBreakLegalStatusCodes.has(episode.LS)
          );
        }),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0' },
        { CHILD: '2', SEX: 'F', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'C2', DEC: '31/03/2026', REC: 'E13' },
        { CHILD: '2', LS: 'C2', DEC: '31/03/2026', REC: 'X1' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '' },
        { CHILD: '2', SEX: 'F', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'C2', DEC: '31/03/2026', REC: 'E13' },
        { CHILD: '2', LS: 'C2', DEC: '31/03/2026', REC: 'X1' },
      ],
    },
    flags: [['Header', 1]],
  },
});
