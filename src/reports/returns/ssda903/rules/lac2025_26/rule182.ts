// SSDA903 2025-26 rule 182: an OC2 row with any health or offending item has immunisations, teeth check, health assessment and substance misuse all completed.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule182 = defineRule903({
  code: '182',
  message:
    'Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.',
  tables: ['OC2'],
  // The DfE text asks for all four or none: a row with only some of the four is flagged as well as one
  // with another item (convicted, health check, interventions) and none of the four.
  check: (context) =>
    rowsWhere(context, 'OC2', (child) => {
      const required = [child.IMMUNISATIONS, child.TEETH_CHECK, child.HEALTH_ASSESSMENT, child.SUBSTANCE_MISUSE];
      if (required.every((value) => value !== '')) return false;
      const others = [child.CONVICTED, child.HEALTH_CHECK, child.INTERVENTION_RECEIVED, child.INTERVENTION_OFFERED];
      return [...required, ...others].some((value) => value !== '');
    }),
  examples: {
    passing: {
      OC2: [
        {
          CHILD: '1',
          IMMUNISATIONS: '1',
          TEETH_CHECK: '1',
          HEALTH_ASSESSMENT: '1',
          SUBSTANCE_MISUSE: '0',
          CONVICTED: '0',
        },
        { CHILD: '2', SDQ_SCORE: '12' },
      ],
    },
    failing: {
      OC2: [
        {
          CHILD: '1',
          IMMUNISATIONS: '1',
          TEETH_CHECK: '',
          HEALTH_ASSESSMENT: '1',
          SUBSTANCE_MISUSE: '0',
          CONVICTED: '0',
        },
        { CHILD: '2', SDQ_SCORE: '12', HEALTH_CHECK: '1' },
      ],
    },
    flags: [
      ['OC2', 1],
      ['OC2', 2],
    ],
  },
});
