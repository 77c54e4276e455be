// Pure rules for missing episodes and return home interviews.
import { Temporal } from 'temporal-polyfill';
import { londonDate } from '../../core/timescales/deadlines.ts';

/** Whole hours from going missing to returning, for the chronology ("missing for 14 hours"). */
export function hoursMissing(startedAt: Date, returnedAt: Date): number {
  return Math.round((returnedAt.getTime() - startedAt.getTime()) / 3_600_000);
}

/** An interview is offered and held after the child has returned, never while they are still missing. */
export function interviewTimingProblems(
  returnedAt: Date | null,
  interview: { offeredAt?: Date | null; heldAt?: Date | null },
) {
  const problems: { field: string; message: string }[] = [];
  for (const [field, at, what] of [
    ['offeredAt', interview.offeredAt, 'offered'],
    ['heldAt', interview.heldAt, 'held'],
  ] as const) {
    if (!at) continue;
    if (!returnedAt)
      problems.push({ field, message: `A return home interview can only be ${what} once the child has returned` });
    else if (at < returnedAt)
      problems.push({ field, message: `A return home interview must be ${what} after the child returned` });
  }
  return problems;
}

/**
 * Repeat missing: how many episodes began in the twelve months up to `today` (by the day in England),
 * the day a year before excluded, so 29 February 2028 counts back to 1 March 2027.
 */
export function episodesInTwelveMonths(startedAt: readonly Date[], today: Temporal.PlainDate): number {
  const yearBefore = today.subtract({ years: 1 });
  return startedAt.filter((at) => {
    const day = londonDate(Temporal.Instant.fromEpochMilliseconds(at.getTime()));
    return Temporal.PlainDate.compare(day, yearBefore) > 0 && Temporal.PlainDate.compare(day, today) <= 0;
  }).length;
}
