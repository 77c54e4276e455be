// SSDA903 2025-26 rule 525: a child whose latest decision to be placed for adoption was reversed has no adoption (AD1) details.
import { defineRule903, type Flag903 } from '../../rule.ts';

const adoptionItems = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

export const rule525 = defineRule903({
  code: '525',
  message:
    'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.',
  tables: ['PlacedAdoption', 'AD1'],
  check: (context) => {
    const decisionsOf = context.byChild('PlacedAdoption');
    const flags: Flag903[] = [];
    for (const adoption of context.tables.AD1) {
      if (!adoptionItems.some((item) => adoption[item] !== '')) continue;
      const decisions = decisionsOf.get(adoption.CHILD) ?? [];
      const decided = (row: (typeof decisions)[number]) => context.day(row.DATE_PLACED) ?? Number.NEGATIVE_INFINITY;
      const latest = decisions.reduce<(typeof decisions)[number] | undefined>(
        (a, b) => (a === undefined || decided(b) > decided(a) ? b : a),
        undefined,
      );
      if (latest && latest.DATE_PLACED_CEASED !== '')
        flags.push({ table: 'PlacedAdoption', row: latest }, { table: 'AD1', row: adoption });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/02/2024', DATE_PLACED_CEASED: '01/03/2024', REASON_PLACED_CEASED: 'RD1' },
        { CHILD: '1', DATE_PLACED: '01/05/2025' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '01/05/2025', DATE_MATCH: '01/06/2025' }],
    },
    failing: {
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '01/02/2024' },
        { CHILD: '1', DATE_PLACED: '01/05/2025', DATE_PLACED_CEASED: '01/07/2025', REASON_PLACED_CEASED: 'RD1' },
      ],
      AD1: [{ CHILD: '1', DATE_INT: '01/05/2025', DATE_MATCH: '01/06/2025' }],
    },
    flags: [
      ['PlacedAdoption', 2],
      ['AD1', 1],
    ],
  },
});
