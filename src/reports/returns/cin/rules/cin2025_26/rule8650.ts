// CIN census 2025-26 rule 8650: an episode's primary need code, where given, is a valid code.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { primaryNeedCodes } from '../../validCodes.ts';

export const rule8650 = defineCinRule({
  code: '8650',
  message: 'Primary Need Code invalid (see Primary Need table in CIN census code set) (ERROR)',
  check: (context) =>
    cinRowsWhere(
      context,
      'CINdetails',
      (episode) => episode.PrimaryNeedCode !== '' && !primaryNeedCodes.has(episode.PrimaryNeedCode),
    ),
  examples: {
    passing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', PrimaryNeedCode: 'N9' },
        { LAchildID: 'A2', CINdetailsID: '2', PrimaryNeedCode: '' },
      ],
    },
    failing: {
      CINdetails: [
        { LAchildID: 'A1', CINdetailsID: '1', PrimaryNeedCode: 'N10' },
        { LAchildID: 'A2', CINdetailsID: '2', PrimaryNeedCode: '' },
      ],
    },
    flags: [['CINdetails', 1]],
  },
});
