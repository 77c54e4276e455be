// SSDA903 2025-26 rule 164: the distance from home to placement can be worked out for every episode other
// than a short break of a child never UASC: the DfE derives it from the two postcodes, so a postcode the
// council's postcode lookup does not know is what is flagged.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { authorityOfPostcode, everUasc } from '../../ruleSupport.ts';
import { shortBreakLegalStatusCodes } from '../../validCodes.ts';

export const rule164 = defineRule903({
  code: '164',
  message:
    'Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]',
  tables: ['Episodes'],
  needs: ['postcodeAuthorities'],
  check: (context) => {
    const uasc = everUasc(context);
    const unknown = (postcode: string) => postcode !== '' && authorityOfPostcode(context, postcode) === null;
    return rowsWhere(
      context,
      'Episodes',
      (episode) =>
        !shortBreakLegalStatusCodes.has(episode.LS) &&
        !uasc.has(episode.CHILD) &&
        (unknown(episode.HOME_POST) || unknown(episode.PL_POST)),
    );
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'SY1 1AA', PL_POST: 'TF1 1AA' },
        { CHILD: '2', LS: 'C2', HOME_POST: 'ZZ99 3CZ', PL_POST: 'TF1 1AA' },
      ],
      UASC: [{ CHILD: '2', DUC: '' }],
      lookups: {
        postcodeAuthorities: new Map([
          ['SY1 1AA', 'E06000051'],
          ['TF1', 'E06000020'],
        ]),
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', HOME_POST: 'SY1 1AB', PL_POST: 'TF1 1AA' },
        { CHILD: '2', LS: 'C2', HOME_POST: 'ZZ99 3CZ', PL_POST: 'TF1 1AA' },
      ],
      UASC: [{ CHILD: '2', DUC: '' }],
      lookups: {
        postcodeAuthorities: new Map([
          ['SY1 1AA', 'E06000051'],
          ['TF1', 'E06000020'],
        ]),
      },
    },
    flags: [['Episodes', 1]],
  },
});
