// What many 903 rules derive from the same rows, built once per validation through `context.once`.
import { ageInYears, dayFromParts } from '../returnDates.ts';
import type { Context903, Flag903 } from './rule.ts';
import { rowsWhere } from './rule.ts';
import type { ColumnOf, Row903, TableName } from './tables.ts';

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

/** A child's first episode this year beside the episode last year's return left open (last by start, no DEC). */
export interface ContinuingEpisode903 {
  readonly first: Episode903;
  readonly openLastYear: Episode903;
}

/** Each child whose last episode of last year's return was open, with their first episode this year. */
export const continuingFromLastYear = (context: Context903): readonly ContinuingEpisode903[] =>
  context.once('continuingFromLastYear', () => {
    const pairs: ContinuingEpisode903[] = [];
    const ordered = episodesInOrder(context);
    for (const [child, lastYears] of context.previousByChild('Episodes')) {
      const first = ordered.get(child)?.[0];
      if (!first) continue;
      let openLastYear: Episode903 | undefined;
      let latest = Number.NEGATIVE_INFINITY;
      for (const episode of lastYears) {
        const start = context.day(episode.DECOM);
        if (start !== null && start > latest) [latest, openLastYear] = [start, episode];
      }
      if (openLastYear && openLastYear.DEC === '') pairs.push({ first, openLastYear });
    }
    return pairs;
  });

/** The first episodes this year whose value of a column differs from the episode left open last year. */
export const firstEpisodesDiffering = (context: Context903, column: keyof Episode903): Flag903[] =>
  continuingFromLastYear(context)
    .filter(({ first, openLastYear }) => first[column] !== openLastYear[column])
    .map(({ first }) => ({ table: 'Episodes', row: first }));

/** The tables that repeat the child's date of birth. */
type TablesWithBirthDate = { [T in TableName]: 'DOB' extends ColumnOf<T> ? T : never }[TableName];

/** The rows of a table whose DOB is a date other than the child's date of birth in the Header. */
export const rowsWithAnotherBirthDate = (
  context: Context903,
  table: Exclude<TablesWithBirthDate, 'Header'>,
): Flag903[] => {
  const born = birthDays(context);
  return rowsWhere(context, table, (row) => {
    const inHeader = born.get(row.CHILD);
    const given = context.day(row.DOB);
    return inHeader !== undefined && given !== null && inHeader !== given;
  });
};

/** The rows of a table for a child the Header does not have. */
export const rowsOfChildrenNotInHeader = (context: Context903, table: TableName): Flag903[] => {
  const inHeader = context.byChild('Header');
  return rowsWhere(context, table, (row) => !inHeader.has(row.CHILD));
};

/**
 * The episodes of each spell under one legal status (episodes that follow on, each starting the day the
 * last ended) lasting more than a number of days; a spell still open at the year's end lasted until then.
 */
export function spellsLongerThan(context: Context903, legalStatus: string, days: number): Flag903[] {
  const flags: Flag903[] = [];
  const endOf = (episode: Episode903) => context.day(episode.DEC) ?? context.year.end;
  for (const episodes of episodesInOrder(context).values()) {
    let spell: Episode903[] = [];
    const close = () => {
      const start = spell[0] ? context.day(spell[0].DECOM) : null;
      const last = spell.at(-1);
      if (last && start !== null && endOf(last) - start > days)
        for (const episode of spell) flags.push({ table: 'Episodes', row: episode });
      spell = [];
    };
    for (const episode of episodes) {
      const previous = spell.at(-1);
      if (previous && (episode.LS !== legalStatus || context.day(episode.DECOM) !== context.day(previous.DEC))) close();
      if (episode.LS === legalStatus) spell.push(episode);
    }
    close();
  }
  return flags;
}

/**
 * The children looked after continuously for the twelve months to 31 March: in care on 1 April, every
 * episode since then following on (X1) rather than leaving care, none under short breaks (V3, V4),
 * and still looked after at the year's end.
 */
