// SSDA903 2025-26 rule 347: a care leaver in a foyer (ACCOM T1, T2) was 18 or over at the start of the collection year.
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule347 = defineRule903({
  code: '347',
  message: 'Care leavers aged under 18 years, can not be accommodated in a Foyer.',
  tables: ['OC3'],
  // The community validator compares ACCOM with 'T', a code no return holds (foyers are T1 and T2).
  check: (context) =>
    rowsWhere(context, 'OC3', (leaver) => {
      const born = context.day(leaver.DOB);
      return (
        (leaver.ACCOM === 'T1' || leaver.ACCOM === 'T2') && born !== null && birthdayAt(born, 18) > context.year.start
      );
    }),
  examples: {
    year: '2025-26',
    passing: { OC3: [{ CHILD: '1', DOB: '01/04/2007', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'T1' }] },
    failing: { OC3: [{ CHILD: '1', DOB: '02/04/2007', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'T1' }] },
    flags: [['OC3', 1]],
  },
});
