// SSDA903 2025-26 rule 1012: a care leaver with no episodes this year has no adoption, missing, review, previous permanence or OC2 rows.
import { defineRule903, type Flag903 } from '../../rule.ts';

const otherTables = ['PlacedAdoption', 'Missing', 'Reviews', 'AD1', 'PrevPerm', 'OC2'] as const;

export const rule1012 = defineRule903({
  code: '1012',
  message: 'No other data should be returned for OC3 children who had no episodes in the current year',
  tables: ['Episodes', 'OC3'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    const leaversOnly = new Set(
      context.tables.OC3.map((leaver) => leaver.CHILD).filter((child) => !episodes.has(child)),
    );
    const flags: Flag903[] = [];
    if (leaversOnly.size === 0) return flags;
    for (const table of otherTables)
      for (const row of context.tables[table]) if (leaversOnly.has(row.CHILD)) flags.push({ table, row });
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }],
      OC3: [{ CHILD: '1' }, { CHILD: '2' }],
      Reviews: [{ CHILD: '1', REVIEW: '01/06/2025' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024' }],
      OC3: [{ CHILD: '1' }, { CHILD: '2' }],
      Reviews: [
        { CHILD: '1', REVIEW: '01/06/2025' },
        { CHILD: '2', REVIEW: '01/06/2025' },
      ],
      OC2: [{ CHILD: '2', CONVICTED: '0' }],
    },
    flags: [
      ['Reviews', 2],
      ['OC2', 1],
    ],
  },
});
