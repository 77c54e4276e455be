// SSDA903 2025-26 rule 601: a child adopted in the year (REC E11, E12) has every adoption (AD1) item completed.
import { defineRule903, type Flag903 } from '../../rule.ts';

const adopted = new Set(['E11', 'E12']);
const adoptionItems = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

export const rule601 = defineRule903({
  code: '601',
  message:
    'The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.',
  tables: ['Episodes', 'AD1'],
  check: (context) => {
    const adoptions = context.byChild('AD1');
    const flags: Flag903[] = [];
    for (const episode of context.tables.Episodes) {
      const ended = context.day(episode.DEC);
      if (!adopted.has(episode.REC) || ended === null || ended < context.year.start || ended > context.year.end)
        continue;
      const rows = adoptions.get(episode.CHILD) ?? [];
      const incomplete = rows.filter((adoption) => adoptionItems.some((item) => adoption[item] === ''));
      if (rows.length === 0 || incomplete.length) {
        flags.push({ table: 'Episodes', row: episode });
        for (const adoption of incomplete) flags.push({ table: 'AD1', row: adoption });
      }
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '31/03/2026', REC: 'E11' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '31/03/2025', REC: 'E11' },
      ],
      AD1: [
        {
          CHILD: '1',
          DATE_INT: '01/01/2025',
          DATE_MATCH: '01/03/2025',
          FOSTER_CARE: '0',
          NB_ADOPTR: '2',
          SEX_ADOPTR: 'MF',
          LS_ADOPTR: 'L11',
        },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '31/03/2026', REC: 'E11' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '31/03/2025', REC: 'E11' },
        { CHILD: '3', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'E12' },
      ],
      AD1: [
        {
          CHILD: '1',
          DATE_INT: '01/01/2025',
          DATE_MATCH: '01/03/2025',
          FOSTER_CARE: '',
          NB_ADOPTR: '2',
          SEX_ADOPTR: 'MF',
          LS_ADOPTR: 'L11',
        },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['AD1', 1],
      ['Episodes', 3],
    ],
  },
});
