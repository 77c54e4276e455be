// SSDA903 2025-26 rule 158: when an intervention for substance misuse was received, whether one was offered is left blank.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule158 = defineRule903({
  code: '158',
  message:
    'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(context, 'OC2', (child) => child.INTERVENTION_RECEIVED === '1' && child.INTERVENTION_OFFERED !== ''),
  examples: {
    passing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
        { CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '1' },
        { CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
