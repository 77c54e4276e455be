// SSDA903 2025-26 rule 393: a girl or young woman looked after other than on short breaks (LS not V3, V4)
// has the mother field completed.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule393 = defineRule903({
  code: '393',
  message: 'Child is looked after but mother field is not completed.',
  tables: ['Header', 'Episodes'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    return rowsWhere(
      context,
      'Header',
      (child) =>
        child.SEX === 'F' &&
        child.MOTHER === '' &&
        (episodes.get(child.CHILD) ?? []).some((episode) => !shortBreakLegalStatusCodes.has(episode.LS)),
    );
  },
  examples: {
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0' },
        { CHILD: '2', SEX: 'F', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'C2' },
        { CHILD: '2', LS: 'V4' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '' },
        { CHILD: '2', SEX: 'F', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'C2' },
        { CHILD: '2', LS: 'V4' },
      ],
    },
    flags: [['Header', 1]],
  },
});
