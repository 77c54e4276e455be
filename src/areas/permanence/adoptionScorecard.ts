// DfE adoption scorecard A1 (entering care to moving in with adopters, 426 days) and A2 (placement order to match, 121 days).
import { Temporal } from 'temporal-polyfill';

/** A1's threshold: days from entering care to moving in with the adoptive family. */
export const enteredCareToMovedInThreshold = 426;
/** A2's threshold: days from the placement order to the match with adopters. */
export const placementOrderToMatchThreshold = 121;

/** Whole days from one date to another, as the scorecard counts them (the first day not counted). */
export const daysBetween = (from: string, to: string): number =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;

/**
 * The day A1's clock starts: the child entered the period of care the adoption decision was made in,
 * the latest start of a period on or before the decision. Undefined when none began by then.
 */
export function enteredCareForDecision(periodStarts: readonly string[], decisionDate: string): string | undefined {
  return periodStarts
    .filter((start) => start <= decisionDate)
    .sort()
    .at(-1);
}

export interface ScorecardDays {
  /** A1: entering care to moving in, or to the day asked about while the child waits. */
  enteredCareToMovedIn?: { days: number; waiting: boolean; overThreshold: boolean };
  /** A2: placement order to match, or to the day asked about while the child waits. */
  placementOrderToMatch?: { days: number; waiting: boolean; overThreshold: boolean };
}

const measure = (from: string | undefined, to: string | undefined, asOf: string, threshold: number) => {
  if (!from) return undefined;
  const days = daysBetween(from, to ?? asOf);
  return { days, waiting: to === undefined, overThreshold: days > threshold };
};

/** A child's days against the scorecard thresholds, counted to `asOf` for a step not yet reached. */
export function scorecardDays(
  child: { enteredCare?: string; movedIn?: string; placementOrder?: string; matched?: string },
  asOf: string,
): ScorecardDays {
  const a1 = measure(child.enteredCare, child.movedIn, asOf, enteredCareToMovedInThreshold);
  const a2 = measure(child.placementOrder, child.matched, asOf, placementOrderToMatchThreshold);
  return { ...(a1 ? { enteredCareToMovedIn: a1 } : {}), ...(a2 ? { placementOrderToMatch: a2 } : {}) };
}

/**
 * The scorecard's three-year average: the mean days of the children who reached the step in the
 * three years to `asOf` (the scorecard rounds to whole days), or undefined when none did.
 */
export function threeYearAverage(reached: readonly { on: string; days: number }[], asOf: string): number | undefined {
  const since = Temporal.PlainDate.from(asOf).subtract({ years: 3 }).toString();
  const counted = reached.filter((step) => step.on > since && step.on <= asOf);
  if (counted.length === 0) return undefined;
  return Math.round(counted.reduce((sum, step) => sum + step.days, 0) / counted.length);
}
