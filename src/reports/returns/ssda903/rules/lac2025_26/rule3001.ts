// SSDA903 2025-26 rule 3001: a young person whose 17th birthday falls in the year is not recorded as living with former foster carers (Z1, Z2).
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

const withFormerFosterCarers = new Set(['Z1', 'Z2']);

export const rule3001 = defineRule903({
  code: '3001',
  message:
    'Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).',
  tables: ['OC3'],
  check: (context) =>
    rowsWhere(context, 'OC3', (leaver) => {
      const born = context.day(leaver.DOB);
      if (born === null || !withFormerFosterCarers.has(leaver.ACCOM)) return false;
      const seventeenth = birthdayAt(born, 17);
      return seventeenth >= context.year.start && seventeenth <= context.year.end;
    }),
  examples: {
    year: '2025-26',
    passing: {
      OC3: [
        { CHILD: '1', DOB: '31/03/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'Z1' },
        { CHILD: '2', DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', DOB: '01/04/2008', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'Z1' },
        { CHILD: '2', DOB: '31/03/2009', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'Z2' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 2],
    ],
  },
});
