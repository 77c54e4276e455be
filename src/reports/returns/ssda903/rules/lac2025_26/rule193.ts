// SSDA903 2025-26 rule 193: the intervention items are left blank when no substance misuse was identified.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule193 = defineRule903({
  code: '193',
  message:
    'Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(
      context,
      'OC2',
      (child) =>
        (child.SUBSTANCE_MISUSE === '' || child.SUBSTANCE_MISUSE === '0') &&
        (child.INTERVENTION_RECEIVED !== '' || child.INTERVENTION_OFFERED !== ''),
    ),
  examples: {
    passing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '0' },
        { CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '1' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_OFFERED: '0' },
        { CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '1' },
        { CHILD: '3', SUBSTANCE_MISUSE: '', INTERVENTION_RECEIVED: '1' },
      ],
    },
    flags: [
      ['OC2', 1],
      ['OC2', 3],
    ],
  },
});
