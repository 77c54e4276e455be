// What a figure says against the figure before it, a target and a benchmark: pure functions of
// plain numbers. (What an aggregate-only viewer may see of it is smallNumbers.ts.)
import type { Indicator, Polarity } from './model.ts';

export type Rag = 'green' | 'amber' | 'red';

/** How close to a target or benchmark, on the wrong side of it, is still amber: 5 % of it. */
export const amberWithin = 0.05;

/**
 * RAG against a target or benchmark: green at or better than it (by the indicator's polarity),
 * amber worse but within 5 % of it, red otherwise; none for a neutral indicator or a missing figure.
 */
export function ragAgainst(
  value: number | null,
  comparator: number | null | undefined,
  polarity: Polarity,
): Rag | undefined {
  if (value === null || comparator === null || comparator === undefined || polarity === 'neutral') return undefined;
  const worseBy = polarity === 'higher' ? comparator - value : value - comparator;
  if (worseBy <= 0) return 'green';
  // Figures have one decimal place: a hair of floating-point error must not turn 23.1 against 22 red.
  return worseBy <= Math.abs(comparator) * amberWithin + 1e-9 ? 'amber' : 'red';
}

export type Direction = 'up' | 'down' | 'same';

/** Which way a figure moved since an earlier one, and whether that is better or worse by its polarity. */
export function directionOf(
  value: number | null,
  earlier: number | null | undefined,
  polarity: Polarity,
): { direction: Direction; judgement?: 'better' | 'worse' } | undefined {
  if (value === null || earlier === null || earlier === undefined) return undefined;
  const direction: Direction = value > earlier ? 'up' : value < earlier ? 'down' : 'same';
  if (direction === 'same' || polarity === 'neutral') return { direction };
  return { direction, judgement: (direction === 'up') === (polarity === 'higher') ? 'better' : 'worse' };
}

/**
 * The year's figure to hold against an annual target or benchmark: the year to date, scaled up to
 * twelve months for a flow counted or rated over the year (referrals per 10,000 in a year), as is.
 */
export function annualFigure(
  indicator: Pick<Indicator, 'unit' | 'measure'>,
  yearToDate: number | null,
  monthsSoFar: number,
): number | null {
  if (yearToDate === null) return null;
  const adds = indicator.measure === 'flow' && (indicator.unit === 'count' || indicator.unit === 'rate10k');
  return adds ? Math.round(((yearToDate * 12) / monthsSoFar) * 10) / 10 : yearToDate;
}
