// SSDA903 2025-26 rule 168: a UPN is a letter (not I, O or S) then 12 digits, or 11 digits and a letter, or an unknown code UN1–UN5.
import { defineRule903, rowsWhere } from '../../rule.ts';

const upnPattern = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

export const rule168 = defineRule903({
  code: '168',
  message: 'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
  tables: ['Header'],
  // A blank UPN is another rule's (the UPN is required): this one judges what was given.
  check: (context) => rowsWhere(context, 'Header', (child) => child.UPN !== '' && !upnPattern.test(child.UPN)),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', UPN: 'A123456789012' },
        { CHILD: '2', UPN: 'Z12345678901T' },
        { CHILD: '3', UPN: 'UN5' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', UPN: 'I123456789012' },
        { CHILD: '2', UPN: 'Z1234567890T' },
        { CHILD: '3', UPN: 'UN6' },
      ],
    },
    flags: [
      ['Header', 1],
      ['Header', 2],
      ['Header', 3],
    ],
  },
});
