// SSDA903 2025-26 rule 203: a child's date of birth is the one recorded in last year's return.
import { defineRule903 } from '../../rule.ts';
import { headerChangedSinceLastYear, sameDate } from '../../ruleSupport.ts';

export const rule203 = defineRule903({
  code: '203',
  message: 'Date of birth disagrees with the date of birth already recorded for this child.',
  tables: ['Header'],
  needs: ['previous'],
  check: (context) => headerChangedSinceLastYear(context, (child, before) => !sameDate(context, child.DOB, before.DOB)),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', DOB: '29/02/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      previous: { Header: [{ CHILD: '1', DOB: '29/02/2012' }] },
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '01/03/2012' },
        { CHILD: '2', DOB: '01/03/2012' },
      ],
      previous: { Header: [{ CHILD: '1', DOB: '29/02/2012' }] },
    },
    flags: [['Header', 1]],
  },
});
