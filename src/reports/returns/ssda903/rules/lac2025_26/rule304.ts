// SSDA903 2025-26 rule 304: UASC status ceases (DUC) on or before the child's 18th birthday.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule304 = defineRule903({
  code: '304',
  message:
    'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
  tables: ['UASC'],
  check: (context) =>
    rowsWhere(context, 'UASC', (uasc) => {
      const ceased = context.day(uasc.DUC);
      const born = context.day(uasc.DOB);
      return ceased !== null && born !== null && ceased > birthdayAt(born, 18);
    }),
  examples: {
    passing: {
      UASC: [
        { CHILD: '1', DOB: '29/02/2008', DUC: '01/03/2026' },
        { CHILD: '2', DOB: '15/06/2008', DUC: '' },
      ],
    },
    failing: {
      UASC: [
        { CHILD: '1', DOB: '29/02/2008', DUC: '02/03/2026' },
        { CHILD: '2', DOB: '15/06/2008', DUC: '' },
      ],
    },
    flags: [['UASC', 1]],
  },
});
