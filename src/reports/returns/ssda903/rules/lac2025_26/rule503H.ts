// SSDA903 2025-26 rule 503H: a child's first episode this year is placed in the same local authority (derived
// by the DfE from the placement postcode; here from the council's postcode lookup) as last year's open episode.
import { defineRule903 } from '../../rule.ts';
import type { Flag903 } from '../../rule.ts';
import { authorityOfPostcode, episodesInOrder, lastEpisodesLastYear } from '../../ruleSupport.ts';

export const rule503H = defineRule903({
  code: '503H',
  message: 'The placement LA in first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  needs: ['previous', 'postcodeAuthorities'],
  check: (context) => {
    const lastYear = lastEpisodesLastYear(context);
    const authority = (postcode: string) => (postcode === '' ? '' : (authorityOfPostcode(context, postcode) ?? ''));
    const flags: Flag903[] = [];
    for (const [child, episodes] of episodesInOrder(context)) {
      const first = episodes[0];
      const before = lastYear.get(child);
      if (first && before?.DEC === '' && authority(first.PL_POST) !== authority(before.PL_POST))
        flags.push({ table: 'Episodes', row: first });
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', PL_POST: 'TF2 2BB' },
        { CHILD: '1', DECOM: '01/02/2025', PL_POST: 'TF1 1AA' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/02/2025', DEC: '', PL_POST: 'TF1 1AA' }] },
      lookups: {
        postcodeAuthorities: new Map([
          ['TF1', 'E06000020'],
          ['TF2', 'E06000020'],
        ]),
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/06/2025', PL_POST: 'TF2 2BB' },
        { CHILD: '1', DECOM: '01/02/2025', PL_POST: 'SY1 1AA' },
      ],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/02/2025', DEC: '', PL_POST: 'TF1 1AA' }] },
      lookups: {
        postcodeAuthorities: new Map([
          ['TF1', 'E06000020'],
          ['TF2', 'E06000020'],
          ['SY1', 'E06000051'],
        ]),
      },
    },
    flags: [['Episodes', 2]],
  },
});
