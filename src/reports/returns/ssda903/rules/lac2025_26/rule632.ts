// SSDA903 2025-26 rule 632: the date of a previous permanence order (DATE_PERM) is a DD/MM/YYYY date (ZZ for an unknown day or month, ZZZZ for an unknown year) before the child's first episode.
import type { Flag903 } from '../../rule.ts';
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903 } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

const partialDate = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4}|ZZZZ)$/;

/** The latest day a date with unknown parts can be (a partial date is never taken as too late): null when
 * it is not a date, 'unknown year' when only that is known. */
function latestDayOf(text: string): number | null | 'unknown year' {
  const match = partialDate.exec(text);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  if (year === 'ZZZZ') return 'unknown year';
  const y = Number(year);
  const m = month === 'ZZ' ? 12 : Number(month);
  if (day !== 'ZZ') return dayFromParts(y, m, Number(day));
  if (m < 1 || m > 12) return null;
  return (dayFromParts(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) as number) - 1;
}

export const rule632 = defineRule903({
  code: '632',
  message:
    'Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year',
  tables: ['Episodes', 'PrevPerm'],
  check: (context) => {
    const flags: Flag903[] = [];
    const ordered = episodesInOrder(context);
    for (const permanence of context.tables.PrevPerm) {
      if (permanence.DATE_PERM === '') continue;
      const first = ordered.get(permanence.CHILD)?.[0];
      const began = first ? context.day(first.DECOM) : null;
      const made = latestDayOf(permanence.DATE_PERM);
      if (made === null) {
        flags.push({ table: 'PrevPerm', row: permanence });
        if (first) flags.push({ table: 'Episodes', row: first });
      } else if (first && began !== null && made !== 'unknown year' && made >= began) {
        flags.push({ table: 'PrevPerm', row: permanence }, { table: 'Episodes', row: first });
      }
    }
    return flags;
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2026' },
        { CHILD: '2', DECOM: '01/06/2025' },
      ],
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P1', DATE_PERM: 'ZZ/12/2025' },
        { CHILD: '2', PREV_PERM: 'P2', DATE_PERM: 'ZZ/ZZ/ZZZZ' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '31/12/2025' },
        { CHILD: '2', DECOM: '01/06/2025' },
      ],
      PrevPerm: [
        { CHILD: '1', PREV_PERM: 'P1', DATE_PERM: 'ZZ/12/2025' },
        { CHILD: '2', PREV_PERM: 'P2', DATE_PERM: '31/02/2019' },
      ],
    },
    flags: [
      ['PrevPerm', 1],
      ['Episodes', 1],
      ['PrevPerm', 2],
      ['Episodes', 2],
    ],
  },
});
