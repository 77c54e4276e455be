// SSDA903 2025-26 rule 205B: a child UASC in both years keeps last year's date UASC status ceased, or, with none last year, has it ceasing in this year.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule205B = defineRule903({
  code: '205B',
  message:
    'Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.',
  tables: ['UASC'],
  needs: ['previous'],
  check: (context) => {
    const uascLastYear = context.previousByChild('UASC');
    return rowsWhere(context, 'UASC', (child) => {
      const before = uascLastYear.get(child.CHILD)?.[0];
      if (!before) return false;
      const ceased = context.day(child.DUC);
      const ceasedBefore = context.day(before.DUC);
      if (ceasedBefore !== null) return ceased !== ceasedBefore;
      return ceased !== null && (ceased < context.year.start || ceased > context.year.end);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      UASC: [
        { CHILD: '1', SEX: 'M', DOB: '01/01/2007', DUC: '01/01/2025' },
        { CHILD: '2', SEX: 'M', DOB: '01/04/2007', DUC: '01/04/2025' },
      ],
      previous: {
        UASC: [
          { CHILD: '1', SEX: 'M', DOB: '01/01/2007', DUC: '01/01/2025' },
          { CHILD: '2', SEX: 'M', DOB: '01/04/2007', DUC: '' },
        ],
      },
    },
    failing: {
      UASC: [
        { CHILD: '1', SEX: 'M', DOB: '01/01/2007', DUC: '' },
        { CHILD: '2', SEX: 'M', DOB: '01/04/2007', DUC: '31/03/2025' },
      ],
      previous: {
        UASC: [
          { CHILD: '1', SEX: 'M', DOB: '01/01/2007', DUC: '01/01/2025' },
          { CHILD: '2', SEX: 'M', DOB: '01/04/2007', DUC: '' },
        ],
      },
    },
    flags: [
      ['UASC', 1],
      ['UASC', 2],
    ],
  },
});
