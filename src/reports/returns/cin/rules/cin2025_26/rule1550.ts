// CIN census 2025-26 rule 1550: a UPN's 13th character is a digit or a letter other than I, O and S.
import { cinRowsWhere, defineCinRule } from '../../rule.ts';

/** A temporary UPN ends in a letter; I, O and S are never used (they read as 1, 0 and 5). */
const upnLastCharacter = /^[0-9A-HJ-NP-RT-Z]$/;

export const rule1550 = defineCinRule({
  code: '1550',
  message: 'UPN invalid (character 13 not a recognised value) (ERROR)',
  check: (context) =>
    cinRowsWhere(
      context,
      'ChildIdentifiers',
      (child) => child.UPN.length === 13 && !upnLastCharacter.test(child.UPN.charAt(12)),
    ),
  examples: {
    passing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'A89312345678R' },
        { LAchildID: 'A2', UPN: 'A893123456789' },
        { LAchildID: 'A3', UPN: '' },
      ],
    },
    failing: {
      ChildIdentifiers: [
        { LAchildID: 'A1', UPN: 'A89312345678S' },
        { LAchildID: 'A2', UPN: 'A893123456789' },
        { LAchildID: 'A3', UPN: 'A89312345678o' },
      ],
    },
    flags: [
      ['ChildIdentifiers', 1],
      ['ChildIdentifiers', 3],
    ],
  },
});
