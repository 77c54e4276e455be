// SSDA903 2025-26 rule 348: a care leaver last year's return recorded as having died (IN_TOUCH DIED) is recorded so again.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule348 = defineRule903({
  code: '348',
  message: 'Care leaver has previously been reported as having died. ',
  tables: ['OC3'],
  needs: ['previous'],
  check: (context) => {
    const lastYear = context.previousByChild('OC3');
    return rowsWhere(
      context,
      'OC3',
      (leaver) =>
        leaver.IN_TOUCH !== 'DIED' && (lastYear.get(leaver.CHILD) ?? []).some((before) => before.IN_TOUCH === 'DIED'),
    );
  },
  examples: {
    passing: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' }],
      previous: { OC3: [{ CHILD: '1', IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' }] },
    },
    failing: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }],
      previous: { OC3: [{ CHILD: '1', IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' }] },
    },
    flags: [['OC3', 1]],
  },
});
