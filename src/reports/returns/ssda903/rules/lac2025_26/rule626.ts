// SSDA903 2025-26 rule 626: a child recorded as not a mother last year is not recorded this year as a
// mother whose first child was born before this year began.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule626 = defineRule903({
  code: '626',
  message:
    'Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.',
  tables: ['Header'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('Header');
    return rowsWhere(context, 'Header', (child) => {
      const firstBorn = context.day(child.MC_DOB);
      return (
        child.MOTHER === '1' &&
        firstBorn !== null &&
        firstBorn < context.year.start &&
        lastYear.get(child.CHILD)?.[0]?.MOTHER === '0'
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '01/04/2025' }],
      previous: { Header: [{ CHILD: '1', MOTHER: '0' }] },
    },
    failing: {
      Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '31/03/2025' }],
      previous: { Header: [{ CHILD: '1', MOTHER: '0' }] },
    },
    flags: [['Header', 1]],
  },
});
