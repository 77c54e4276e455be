// SSDA903 2025-26 rule 392d: home and placement postcodes differ unless the child is placed with parents (P1).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { samePostcode } from '../../ruleSupport.ts';

export const rule392d = defineRule903({
  code: '392d',
  message: 'Home and placement postcodes should not be same unless the placement type is P1.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) =>
        episode.PLACE !== 'P1' && episode.HOME_POST !== '' && samePostcode(context, episode.HOME_POST, episode.PL_POST),
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', HOME_POST: 'AB1 2CD', PL_POST: 'AB1 2CD' },
        { CHILD: '2', PLACE: 'U1', HOME_POST: 'AB1 2CD', PL_POST: 'AB1 2CE' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'P1', HOME_POST: 'AB1 2CD', PL_POST: 'AB1 2CD' },
        { CHILD: '2', PLACE: 'U1', HOME_POST: 'AB1 2CD', PL_POST: 'ab12cd' },
      ],
    },
    flags: [['Episodes', 2]],
  },
});
