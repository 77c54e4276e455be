// SSDA903 2025-26 rule 179: the placement location (in or out of the council's area, which the DfE derives
// from the placement postcode) can be worked out for every episode other than a short break: a placement
// postcode that is missing or unknown to the council's postcode lookup is flagged.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { authorityOfPostcode } from '../../ruleSupport.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule179 = defineRule903({
  code: '179',
  message: 'Placement location code is not a valid code.',
  tables: ['Episodes'],
  needs: ['postcodeAuthorities'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) =>
        !shortBreakLegalStatusCodes.has(episode.LS) && authorityOfPostcode(context, episode.PL_POST) === null,
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PL_POST: 'TF1 1AA' },
        { CHILD: '2', LS: 'V4', PL_POST: '' },
      ],
      lookups: { postcodeAuthorities: new Map([['TF1', 'E06000020']]) },
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PL_POST: 'TF10 1AA' },
        { CHILD: '2', LS: 'V4', PL_POST: '' },
        { CHILD: '3', LS: 'C2', PL_POST: '' },
      ],
      lookups: { postcodeAuthorities: new Map([['TF1', 'E06000020']]) },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
