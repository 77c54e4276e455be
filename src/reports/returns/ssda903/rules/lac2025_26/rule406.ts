// SSDA903 2025-26 rule 406: a child who is or was UASC (this year or last) has no placement distance, so not both postcodes.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule406 = defineRule903({
  code: '406',
  message:
    'Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be blank. [NOTE: This check will result in false negatives for children formerly UASC not identified as such in loaded data]',
  tables: ['Episodes', 'UASC'],
  check: (context) => {
    const uasc = context.byChild('UASC');
    const uascLastYear = context.previousByChild('UASC');
    return rowsWhere(
      context,
      'Episodes',
      (episode) =>
        episode.HOME_POST !== '' &&
        episode.PL_POST !== '' &&
        (uasc.has(episode.CHILD) || uascLastYear.has(episode.CHILD)),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: '', PL_POST: 'AB3 4EF' },
        { CHILD: '2', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF' },
      ],
      UASC: [{ CHILD: '1', SEX: 'M', DOB: '01/01/2009' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF' },
        { CHILD: '2', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF' },
        { CHILD: '3', LS: 'C2', HOME_POST: 'AB1 2CD', PL_POST: 'AB3 4EF' },
      ],
      UASC: [{ CHILD: '1', SEX: 'M', DOB: '01/01/2009' }],
      previous: { UASC: [{ CHILD: '3', SEX: 'M', DOB: '01/01/2008', DUC: '01/01/2026' }] },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
