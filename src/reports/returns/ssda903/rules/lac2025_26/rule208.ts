// SSDA903 2025-26 rule 208: a child's UPN agrees with last year's, unless it was unknown then (blank or a UN code) and is now known, or UN1 became UN2–UN5.
import { defineRule903, rowsWhere } from '../../rule.ts';

const unknownCodes = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);
const unknown = (upn: string) => upn === '' || unknownCodes.has(upn);

function allowedChange(before: string, now: string): boolean {
  if (unknown(before) && !unknown(now)) return true;
  if ((before === '' || before === 'UN1') && unknownCodes.has(now) && now !== 'UN1') return true;
  return before === '' && now === 'UN1';
}

export const rule208 = defineRule903({
  code: '208',
  message:
    'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.',
  tables: ['Header'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('Header');
    return rowsWhere(context, 'Header', (child) => {
      const before = lastYear.get(child.CHILD)?.[0];
      if (!before) return false;
      const was = before.UPN.toUpperCase();
      const now = child.UPN.toUpperCase();
      return was !== now && !allowedChange(was, now);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', UPN: 'A123456789012' },
        { CHILD: '2', UPN: 'UN3' },
        { CHILD: '3', UPN: 'B123456789012' },
      ],
      previous: {
        Header: [
          { CHILD: '1', UPN: 'a123456789012' },
          { CHILD: '2', UPN: 'UN1' },
          { CHILD: '3', UPN: 'UN3' },
        ],
      },
    },
    failing: {
      Header: [
        { CHILD: '1', UPN: 'A123456789013' },
        { CHILD: '2', UPN: 'UN1' },
        { CHILD: '3', UPN: 'UN3' },
      ],
      previous: {
        Header: [
          { CHILD: '1', UPN: 'A123456789012' },
          { CHILD: '2', UPN: 'UN3' },
          { CHILD: '3', UPN: 'B123456789012' },
        ],
      },
    },
    flags: [
      ['Header', 1],
      ['Header', 2],
      ['Header', 3],
    ],
  },
});
