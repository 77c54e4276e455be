// SSDA903 2025-26 rule INT02: every child in PlacedAdoption is in the Header (data integrity across tables).
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleINT02 = defineRule903({
  code: 'INT02',
  message: 'Internal Check: Child in PlacedAdoption does not exist in Header.',
  tables: ['Header', 'PlacedAdoption'],
  check: (context) => {
    const inHeader = context.byChild('Header');
    return rowsWhere(context, 'PlacedAdoption', (decision) => !inHeader.has(decision.CHILD));
  },
  examples: {
    year: '2025-26',
    passing: { Header: [{ CHILD: '1' }], PlacedAdoption: [{ CHILD: '1' }, { CHILD: '1' }] },
    failing: { Header: [{ CHILD: '1' }], PlacedAdoption: [{ CHILD: '1' }, { CHILD: '2' }] },
    flags: [['PlacedAdoption', 2]],
  },
});
