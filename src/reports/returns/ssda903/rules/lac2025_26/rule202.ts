// SSDA903 2025-26 rule 202: a child's sex is the one last year's return recorded.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule202 = defineRule903({
  code: '202',
  message: 'The gender code conflicts with the gender already recorded for this child.',
  tables: ['Header'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('Header');
    return rowsWhere(context, 'Header', (child) => {
      const before = lastYear.get(child.CHILD)?.[0];
      return before !== undefined && before.SEX !== child.SEX;
    });
  },
  examples: {
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F' },
        { CHILD: '2', SEX: 'M' },
      ],
      previous: { Header: [{ CHILD: '1', SEX: 'F' }] },
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'M' },
        { CHILD: '2', SEX: 'M' },
      ],
      previous: { Header: [{ CHILD: '1', SEX: 'F' }] },
    },
    flags: [['Header', 1]],
  },
});
