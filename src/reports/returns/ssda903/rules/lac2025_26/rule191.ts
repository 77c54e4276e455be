// SSDA903 2025-26 rule 191: a child looked after continuously for 12 months has an OC2 row with immunisations, teeth check, health assessment and substance misuse completed.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { continuouslyLookedAfter, episodesInOrder } from '../../ruleSupport.ts';

export const rule191 = defineRule903({
  code: '191',
  message:
    'Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.',
  tables: ['Episodes', 'OC2'],
  check: (context) => {
    const flags: Flag903[] = [];
    const outcomes = context.byChild('OC2');
    const ordered = episodesInOrder(context);
    for (const child of continuouslyLookedAfter(context)) {
      const rows = outcomes.get(child);
      const first = ordered.get(child)?.[0];
      // With no OC2 row at all, the child's first episode is where the return shows them looked after.
      if (!rows) {
        if (first) flags.push({ table: 'Episodes', row: first });
        continue;
      }
      for (const row of rows)
        if ([row.IMMUNISATIONS, row.TEETH_CHECK, row.HEALTH_ASSESSMENT, row.SUBSTANCE_MISUSE].includes(''))
          flags.push({ table: 'OC2', row });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'X1', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' },
        { CHILD: '2', IMMUNISATIONS: '0', TEETH_CHECK: '0', HEALTH_ASSESSMENT: '0', SUBSTANCE_MISUSE: '0' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'X1', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2' },
      ],
      OC2: [{ CHILD: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '', SUBSTANCE_MISUSE: '0' }],
    },
    flags: [
      ['OC2', 1],
      ['Episodes', 2],
    ],
  },
});
