// What many 903 rules derive from the same rows, built once per validation through `context.once`.
import { ageInYears } from '../returnDates.ts';
import type { Context903, Flag903 } from './rule.ts';
import type { Row903 } from './tables.ts';

export type Episode903 = Row903<'Episodes'>;

/** Each child's episodes in order of start (DECOM), undated ones last, as the file had them otherwise. */
export const episodesInOrder = (context: Context903): ReadonlyMap<string, readonly Episode903[]> =>
  context.once('episodesInOrder', () => {
    const ordered = new Map<string, Episode903[]>();
    for (const [child, episodes] of context.byChild('Episodes')) {
      const startOf = (episode: Episode903) => context.day(episode.DECOM) ?? Number.POSITIVE_INFINITY;
      ordered.set(
        child,
        [...episodes].sort((a, b) => startOf(a) - startOf(b) || a.$row - b.$row),
      );
    }
    return ordered;
  });

/** Each child's date of birth from the Header, as a day number (absent or invalid: not in the map). */
export const birthDays = (context: Context903): ReadonlyMap<string, number> =>
  context.once('birthDays', () => {
    const days = new Map<string, number>();
    for (const child of context.tables.Header) {
      const day = context.day(child.DOB);
      if (day !== null) days.set(child.CHILD, day);
    }
    return days;
  });

/** The child's age in completed years on a day, or null when their date of birth is unknown. */
export function ageOf(context: Context903, child: string, onDay: number): number | null {
  const born = birthDays(context).get(child);
  return born === undefined ? null : ageInYears(born, onDay);
}

/** Every row of a table whose child has more than one row there (a table meant to hold one per child). */
export function rowsOfRepeatedChildren(context: Context903, table: 'AD1' | 'OC3' | 'PrevPerm'): Flag903[] {
  const flags: Flag903[] = [];
  for (const rows of context.byChild(table).values())
    if (rows.length > 1) for (const row of rows) flags.push({ table, row });
  return flags.sort((a, b) => ('row' in a && 'row' in b ? a.row.$row - b.row.$row : 0));
}
