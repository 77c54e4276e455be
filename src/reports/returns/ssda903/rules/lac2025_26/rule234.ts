// SSDA903 2025-26 rule 234: a child under 10 when the episode began does not change placement for being admitted to custody (CUSTOD).
import type { Flag903 } from '../../rule.ts';
import { birthdayAt } from '../../../returnDates.ts';
import { defineRule903 } from '../../rule.ts';
import { birthDays } from '../../ruleSupport.ts';

export const rule234 = defineRule903({
  code: '234',
  message: 'A child aged under 10 can not change placement due to being admitted to custody',
  tables: ['Header', 'Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    const born = birthDays(context);
    const headers = context.byChild('Header');
    for (const episode of context.tables.Episodes) {
      const birth = born.get(episode.CHILD);
      const start = context.day(episode.DECOM);
      if (episode.REASON_PLACE_CHANGE !== 'CUSTOD' || birth === undefined || start === null) continue;
      if (start >= birthdayAt(birth, 10)) continue;
      flags.push({ table: 'Episodes', row: episode });
      for (const header of headers.get(episode.CHILD) ?? []) flags.push({ table: 'Header', row: header });
    }
    return flags;
  },
  examples: {
    passing: {
      Header: [{ CHILD: '1', DOB: '29/02/2016' }],
      Episodes: [{ CHILD: '1', DECOM: '01/03/2026', DEC: '10/03/2026', REASON_PLACE_CHANGE: 'CUSTOD' }],
    },
    failing: {
      Header: [{ CHILD: '1', DOB: '29/02/2016' }],
      Episodes: [{ CHILD: '1', DECOM: '28/02/2026', DEC: '10/03/2026', REASON_PLACE_CHANGE: 'CUSTOD' }],
    },
    flags: [
      ['Episodes', 1],
      ['Header', 1],
    ],
  },
});
