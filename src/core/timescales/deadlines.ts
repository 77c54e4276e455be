// Shared deadline helpers for the rules: one-off deadlines, deadlines in hours
// and recurring chains, all read "as of" the context's date.
import { Temporal } from 'temporal-polyfill';
import { isAfter, isBefore, compareDates } from '../calendar.ts';
import { harbourTimeZone } from '../clock.ts';
import { addWorkingDays, isWorkingDay } from '../workingDays.ts';
import type { IsoDate, IsoInstant } from './journey.ts';
import type { Occurrence, RuleContext } from './model.ts';

// Dates are immutable and a county's journeys repeat the same few thousand days: parsing each
// once keeps a manager's list of hundreds of children quick.
const parsedDates = new Map<IsoDate, Temporal.PlainDate>();

export function date(iso: IsoDate): Temporal.PlainDate {
  let parsed = parsedDates.get(iso);
  if (!parsed) {
    parsed = Temporal.PlainDate.from(iso);
    if (parsedDates.size >= 100_000) parsedDates.clear();
    parsedDates.set(iso, parsed);
  }
  return parsed;
}

export function optionalDate(iso: IsoDate | undefined): Temporal.PlainDate | undefined {
  return iso === undefined ? undefined : date(iso);
}

export function instant(iso: IsoInstant): Temporal.Instant {
  return Temporal.Instant.from(iso);
}

/** When England's clocks go forward and back in a year (epoch milliseconds), from Temporal's time zone data. */
const summerTimeByYear = new Map<number, { starts: number; ends: number }>();
function summerTime(year: number): { starts: number; ends: number } {
  let found = summerTimeByYear.get(year);
  if (!found) {
    const starts = Temporal.ZonedDateTime.from({
      year,
      month: 1,
      day: 1,
      timeZone: harbourTimeZone,
    }).getTimeZoneTransition('next')!;
    const ends = starts.getTimeZoneTransition('next')!;
    found = { starts: starts.epochMilliseconds, ends: ends.epochMilliseconds };
    summerTimeByYear.set(year, found);
  }
  return found;
}

/**
 * The calendar date in England at a moment: the UTC date an hour on in British Summer Time.
 * Worked out from the year's two clock changes, as converting each moment through the time
 * zone is slow across a manager's list of contacts and missing episodes.
 */
export function londonDate(at: Temporal.Instant): Temporal.PlainDate {
  const milliseconds = at.epochMilliseconds;
  const { starts, ends } = summerTime(new Date(milliseconds).getUTCFullYear());
  const local = new Date(milliseconds + (milliseconds >= starts && milliseconds < ends ? 3_600_000 : 0));
  return new Temporal.PlainDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

export function earliest(dates: readonly Temporal.PlainDate[]): Temporal.PlainDate | undefined {
  return [...dates].sort(compareDates)[0];
}

/**
 * "Within N working days of start" under the council's convention: day 0 is
 * the start date by default; with startDayCountsAsDayOne a start on a
 * working day is day 1, so the deadline is one working day sooner.
 */
export function workingDaysAfter(
  context: RuleContext<unknown>,
  start: Temporal.PlainDate,
  n: number,
): Temporal.PlainDate {
  const startIsDayOne = context.settings.startDayCountsAsDayOne && isWorkingDay(start) && n > 0;
  return addWorkingDays(start, startIsDayOne ? n - 1 : n);
}

/** A recorded date, or undefined when it lies after the as-of date. */
function known(context: RuleContext<unknown>, on: Temporal.PlainDate | undefined): Temporal.PlainDate | undefined {
  return on && !isAfter(on, context.asOf.date) ? on : undefined;
}

function knownAt(context: RuleContext<unknown>, at: Temporal.Instant | undefined): Temporal.Instant | undefined {
  if (!at) return undefined;
  const { instant: asOfInstant, date: asOfDate } = context.asOf;
  const after = asOfInstant ? Temporal.Instant.compare(at, asOfInstant) > 0 : isAfter(londonDate(at), asOfDate);
  return after ? undefined : at;
}

/**
 * One deadline for one record. Nothing is due before its clock starts, nor
 * when its episode ended on or before the due date without the event.
 */
export function deadline(
  context: RuleContext<unknown>,
  clock: {
    recordId: string;
    startedOn: Temporal.PlainDate;
    dueOn: Temporal.PlainDate;
    metOn?: Temporal.PlainDate | undefined;
    endedOn?: Temporal.PlainDate | undefined;
    title?: string;
  },
): Occurrence[] {
  if (!known(context, clock.startedOn)) return [];
  const metOn = known(context, clock.metOn);
  const endedOn = known(context, clock.endedOn);
  if (!metOn && endedOn && !isAfter(endedOn, clock.dueOn)) return [];
  return [
    {
      recordId: clock.recordId,
      startedOn: clock.startedOn,
      dueOn: clock.dueOn,
      metOn,
      ...(endedOn ? { episodeEndedOn: endedOn } : {}),
      ...(clock.title ? { title: clock.title } : {}),
    },
  ];
}

/** A deadline counted in hours from a timestamp (contact decisions, return home interviews). */
export function deadlineInHours(
  context: RuleContext<unknown>,
  clock: { recordId: string; startedAt: Temporal.Instant; hours: number; metAt?: Temporal.Instant | undefined },
): Occurrence[] {
  if (!knownAt(context, clock.startedAt)) return [];
  const dueAt = clock.startedAt.add({ hours: clock.hours });
  const metAt = knownAt(context, clock.metAt);
  return [
    {
      recordId: clock.recordId,
      startedOn: londonDate(clock.startedAt),
      dueOn: londonDate(dueAt),
      dueAt,
      metAt,
      metOn: metAt && londonDate(metAt),
    },
  ];
}

/**
 * A recurring requirement (visits, reviews): each event inside the episode
 * meets one occurrence and the next is due from it; the last occurrence is
 * the one still to come, unless the episode ended before it fell due.
 * `next(from, n)` gives the due date of occurrence n (0 = the first) counted
 * from the episode start or the previous event.
 */
export function recurring(
  context: RuleContext<unknown>,
  chain: {
    recordId: string;
    startedOn: Temporal.PlainDate;
    endedOn?: Temporal.PlainDate | undefined;
    events: readonly Temporal.PlainDate[];
    next: (from: Temporal.PlainDate, occurrence: number) => Temporal.PlainDate;
  },
): Occurrence[] {
  if (!known(context, chain.startedOn)) return [];
  const endedOn = known(context, chain.endedOn);
  const lastDay = endedOn ?? context.asOf.date;
  const byDay = new Map<string, Temporal.PlainDate>();
  for (const event of chain.events) {
    if (!isBefore(event, chain.startedOn) && !isAfter(event, lastDay)) byDay.set(event.toString(), event);
  }
  const events = [...byDay.values()].sort(compareDates);

  const occurrences: Occurrence[] = [];
  const ended = endedOn ? { episodeEndedOn: endedOn } : {};
  let from = chain.startedOn;
  // Each occurrence's clock starts from the episode start or the event before it.
  for (const event of events) {
    const dueOn = chain.next(from, occurrences.length);
    occurrences.push({ recordId: chain.recordId, startedOn: from, dueOn, metOn: event, ...ended });
    from = event;
  }
  const dueOn = chain.next(from, occurrences.length);
  if (!endedOn || isBefore(dueOn, endedOn))
    occurrences.push({ recordId: chain.recordId, startedOn: from, dueOn, ...ended });
  return occurrences;
}
