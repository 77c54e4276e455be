// What many 903 rules derive from the same rows, built once per validation through `context.once`.
import { ageInYears, dayFromParts } from '../returnDates.ts';
import { postcodeKey } from './lookups.ts';
import type { Context903, Flag903 } from './rule.ts';
import { rowsWhere } from './rule.ts';
import type { ColumnOf, Row903, RowRef903, TableName } from './tables.ts';

export type Episode903 = Row903<'Episodes'>;

/** The tables that repeat the child's date of birth. */
type TablesWithBirthDate = { [T in TableName]: 'DOB' extends ColumnOf<T> ? T : never }[TableName];

/**
 * Rows in order of a day (undated ones last), then of their row in the file. A file usually has each
 * child's rows in order already, and then they are given back as they are, with nothing sorted or copied.
 */
function inOrderOfDay<R extends RowRef903>(rows: readonly R[], dayOf: (row: R) => number | null): readonly R[] {
  let previousDay = Number.NEGATIVE_INFINITY;
  let previousRow = 0;
  for (const row of rows) {
    const day = dayOf(row) ?? Number.POSITIVE_INFINITY;
    if (day < previousDay || (day === previousDay && row.$row < previousRow)) {
      // Each day read once, not once per comparison.
      const keyed = rows.map((each) => ({ row: each, day: dayOf(each) ?? Number.POSITIVE_INFINITY }));
      keyed.sort((a, b) => a.day - b.day || a.row.$row - b.row.$row);
      return keyed.map((entry) => entry.row);
    }
    previousDay = day;
    previousRow = row.$row;
  }
  return rows;
}

