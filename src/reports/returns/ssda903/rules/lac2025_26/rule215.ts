// SSDA903 2025-26 rule 215: a care leaver with OC3 details has none of the 12-months looked after (OC2) items.
import { defineRule903, type Flag903 } from '../../rule.ts';

const leaverItems = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;
const outcomeItems = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
] as const;

export const rule215 = defineRule903({
  code: '215',
  message:
    'Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.',
  tables: ['OC2', 'OC3'],
  check: (context) => {
    const outcomes = context.byChild('OC2');
    const flags: Flag903[] = [];
    for (const leaver of context.tables.OC3) {
      if (!leaverItems.some((item) => leaver[item] !== '')) continue;
      const completed = (outcomes.get(leaver.CHILD) ?? []).filter((row) =>
        outcomeItems.some((item) => row[item] !== ''),
      );
      if (completed.length) {
        flags.push({ table: 'OC3', row: leaver });
        for (const row of completed) flags.push({ table: 'OC2', row });
      }
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
      OC2: [
        { CHILD: '1', SDQ_REASON: 'SDQ1' },
        { CHILD: '2', CONVICTED: '0' },
      ],
    },
    failing: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
      OC2: [
        { CHILD: '1', HEALTH_CHECK: '1' },
        { CHILD: '2', CONVICTED: '0' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC2', 1],
    ],
  },
});
