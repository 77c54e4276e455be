// SSDA903 2025-26 rule 187: a child looked after continuously for 12 months at 31 March has no adoption (AD1) or care leaver (OC3) details.
import { defineRule903, type Flag903 } from '../../rule.ts';
import { continuouslyLookedAfter } from '../../ruleSupport.ts';

const adoptionItems = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;
const leaverItems = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

export const rule187 = defineRule903({
  code: '187',
  message:
    'Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.',
  tables: ['Episodes', 'AD1', 'OC3'],
  check: (context) => {
    const cohort = continuouslyLookedAfter(context);
    const flags: Flag903[] = [];
    for (const row of context.tables.AD1)
      if (cohort.has(row.CHILD) && adoptionItems.some((item) => row[item] !== '')) flags.push({ table: 'AD1', row });
    for (const row of context.tables.OC3)
      if (cohort.has(row.CHILD) && leaverItems.some((item) => row[item] !== '')) flags.push({ table: 'OC3', row });
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/01/2025', DEC: '30/03/2026', REC: 'E11', RNE: 'S', LS: 'C2' },
      ],
      AD1: [{ CHILD: '2', DATE_INT: '01/02/2025' }],
      OC3: [{ CHILD: '1' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', RNE: 'S', LS: 'C2' },
        { CHILD: '2', DECOM: '01/01/2025', DEC: '31/03/2026', REC: 'E11', RNE: 'S', LS: 'C2' },
      ],
      AD1: [{ CHILD: '2', DATE_INT: '01/02/2025' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
    },
    flags: [
      ['AD1', 1],
      ['OC3', 1],
    ],
  },
});
