// SSDA903 2025-26 rule 628: a care leaver with no episode this year (only their OC3 row) has no motherhood details (MOTHER) in the Header.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule628 = defineRule903({
  code: '628',
  message: 'Motherhood details are not required for care leavers who have not been looked after during the year.',
  tables: ['Header', 'Episodes', 'OC3'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    const careLeavers = new Set<string>();
    for (const leaver of context.tables.OC3)
      if (leaver.IN_TOUCH !== '' || leaver.ACTIV !== '' || leaver.ACCOM !== '') careLeavers.add(leaver.CHILD);
    return rowsWhere(
      context,
      'Header',
      (child) => child.MOTHER !== '' && careLeavers.has(child.CHILD) && !episodes.has(child.CHILD),
    );
  },
  examples: {
    passing: {
      Header: [
        { CHILD: '1', MOTHER: '' },
        { CHILD: '2', MOTHER: '1' },
      ],
      Episodes: [{ CHILD: '2', DECOM: '01/04/2025' }],
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', MOTHER: '0' },
        { CHILD: '2', MOTHER: '1' },
      ],
      Episodes: [{ CHILD: '2', DECOM: '01/04/2025' }],
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
      ],
    },
    flags: [['Header', 1]],
  },
});
