// SSDA903 2025-26 rule 181: the OC2 yes/no items (convicted, health, substance misuse), when given, are 0 or 1.
import { defineRule903, rowsWhere } from '../../rule.ts';

const noOrYes = new Set(['0', '1']);
const items = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
] as const;

export const rule181 = defineRule903({
  code: '181',
  message: 'Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.',
  tables: ['OC2'],
  check: (context) =>
    rowsWhere(context, 'OC2', (child) => items.some((item) => child[item] !== '' && !noOrYes.has(child[item]))),
  examples: {
    year: '2025-26',
    passing: {
      OC2: [
        { CHILD: '1', CONVICTED: '0', TEETH_CHECK: '1' },
        { CHILD: '2', INTERVENTION_OFFERED: '1' },
      ],
    },
    failing: {
      OC2: [
        { CHILD: '1', CONVICTED: '0', TEETH_CHECK: '2' },
        { CHILD: '2', INTERVENTION_OFFERED: '1' },
      ],
    },
    flags: [['OC2', 1]],
  },
});