export const continuouslyLookedAfter = (context: Context903): ReadonlySet<string> =>
  context.once('continuouslyLookedAfter', () => {
    const { start } = context.year;
    const children = new Set<string>();
    for (const [child, episodes] of episodesInOrder(context)) {
      const first = episodes[0] && context.day(episodes[0].DECOM);
      const last = episodes.at(-1);
      if (first === undefined || first === null || first > start || !last || last.DEC !== '') continue;
      const broken = episodes.some((episode) => {
        const ceased = context.day(episode.DEC);
        const inYear = ceased === null || ceased >= start;
        return inYear && ((ceased !== null && episode.REC !== 'X1') || episode.LS === 'V3' || episode.LS === 'V4');
      });
      if (!broken) children.add(child);
    }
    return children;
  });

export type SocialWorkerEpisode903 = Row903<'SWEpisodes'>;

/** Each child's social worker episodes in order of start (SW_DECOM), undated ones last. */
export const socialWorkerEpisodesInOrder = (
  context: Context903,
): ReadonlyMap<string, readonly SocialWorkerEpisode903[]> =>
  context.once('socialWorkerEpisodesInOrder', () => {
    const ordered = new Map<string, SocialWorkerEpisode903[]>();
    const startOf = (episode: SocialWorkerEpisode903) => context.day(episode.SW_DECOM) ?? Number.POSITIVE_INFINITY;
    for (const [child, episodes] of context.byChild('SWEpisodes'))
      ordered.set(
        child,
        [...episodes].sort((a, b) => startOf(a) - startOf(b) || a.$row - b.$row),
      );
    return ordered;
  });

/** The day social worker reporting changed (1 April 2023): from then each episode gives its reason. */
export const socialWorkerReasonsFrom = dayFromParts(2023, 4, 1) as number;

export type DoLo903 = Row903<'DoLo'>;

/** Each deprivation of liberty order with a valid start beside each episode of the child's it overlaps (an open order runs on). */
const episodesDuringDoLos = (
  context: Context903,
): readonly { readonly order: DoLo903; readonly episode: Episode903 }[] =>
  context.once('episodesDuringDoLos', () => {
    const pairs: { order: DoLo903; episode: Episode903 }[] = [];
    const episodes = context.byChild('Episodes');
    for (const order of context.tables.DoLo) {
      const start = context.day(order.DOLO_START);
      if (start === null) continue;
      const end = context.day(order.DOLO_END) ?? Number.POSITIVE_INFINITY;
      for (const episode of episodes.get(order.CHILD) ?? []) {
        const began = context.day(episode.DECOM);
        const ceased = context.day(episode.DEC) ?? Number.POSITIVE_INFINITY;
        if (began !== null && began <= end && ceased >= start) pairs.push({ order, episode });
      }
    }
    return pairs;
  });

/** Each order and episode (once each) where an episode during the order has a placement the rule does not allow. */
export function doLosWithPlacements(context: Context903, notAllowed: (placement: string) => boolean): Flag903[] {
  const flags: Flag903[] = [];
  const flagged = new Set<object>();
  for (const { order, episode } of episodesDuringDoLos(context)) {
    if (!notAllowed(episode.PLACE)) continue;
    if (!flagged.has(order)) flags.push({ table: 'DoLo', row: order });
    if (!flagged.has(episode)) flags.push({ table: 'Episodes', row: episode });
    flagged.add(order).add(episode);
  }
  return flags;
}

/** A child looked after at 31 March: their open episode and the day their current period of care began. */
export interface LookedAfterAtYearEnd903 {
  readonly open: Episode903;
  readonly began: number | null;
}

/**
 * The children whose last episode is open at the year's end, with the start of that period of care: the
 * first of the episodes leading to the open one, each following on from the last (REC X1).
 */
export const lookedAfterAtYearEnd = (context: Context903): ReadonlyMap<string, LookedAfterAtYearEnd903> =>
  context.once('lookedAfterAtYearEnd', () => {
    const children = new Map<string, LookedAfterAtYearEnd903>();
    for (const [child, episodes] of episodesInOrder(context)) {
      const open = episodes.at(-1);
      if (!open || open.DEC !== '') continue;
      let first = episodes.length - 1;
      while (first > 0 && episodes[first - 1]?.REC === 'X1') first--;
      children.set(child, { open, began: context.day(episodes[first]?.DECOM ?? '') });
    }
    return children;
  });
