// SSDA903 2025-26 rule 546: a child aged 5 or over on 31 March, looked after continuously for 12 months,
// has no health promotion information (OC2 HEALTH_CHECK).
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule546 = defineRule903({
  code: '546',
  message: 'Children aged 5 or over at 31 March should not have health promotion information completed.',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const cohort = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => {
      const born = context.day(child.DOB);
      return (
        child.HEALTH_CHECK !== '' && cohort.has(child.CHILD) && born !== null && ageInYears(born, context.year.end) >= 5
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2024', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/03/2024', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', DOB: '01/04/2021', HEALTH_CHECK: '1' },
        { CHILD: '2', DOB: '31/03/2021', HEALTH_CHECK: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2024', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/03/2024', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', DOB: '01/04/2021', HEALTH_CHECK: '1' },
        { CHILD: '2', DOB: '31/03/2021', HEALTH_CHECK: '1' },
      ],
    },
    flags: [['OC2', 2]],
  },
});
