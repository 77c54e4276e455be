// SSDA903 2025-26 rule 392a: a looked after child who was never UASC (this year or last) has both postcodes, so the placement distance can be worked out.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule392a = defineRule903({
  code: '392a',
  message:
    'Child is looked after but no distance is recorded. [NOTE: This check may result in false positives for children formerly UASC]',
  tables: ['Episodes', 'UASC'],
  check: (context) => {
    const uasc = context.byChild('UASC');
    const uascLastYear = context.previousByChild('UASC');
    return rowsWhere(
      context,
      'Episodes',
      (episode) =>
        episode.LS !== 'V3' &&
        episode.LS !== 'V4' &&
        (episode.HOME_POST === '' || episode.PL_POST === '') &&
        !uasc.has(episode.CHILD) &&
        !uascLastYear.has(episode.CHILD),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF' },
        { CHILD: '2', LS: 'V3', HOME_POST: '', PL_POST: '' },
        { CHILD: '3', LS: 'C2', HOME_POST: '', PL_POST: 'AB3 4EF' },
      ],
      UASC: [{ CHILD: '3', SEX: 'M', DOB: '01/01/2009' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: '' },
        { CHILD: '2', LS: 'V3', HOME_POST: '', PL_POST: '' },
        { CHILD: '3', LS: 'C2', HOME_POST: '', PL_POST: 'AB3 4EF' },
      ],
      UASC: [],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
