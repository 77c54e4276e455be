// SSDA903 2025-26 rule 621: a mother's child (MC_DOB) is born after the mother.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule621 = defineRule903({
  code: '621',
  message: 'Mother’s field has been completed but date of birth shows that the mother is younger than her child.',
  tables: ['Header'],
  check: (context) =>
    rowsWhere(context, 'Header', (child) => {
      const born = context.day(child.DOB);
      const childBorn = context.day(child.MC_DOB);
      return born !== null && childBorn !== null && childBorn <= born;
    }),
  examples: {
    passing: { Header: [{ CHILD: '1', DOB: '01/05/2008', MOTHER: '1', MC_DOB: '02/05/2008' }] },
    failing: { Header: [{ CHILD: '1', DOB: '01/05/2008', MOTHER: '1', MC_DOB: '01/05/2008' }] },
    flags: [['Header', 1]],
  },
});