/** Each child's episodes in order of start (DECOM), undated ones last, as the file had them otherwise. */
export const episodesInOrder = (context: Context903): ReadonlyMap<string, readonly Episode903[]> =>
  context.once('episodesInOrder', () => {
    const ordered = new Map<string, readonly Episode903[]>();
    const startOf = (episode: Episode903) => context.day(episode.DECOM);
    for (const [child, episodes] of context.byChild('Episodes')) ordered.set(child, inOrderOfDay(episodes, startOf));
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

/** Each child's episode still open at the end of last year's return (its latest, with no end date). */
export const openAtEndOfLastYear = (context: Context903): ReadonlyMap<string, Episode903> =>
  context.once('openAtEndOfLastYear', () => {
    const open = new Map<string, Episode903>();
    for (const [child, episodes] of context.previousByChild('Episodes')) {
      let latest: Episode903 | undefined;
      for (const episode of episodes) {
        const started = context.day(episode.DECOM);
        if (started !== null && (latest === undefined || started >= (context.day(latest.DECOM) as number)))
          latest = episode;
      }
      if (latest && latest.DEC === '') open.set(child, latest);
    }
    return open;
  });

/**
 * This year's first episodes that carry on last year's open episode but record a column differently
 * (the 503 rules); `carriesOn` says which changes of code between the years are the same thing.
 */
export function firstEpisodesDifferingFromLastYear(
  context: Context903,
  column: Exclude<keyof Episode903, '$row'>,
  carriesOn: (lastYear: string, thisYear: string) => boolean = (lastYear, thisYear) => lastYear === thisYear,
): Flag903[] {
  const open = openAtEndOfLastYear(context);
  const flags: Flag903[] = [];
  for (const [child, episodes] of episodesInOrder(context)) {
    const first = episodes[0];
    const lastYears = open.get(child);
    if (first && lastYears && context.day(first.DECOM) !== null && !carriesOn(lastYears[column], first[column]))
      flags.push({ table: 'Episodes', row: first });
  }
  return flags;
}

/** Each pair of a child's episodes one after the other, in order of start. */
export const consecutiveEpisodes = (context: Context903): readonly (readonly [Episode903, Episode903])[] =>
  context.once('consecutiveEpisodes', () => {
    const pairs: [Episode903, Episode903][] = [];
    for (const episodes of episodesInOrder(context).values())
      for (let index = 1; index < episodes.length; index += 1)
        pairs.push([episodes[index - 1] as Episode903, episodes[index] as Episode903]);
    return pairs;
  });

/** The day each child left care, for a child whose latest episode ended with a reason other than X1. */
export const leftCareOn = (context: Context903): ReadonlyMap<string, number> =>
  context.once('leftCareOn', () => {
    const left = new Map<string, number>();
    for (const [child, episodes] of episodesInOrder(context)) {
      const latest = episodes.at(-1);
      const ended = latest ? context.day(latest.DEC) : null;
      if (latest && ended !== null && latest.REC !== 'X1' && latest.REC !== '') left.set(child, ended);
    }
    return left;
  });

const shortBreaks = new Set(['V3', 'V4']);

/**
 * Children looked after continuously for at least 12 months at 31 March (the OC2 cohort): in care on
 * 1 April, with no period of care starting (RNE S) or ending (a reason other than X1) in the year
 * and no short-break (V3, V4) episode in it.
 */
export const continuouslyLookedAfter = (context: Context903): ReadonlySet<string> =>
  context.once('continuouslyLookedAfter', () => {
    const { start, end } = context.year;
    const children = new Set<string>();
    for (const [child, episodes] of context.byChild('Episodes')) {
      let inCareOnFirstDay = false;
      let broken = false;
      for (const episode of episodes) {
        const began = context.day(episode.DECOM);
        const ended = context.day(episode.DEC);
        if (began === null) continue;
        if (began <= start && (ended === null || ended >= start)) inCareOnFirstDay = true;
        const inYear = began <= end && (ended === null || ended >= start);
        if (
          (episode.RNE === 'S' && began > start && began <= end) ||
          (ended !== null && ended >= start && ended < end && episode.REC !== 'X1') ||
          (inYear && shortBreaks.has(episode.LS))
        )
          broken = true;
      }
      if (inCareOnFirstDay && !broken) children.add(child);
    }
    return children;
  });

/** A period of care: from the day a child started to be looked after to the day they ceased (null: still looked after). */
export interface PeriodOfCare {
  readonly start: number;
  readonly end: number | null;
}

/** Each child's periods of care, in order: episodes joined where one starts the day the last ended. */
export const periodsOfCare = (context: Context903): ReadonlyMap<string, readonly PeriodOfCare[]> =>
  context.once('periodsOfCare', () => {
    const periods = new Map<string, PeriodOfCare[]>();
    for (const [child, episodes] of episodesInOrder(context)) {
      const list: { start: number; end: number | null }[] = [];
      for (const episode of episodes) {
        const start = context.day(episode.DECOM);
        if (start === null) continue;
        const end = context.day(episode.DEC);
        const current = list.at(-1);
        if (current && (current.end === null || start <= current.end)) {
          if (current.end !== null) current.end = end === null ? null : Math.max(current.end, end);
        } else list.push({ start, end });
      }
      periods.set(child, list);
    }
    return periods;
  });

/** Whether an episode was open on some day of the collection year (one with no end date is still open). */
export function openInYear(context: Context903, episode: Episode903): boolean {
  const began = context.day(episode.DECOM);
  const ended = context.day(episode.DEC);
  return (
    began !== null &&
    began <= context.year.end &&
    (episode.DEC === '' || (ended !== null && ended >= context.year.start))
  );
}

const spaces = /\s+/g;

/** A postcode written one way (upper case, one space before the inward code) to compare and look up. */
export function normalPostcode(postcode: string): string {
  const compact = postcode.replace(spaces, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** Two postcodes are the same however spaced or capitalised ('ab1 2cd', 'AB12CD'); each text's key made once per validation. */
export function samePostcode(context: Context903, one: string, other: string): boolean {
  if (one === other) return true;
  const keys = context.once('postcodeKeys', () => new Map<string, string>());
  return keyOf(keys, one) === keyOf(keys, other);
}

/** A postcode's key (postcodeKey), made the first time the postcode is met. */
function keyOf(keys: Map<string, string>, postcode: string): string {
  let key = keys.get(postcode);
  if (key === undefined) keys.set(postcode, (key = postcodeKey(postcode)));
  return key;
}

/** The local authority a postcode lies in, by the full postcode or else its district; null when unknown. */
export function authorityOfPostcode(context: Context903, postcode: string): string | null {
  const authorities = context.lookups.postcodeAuthorities;
  if (!authorities || postcode === '') return null;
  // Each postcode is looked up once per validation: a return repeats a few thousand of them.
  const found = context.once('authorityOfPostcode', () => new Map<string, string | null>());
  let authority = found.get(postcode);
  if (authority === undefined) {
    const full = normalPostcode(postcode);
    const district = full.split(' ')[0] ?? full;
    authority = authorities.get(full) ?? authorities.get(full.replace(' ', '')) ?? authorities.get(district) ?? null;
    found.set(postcode, authority);
  }
  return authority;
}

/** Rows of a table whose child is not in the Header (the INT "does not exist in Header" checks). */
export function rowsOfChildrenNotInHeader(context: Context903, table: TableName): Flag903[] {
  const inHeader = context.byChild('Header');
  return rowsWhere(context, table, (row) => !inHeader.has(row.CHILD));
}

/** Rows of a table whose date of birth is a different date from the child's in the Header (both valid). */
export function rowsWhoseBirthDiffersFromHeader(
  context: Context903,
  table: Exclude<TablesWithBirthDate, 'Header'>,
): Flag903[] {
  const born = birthDays(context);
  return rowsWhere(context, table, (row) => {
    const header = born.get(row.CHILD);
    const given = context.day(row.DOB);
    return header !== undefined && given !== null && header !== given;
  });
}

/** Every row of a child who has more than one row in a table that holds one row a child. */
export function rowsOfRepeatedChildren(context: Context903, table: TableName): Flag903[] {
  const flags: Flag903[] = [];
  for (const rows of context.byChild(table).values())
    if (rows.length > 1) for (const row of rows) flags.push({ table, row });
  return flags;
}

/** Rows where a date column is filled in but is not a real DD/MM/YYYY date. */
export function rowsWithInvalidDate<T extends TableName>(
  context: Context903,
  table: T,
  column: ColumnOf<T>,
): Flag903[] {
  return rowsWhere(context, table, (row) => {
    const text = row[column] as string;
    return text !== '' && context.day(text) === null;
  });
}

/** Rows that start before the child's previous row (in start-date order) ended, or while it is still open. */
export function rowsStartingBeforePreviousEnds<T extends TableName>(
  context: Context903,
  table: T,
  start: ColumnOf<T>,
  end: ColumnOf<T>,
): Flag903[] {
  const flags: Flag903[] = [];
  const startOf = (row: Row903<T>) => context.day(row[start]);
  for (const rows of context.byChild(table).values()) {
    if (rows.length < 2) continue;
    const ordered = inOrderOfDay(rows, startOf);
    for (let index = 1; index < ordered.length; index++) {
      const previous = ordered[index - 1] as Row903<T>;
      const row = ordered[index] as Row903<T>;
      const previousEnd = context.day(previous[end]);
      if (previousEnd === null || (startOf(row) ?? Number.POSITIVE_INFINITY) < previousEnd) flags.push({ table, row });
    }
  }
  return flags;
}

/** Episodes whose child's age in completed years on one of the episode's dates fails a test (date of birth from the Header). */
export function episodesWhereAge(
  context: Context903,
  on: 'DECOM' | 'DEC',
  applies: (episode: Episode903) => boolean,
  fails: (age: number) => boolean,
): Flag903[] {
  return rowsWhere(context, 'Episodes', (episode) => {
    if (!applies(episode)) return false;
    const day = context.day(episode[on]);
    const age = day === null ? null : ageOf(context, episode.CHILD, day);
    return age !== null && fails(age);
  });
}

/** Header rows of children in last year's Header too, whose value for a column differs from last year's. */
export function headerChangedSinceLastYear(
  context: Context903,
  differs: (thisYear: Row903<'Header'>, lastYear: Row903<'Header'>) => boolean,
): Flag903[] {
  const lastYear = context.previousByChild('Header');
  return rowsWhere(context, 'Header', (child) => {
    const before = lastYear.get(child.CHILD)?.[0];
    return before !== undefined && differs(child, before);
  });
}

/** Two date fields hold the same date: compared as days when both are dates, as written otherwise. */
export function sameDate(context: Context903, one: string, other: string): boolean {
  const a = context.day(one);
  const b = context.day(other);
  return a !== null && b !== null ? a === b : one.trim() === other.trim();
}

/** Each episode after a child's first (in DECOM order) that fails a test against the episode before it. */
export function episodesFailingAgainstPrevious(
  context: Context903,
  fails: (episode: Episode903, previous: Episode903) => boolean,
): Flag903[] {
  const flags: Flag903[] = [];
  for (const episodes of episodesInOrder(context).values()) {
    for (let index = 1; index < episodes.length; index++) {
      const episode = episodes[index] as Episode903;
      if (fails(episode, episodes[index - 1] as Episode903)) flags.push({ table: 'Episodes', row: episode });
    }
  }
  return flags;
}

/** Each child's latest decision that they should be placed for adoption (by DATE_PLACED, then file order). */
export const latestPlacedForAdoption = (context: Context903): ReadonlyMap<string, Row903<'PlacedAdoption'>> =>
  context.once('latestPlacedForAdoption', () => {
    const latest = new Map<string, Row903<'PlacedAdoption'>>();
    for (const [child, decisions] of context.byChild('PlacedAdoption')) {
      let chosen = decisions[0] as Row903<'PlacedAdoption'>;
      for (const decision of decisions)
        if ((context.day(decision.DATE_PLACED) ?? -Infinity) >= (context.day(chosen.DATE_PLACED) ?? -Infinity))
          chosen = decision;
      latest.set(child, chosen);
    }
    return latest;
  });

/** The AD1 items about a child's adoption (rules 151 and 134 read them together). */
export const adoptionItems = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

/** Each child's last episode (latest start) in last year's return. */
export const lastEpisodesLastYear = (context: Context903): ReadonlyMap<string, Episode903> =>
  context.once('lastEpisodesLastYear', () => {
    const last = new Map<string, Episode903>();
    for (const [child, episodes] of context.previousByChild('Episodes')) {
      let chosen: Episode903 | undefined;
      for (const episode of episodes) {
        const began = context.day(episode.DECOM);
        if (began !== null && (!chosen || began >= (context.day(chosen.DECOM) as number))) chosen = episode;
      }
      if (chosen) last.set(child, chosen);
    }
    return last;
  });

/** A full UK postcode: outward code, optional space, inward code (upper case). */
export const postcodeShape = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$/;

/** Children who are or were unaccompanied asylum seekers: in this year's or last year's UASC table. */
export const everUasc = (context: Context903): ReadonlySet<string> =>
  context.once(
    'everUasc',
    () => new Set([...context.byChild('UASC').keys(), ...context.previousByChild('UASC').keys()]),
  );

/** An Ofsted URN given for an episode: blank and the DfE's placeholder XXXXXXX (URN not known) are not. */
export const givenUrn = (urn: string): boolean => urn !== '' && urn !== 'XXXXXXX';

/**
 * The episodes of each spell under one legal status (episodes that follow on, each starting the day the
 * last ended) lasting more than a number of days; a spell still open at the year's end lasted until then.
 */
export function spellsLongerThan(context: Context903, legalStatus: string, days: number): Flag903[] {
  const flags: Flag903[] = [];
  for (const episodes of episodesInOrder(context).values()) {
    // A spell is a run of the child's episodes: from `first` to the one before `next`, while it lasts.
    let first = -1;
    for (let next = 0; next <= episodes.length; next++) {
      const episode = episodes[next];
      const previous = episodes[next - 1] as Episode903;
      if (
        first >= 0 &&
        (episode === undefined ||
          episode.LS !== legalStatus ||
          context.day(episode.DECOM) !== context.day(previous.DEC))
      ) {
        const start = context.day((episodes[first] as Episode903).DECOM);
        if (start !== null && (context.day(previous.DEC) ?? context.year.end) - start > days)
          for (let index = first; index < next; index++)
            flags.push({ table: 'Episodes', row: episodes[index] as Episode903 });
        first = -1;
      }
      if (first < 0 && episode?.LS === legalStatus) first = next;
    }
  }
  return flags;
}

export type SocialWorkerEpisode903 = Row903<'SWEpisodes'>;

/** Each child's social worker episodes in order of start (SW_DECOM), undated ones last. */
export const socialWorkerEpisodesInOrder = (
  context: Context903,
): ReadonlyMap<string, readonly SocialWorkerEpisode903[]> =>
  context.once('socialWorkerEpisodesInOrder', () => {
    const ordered = new Map<string, readonly SocialWorkerEpisode903[]>();
    const startOf = (episode: SocialWorkerEpisode903) => context.day(episode.SW_DECOM);
    for (const [child, episodes] of context.byChild('SWEpisodes')) ordered.set(child, inOrderOfDay(episodes, startOf));
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

/**
 * An episode's placement location as the DfE derives it from the placement postcode: 'IN' the council's
 * own area (`--la`), 'OUT' of it, '' when no postcode was given, null when the postcode lookup does not
 * know the postcode (rule 179 flags that) so nothing can be said.
 */
export function placementLocation(context: Context903, postcode: string): 'IN' | 'OUT' | '' | null {
  if (postcode === '') return '';
  const authority = authorityOfPostcode(context, postcode);
  if (authority === null) return null;
  return authority === context.lookups.localAuthority ? 'IN' : 'OUT';
}

/**
 * The distance in miles from the home postcode to the placement postcode as the DfE's guide computes it:
 * the straight line between the two grid references, metres / 1000 / 1.6093, to one decimal place. ''
 * when either postcode was not given; null when the lookup has no grid reference for one given.
 */
export function placementDistance(context: Context903, episode: Episode903): number | '' | null {
  if (episode.HOME_POST === '' || episode.PL_POST === '') return '';
  const coordinates = context.lookups.postcodeCoordinates;
  const home = coordinates?.get(normalPostcode(episode.HOME_POST).replace(' ', ''));
  const placement = coordinates?.get(normalPostcode(episode.PL_POST).replace(' ', ''));
  if (!home || !placement) return null;
  const metres = Math.hypot(home.easting - placement.easting, home.northing - placement.northing);
  return Math.round((metres / 1000 / 1.6093) * 10) / 10;
}

/**
 * This year's first episodes that carry on last year's open episode but from which the DfE would derive
 * a different value (placement location, distance); null is a value that cannot be derived, not compared.
 */
export function firstEpisodesDerivingDifferently<V>(
  context: Context903,
  derive: (episode: Episode903) => V | null,
): Flag903[] {
  const open = openAtEndOfLastYear(context);
  const flags: Flag903[] = [];
  for (const [child, [first]] of episodesInOrder(context)) {
    const lastYears = open.get(child);
    if (!first || !lastYears || context.day(first.DECOM) === null) continue;
    const now = derive(first);
    const before = derive(lastYears);
    if (now !== null && before !== null && now !== before) flags.push({ table: 'Episodes', row: first });
  }
  return flags;
}
