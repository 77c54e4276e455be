// SSDA903 2025-26 rule 392b: an episode other than a short break (LS V3, V4) of a child who has never been
// an unaccompanied asylum seeker has both home and placement postcodes.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { everUasc } from '../../ruleSupport.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule392b = defineRule903({
  code: '392b',
  message:
    'Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]',
  tables: ['Episodes'],
  check: (context) => {
    const uasc = everUasc(context);
    return rowsWhere(
      context,
      'Episodes',
      (episode) =>
        (episode.HOME_POST === '' || episode.PL_POST === '') &&
        !shortBreakLegalStatusCodes.has(episode.LS) &&
        !uasc.has(episode.CHILD),
    );
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'SY1 1AA', PL_POST: 'TF1 1AA' },
        { CHILD: '2', LS: 'V3' },
        { CHILD: '3', LS: 'C2', PL_POST: 'TF1 1AA' },
      ],
      previous: { UASC: [{ CHILD: '3', DUC: '01/01/2025' }] },
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'SY1 1AA', PL_POST: '' },
        { CHILD: '2', LS: 'V3' },
        { CHILD: '3', LS: 'C2', PL_POST: 'TF1 1AA' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
