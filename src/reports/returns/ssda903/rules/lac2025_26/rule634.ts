// SSDA903 2025-26 rule 634: previous permanence information is given only for a child who started to be
// looked after on or after 1 April 2016 (an episode starting then or later).
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

const firstDay = dayFromParts(2016, 4, 1) as number;

export const rule634 = defineRule903({
  code: '634',
  message:
    'There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.',
  tables: ['Episodes', 'PrevPerm'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    return rowsWhere(
      context,
      'PrevPerm',
      (child) =>
        (child.PREV_PERM !== '' || child.LA_PERM !== '' || child.DATE_PERM !== '') &&
        !(episodes.get(child.CHILD) ?? []).some((episode) => (context.day(episode.DECOM) ?? -Infinity) >= firstDay),
    );
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2016' }],
      PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', LA_PERM: '873', DATE_PERM: '01/01/2014' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '31/03/2016' }],
      PrevPerm: [{ CHILD: '1', PREV_PERM: 'P1', LA_PERM: '873', DATE_PERM: '01/01/2014' }],
    },
    flags: [['PrevPerm', 1]],
  },
});
