// SSDA903 2025-26 rule 1006: the missing type, when given, is M (missing) or A (away without authorisation).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { missingCodes } from '../../validCodes.ts';

export const rule1006 = defineRule903({
  code: '1006',
  message: 'Missing type invalid.',
  tables: ['Missing'],
  check: (context) =>
    rowsWhere(context, 'Missing', (spell) => spell.MISSING !== '' && !missingCodes.has(spell.MISSING)),
  examples: {
    year: '2025-26',
    passing: {
      Missing: [
        { CHILD: '1', MISSING: 'M' },
        { CHILD: '1', MISSING: 'A' },
      ],
    },
    failing: {
      Missing: [
        { CHILD: '1', MISSING: 'M' },
        { CHILD: '1', MISSING: 'a' },
      ],
    },
    flags: [['Missing', 2]],
  },
});
