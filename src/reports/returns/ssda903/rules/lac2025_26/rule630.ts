// SSDA903 2025-26 rule 630: a child who started to be looked after this year (RNE S) has previous permanence
// information: a PREV_PERM code, and unless it is Z1 (none) the authority and date too.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule630 = defineRule903({
  code: '630',
  message: 'Information on previous permanence option should be returned.',
  tables: ['Episodes', 'PrevPerm'],
  check: (context) => {
    const permanence = context.byChild('PrevPerm');
    return rowsWhere(context, 'Episodes', (episode) => {
      const started = context.day(episode.DECOM);
      if (episode.RNE !== 'S' || started === null || started < context.year.start) return false;
      const given = permanence.get(episode.CHILD)?.[0];
      return (
        !given ||
        given.PREV_PERM === '' ||
        (given.PREV_PERM !== 'Z1' && (given.LA_PERM === '' || given.DATE_PERM === ''))
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/04/2025' },
        { CHILD: '2', RNE: 'S', DECOM: '01/05/2025' },
        { CHILD: '3', RNE: 'S', DECOM: '31/03/2025' },
      ],
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'Z1' },
        { CHILD: '2', PREV_PERM: 'P1', LA_PERM: '873', DATE_PERM: 'ZZ/ZZ/2019' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', RNE: 'S', DECOM: '01/04/2025' },
        { CHILD: '2', RNE: 'S', DECOM: '01/05/2025' },
        { CHILD: '3', RNE: 'S', DECOM: '31/03/2025' },
      ],
      PrevPerm: [{ CHILD: '2', PREV_PERM: 'P1', LA_PERM: '873', DATE_PERM: '' }],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
