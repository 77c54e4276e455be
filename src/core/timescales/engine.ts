// The timescale engine: every rule over one child's journey, with a status
// for each occurrence as of a date (or an exact moment).
import { Temporal } from 'temporal-polyfill';
import { isAfter, compareDates } from '../calendar.ts';
import { londonDate } from './deadlines.ts';
import type { ChildJourney } from './journey.ts';
import type { AsOf, DueItem, DueStatus, Occurrence, TimescaleRule, TimescaleRuleInfo } from './model.ts';
import type { TimescaleSettings } from './settings.ts';

/**
 * Met on or before the due date (to the minute for hours rules), met late
 * after it; otherwise overdue once the as-of date (or moment) is past it.
 */
function statusOf(occurrence: Occurrence, asOf: AsOf): DueStatus {
  const { dueOn, dueAt, metOn, metAt } = occurrence;
  if (metAt && dueAt) return Temporal.Instant.compare(metAt, dueAt) <= 0 ? 'met' : 'metLate';
  if (metOn) return isAfter(metOn, dueOn) ? 'metLate' : 'met';
  if (dueAt && asOf.instant) return Temporal.Instant.compare(asOf.instant, dueAt) > 0 ? 'overdue' : 'due';
  return isAfter(asOf.date, dueOn) ? 'overdue' : 'due';
}

/**
 * Work still to do on a day: unmet, and its episode not ended by then. A visit missed under a plan
 * that has since ended can no longer be made: it stays in the record and the figures as missed,
 * but leaves the to-do lists.
 */
export function stillToDo(
  item: Pick<DueItem, 'status' | 'episodeEndedOn'>,
  today: Temporal.PlainDate,
): item is typeof item & { status: 'due' | 'overdue' } {
  if (item.status !== 'due' && item.status !== 'overdue') return false;
  return !item.episodeEndedOn || isAfter(item.episodeEndedOn, today);
}

/** The catalogue entry of each rule, for pages that explain each timescale. */
export const catalogueOf = (rules: readonly TimescaleRule[]): TimescaleRuleInfo[] =>
  rules.map(({ id, title, source, kind }) => ({ id, title, source, kind }));

/**
 * Every due item under these rules for the child as of `asOf`, earliest due first. A rule reads
 * only its part of the journey, so a journey holding just those parts will do.
 */
export function dueItemsUnder<Journey extends Pick<ChildJourney, 'child'>>(
  rules: readonly TimescaleRule<Journey>[],
  journey: Journey,
  asOf: Temporal.PlainDate | Temporal.Instant,
  settings: TimescaleSettings,
): DueItem[] {
  const moment: AsOf = asOf instanceof Temporal.Instant ? { date: londonDate(asOf), instant: asOf } : { date: asOf };
  const context = { journey, asOf: moment, settings };
  return rules
    .flatMap((rule) =>
      rule.occurrences(context).map((occurrence): DueItem => ({
        rule: rule.id,
        title: occurrence.title ?? rule.title,
        childId: journey.child.id,
        recordId: occurrence.recordId,
        startedOn: occurrence.startedOn,
        dueOn: occurrence.dueOn,
        ...(occurrence.dueAt ? { dueAt: occurrence.dueAt } : {}),
        status: statusOf(occurrence, moment),
        ...(occurrence.metOn ? { metOn: occurrence.metOn } : {}),
        ...(occurrence.episodeEndedOn ? { episodeEndedOn: occurrence.episodeEndedOn } : {}),
        source: rule.source,
      })),
    )
    .sort((a, b) => compareDates(a.dueOn, b.dueOn));
}
