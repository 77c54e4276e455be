// SSDA903 2025-26 rule 335: adoption by the child's foster carer (AD1 FOSTER_CARE) agrees with the adoption placement type (A3/A5 with, A4/A6 not with, the current foster carer).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';

const withFosterCarer = new Set(['A3', 'A5']);
const notWithFosterCarer = new Set(['A4', 'A6']);

export const rule335 = defineRule903({
  code: '335',
  message:
    'The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is A1, A4 or A6.',
  tables: ['Episodes', 'AD1'],
  check: (context) => {
    const flags: Flag903[] = [];
    const adoptions = context.byChild('AD1');
    const flaggedAdoptions = new Set<object>();
    for (const episode of context.tables.Episodes) {
      if (episode.REC !== 'E11' && episode.REC !== 'E12') continue;
      for (const adoption of adoptions.get(episode.CHILD) ?? []) {
        const contradicts =
          (withFosterCarer.has(episode.PLACE) && adoption.FOSTER_CARE === '0') ||
          (notWithFosterCarer.has(episode.PLACE) && adoption.FOSTER_CARE === '1');
        if (!contradicts) continue;
        flags.push({ table: 'Episodes', row: episode });
        if (!flaggedAdoptions.has(adoption)) {
          flaggedAdoptions.add(adoption);
          flags.push({ table: 'AD1', row: adoption });
        }
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'A3', DEC: '15/09/2025', REC: 'E11' },
        { CHILD: '2', PLACE: 'A6', DEC: '15/09/2025', REC: 'E12' },
      ],
      AD1: [
        { CHILD: '1', FOSTER_CARE: '1' },
        { CHILD: '2', FOSTER_CARE: '0' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'A3', DEC: '15/09/2025', REC: 'E11' },
        { CHILD: '2', PLACE: 'A6', DEC: '15/09/2025', REC: 'E12' },
      ],
      AD1: [
        { CHILD: '1', FOSTER_CARE: '0' },
        { CHILD: '2', FOSTER_CARE: '1' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['AD1', 1],
      ['Episodes', 2],
      ['AD1', 2],
    ],
  },
});
