// CIN census 2025-26 rule 1560Q: a former UPN is a letter, 11 digits and a final digit or letter.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

// A former UPN may have been temporary, and a temporary UPN ends in a letter.
const upnShape = /^[A-Z]\d{11}[0-9A-Z]$/;

export const rule1560Q = defineCinRule({
  code: '1560Q',
  message: 'Please check and either amend or provide a reason: Former UPN wrongly formatted (QUERY)',
  check: (context) =>
    cinRowsWhere(context, 'ChildIdentifiers', (child) => child.FormerUPN !== '' && !upnShape.test(child.FormerUPN)),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', FormerUPN: 'H801200001001' },
        { LAchildID: 'A2', FormerUPN: 'H80120000100A' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', FormerUPN: 'H80120000100' },
        { LAchildID: 'A2', FormerUPN: 'H80120000100A' },
      ],
    },
    flags: [['ChildIdentifiers', 1]],
  },
});
