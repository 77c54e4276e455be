// CIN census 2025-26 rule 1510: a UPN opens with the check letter its other characters give.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';
import { upnCheckLetter } from '../../ruleSupport.ts';

export const rule1510 = defineCinRule({
  code: '1510',
  message: 'UPN invalid (wrong check letter at character 1) (ERROR)',
  check: (context) =>
    cinRowsWhere(context, 'ChildIdentifiers', (child) => {
      // A UPN whose other characters cannot be weighed is 1540's or 1530's to report.
      const letter = upnCheckLetter(child.UPN);
      return letter !== null && child.UPN[0] !== letter;
    }),
  // B801200005001 is valid and A801200005001 is not (python-stdnum's gb.upn examples); U80120000100A is temporary.
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'B801200005001' },
        { LAchildID: 'A2', UPN: 'U80120000100A' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'A801200005001' },
        { LAchildID: 'A2', UPN: 'H80120000100A' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 2],
    ],
  },
});
