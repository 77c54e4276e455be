// SSDA903 2025-26 rule 159: a child with a substance misuse problem who received no intervention has whether one was offered completed.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule159 = defineRule903({
  code: '159',
  message:
    'If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(
      context,
      'OC2',
      (child) =>
        child.SUBSTANCE_MISUSE === '1' && child.INTERVENTION_RECEIVED === '0' && child.INTERVENTION_OFFERED === '',
    ),
  examples: {
    passing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '0' },
        { CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' },
        { CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
