// SSDA903 2025-26 rule 205A: a child UASC last year and not this year had their UASC status cease during last year.
import { previousCollectionYear } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule205A = defineRule903({
  code: '205A',
  message:
    'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.',
  tables: ['Header', 'UASC'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = previousCollectionYear(context.year);
    const uasc = context.byChild('UASC');
    const uascLastYear = context.previousByChild('UASC');
    return rowsWhere(context, 'Header', (child) => {
      const before = uascLastYear.get(child.CHILD)?.[0];
      if (!before || uasc.has(child.CHILD)) return false;
      const ceased = context.day(before.DUC);
      return ceased === null || ceased < lastYear.start || ceased > lastYear.end;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }],
      UASC: [{ CHILD: '2', SEX: 'M', DOB: '01/01/2009' }],
      previous: {
        UASC: [
          { CHILD: '1', SEX: 'M', DOB: '31/03/2007', DUC: '31/03/2025' },
          { CHILD: '2', SEX: 'M', DOB: '01/01/2009' },
        ],
      },
    },
    failing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }],
      UASC: [],
      previous: {
        UASC: [
          { CHILD: '1', SEX: 'M', DOB: '01/04/2007', DUC: '01/04/2025' },
          { CHILD: '2', SEX: 'M', DOB: '01/01/2009' },
        ],
      },
    },
    flags: [
      ['Header', 1],
      ['Header', 2],
    ],
  },
});
