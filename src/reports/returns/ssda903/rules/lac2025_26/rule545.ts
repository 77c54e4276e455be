// SSDA903 2025-26 rule 545: a child under 5 on 31 March, looked after continuously for 12 months, has
// health promotion information (OC2 HEALTH_CHECK).
import { ageInYears } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule545 = defineRule903({
  code: '545',
  message:
    'Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const cohort = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => {
      const born = context.day(child.DOB);
      return (
        child.HEALTH_CHECK === '' && cohort.has(child.CHILD) && born !== null && ageInYears(born, context.year.end) < 5
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', DOB: '01/04/2021', HEALTH_CHECK: '1' },
        { CHILD: '2', DOB: '31/03/2021', HEALTH_CHECK: '' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', DOB: '01/04/2021', HEALTH_CHECK: '' },
        { CHILD: '2', DOB: '31/03/2021', HEALTH_CHECK: '' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
