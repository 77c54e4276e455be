// SSDA903 2025-26 rule 190: the OC2 items for children looked after for 12 months (convictions, health, substance misuse) are blank for a child who was not.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule190 = defineRule903({
  code: '190',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const continuous = continuouslyLookedAfter(context);
    return rowsWhere(
      context,
      'OC2',
      (child) =>
        !continuous.has(child.CHILD) &&
        [
          child.CONVICTED,
          child.HEALTH_CHECK,
          child.IMMUNISATIONS,
          child.TEETH_CHECK,
          child.HEALTH_ASSESSMENT,
          child.SUBSTANCE_MISUSE,
          child.INTERVENTION_RECEIVED,
          child.INTERVENTION_OFFERED,
        ].some((value) => value !== ''),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '02/04/2025', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', HEALTH_CHECK: '1' },
        { CHILD: '2', SDQ_REASON: 'SDQ1' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '02/04/2025', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', HEALTH_CHECK: '1' },
        { CHILD: '2', SDQ_REASON: 'SDQ1', HEALTH_CHECK: '1' },
      ],
    },
    flags: [['OC2', 2]],
  },
});
