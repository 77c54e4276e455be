// SSDA903 2025-26 rule 169: an episode other than a short break (V3, V4) has a placement postcode in a known local authority.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { authorityOfPostcode } from '../../ruleSupport.ts';

export const rule169 = defineRule903({
  code: '169',
  message:
    'Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.',
  tables: ['Episodes'],
  needs: ['postcodeAuthorities'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => episode.LS !== 'V3' && episode.LS !== 'V4' && authorityOfPostcode(context, episode.PL_POST) === null,
    ),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PL_POST: 'ab1 2cd' },
        { CHILD: '2', LS: 'V3', PL_POST: '' },
      ],
      lookups: { postcodeAuthorities: new Map([['AB1', 'E09000001']]) },
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PL_POST: 'ZZ1 2CD' },
        { CHILD: '2', LS: 'V3', PL_POST: '' },
        { CHILD: '3', LS: 'C2', PL_POST: '' },
      ],
      lookups: { postcodeAuthorities: new Map([['AB1', 'E09000001']]) },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
