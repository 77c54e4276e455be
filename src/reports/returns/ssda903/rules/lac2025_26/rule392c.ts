// SSDA903 2025-26 rule 392c: the home and placement postcodes, when given, are full UK postcodes (the DfE also
// checks them against the postcode directory; a council's lookup, when given, is for the rules that need it).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { postcodeShape } from '../../ruleSupport.ts';

export const rule392c = defineRule903({
  code: '392c',
  message: 'Postcode(s) provided are invalid.',
  tables: ['Episodes'],
  check: (context) => {
    // A child's postcodes repeat across their episodes: each distinct value is judged once.
    const judged = new Map<string, boolean>();
    const invalid = (postcode: string) => {
      let result = judged.get(postcode);
      if (result === undefined) {
        result = postcode !== '' && !postcodeShape.test(postcode.trim().toUpperCase());
        judged.set(postcode, result);
      }
      return result;
    };
    return rowsWhere(context, 'Episodes', (episode) => invalid(episode.HOME_POST) || invalid(episode.PL_POST));
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', HOME_POST: 'SY1 1AA', PL_POST: 'tf11aa' },
        { CHILD: '2', HOME_POST: '', PL_POST: 'EC1A 1BB' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', HOME_POST: 'SY1 1AA', PL_POST: 'TF1' },
        { CHILD: '2', HOME_POST: 'EC1A1B', PL_POST: 'EC1A 1BB' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
