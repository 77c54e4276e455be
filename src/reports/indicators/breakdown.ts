// An indicator's figure for one period by team or by locality, with the county's figure, for the
// breakdown page and its map. Aggregates only: no child is named. Small numbers are withheld from
// audiences who see aggregates published (leaders, members), as the DfE's statistics withhold them.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { breakdownOf, computeIndicators, valueOf } from './compute.ts';
import { countyLocalities } from './localityMap.ts';
import type { Breakdown, Indicator, IndicatorUnit, Period } from './model.ts';
import { shownFigure, withheldWords } from './smallNumbers.ts';

export interface BreakdownRow {
  group: string;
  numerator: number;
  denominator: number;
  value: number | null;
  /** The figure as printed: withheld figures print as `withheldWords` and have no value. */
  text: string;
  withheld: boolean;
}

export interface IndicatorBreakdown {
  by: Breakdown;
  /**
   * The unit the groups' figures are in. A rate per 10,000 has no denominator by team or locality
   * (population estimates are for the whole county), so its groups show the count it is made of.
   */
  unit: IndicatorUnit;
  rows: BreakdownRow[];
  county: BreakdownRow;
}

/** The unit an indicator's groups are shown in: its own, except rates, shown as counts. */
export const groupUnit = (indicator: Indicator): IndicatorUnit =>
  indicator.unit === 'rate10k' ? 'count' : indicator.unit;

/** What a row with no group stands for: a child with no team, no home address, or a record without the value. */
const noGroup: Partial<Record<Breakdown, string>> = { team: 'No team allocated', locality: 'No home address recorded' };

/** A row of a figure and its parts, the figure withheld when asked and it rests on a small number. */
function shownRow(
  group: string,
  unit: IndicatorUnit,
  figure: { numerator: number; denominator: number; value: number | null },
  options: { withholdSmall: boolean },
): BreakdownRow {
  const { value, text, suppressed } = shownFigure(unit, figure, options.withholdSmall);
  return { group, numerator: figure.numerator, denominator: figure.denominator, value, withheld: suppressed, text };
}

/** One group's row, its figure withheld when asked and it rests on a small number. */
export function breakdownRow(
  group: string,
  unit: IndicatorUnit,
  counts: { numerator: number; denominator: number },
  options: { withholdSmall: boolean },
): BreakdownRow {
  // Never a rate here (groupUnit): no population to divide by.
  return shownRow(group, unit, { ...counts, value: valueOf(unit, counts.numerator, counts.denominator, 0) }, options);
}

/**
 * When only one group's figure is withheld, the county's total less the others would give it away:
 * the next smallest group shown (with something counted) is withheld with it.
 */
export function withholdComplement(rows: readonly BreakdownRow[]): BreakdownRow[] {
  if (rows.filter((row) => row.withheld).length !== 1) return [...rows];
  const shown = rows.filter((row) => !row.withheld && row.numerator + row.denominator > 0);
  const next = shown.sort((a, b) => a.numerator + a.denominator - (b.numerator + b.denominator))[0];
  return rows.map((row) => (row === next ? { ...row, value: null, withheld: true, text: withheldWords } : row));
}

/**
 * The figure by group, every locality listed (a locality with nothing counted shows its nothing),
 * and the county's figure in the indicator's own unit.
 */
export async function indicatorBreakdown(
  db: Kysely<Database>,
  indicator: Indicator,
  period: Period,
  by: Breakdown,
  options: { withholdSmall: boolean },
): Promise<IndicatorBreakdown> {
  const [groups, [county]] = await Promise.all([
    breakdownOf(db, indicator, period, by),
    computeIndicators(db, [indicator], [period]),
  ]);
  const unit = groupUnit(indicator);
  const found = new Map(groups.map((row) => [row.group ?? '', row]));
  const names =
    by === 'locality'
      ? [...countyLocalities.map((locality) => locality.name), ...groups.flatMap((row) => row.group ?? [])]
      : groups.flatMap((row) => row.group ?? []);
  const rows = [...new Set(names)].map((name) =>
    breakdownRow(name, unit, found.get(name) ?? { numerator: 0, denominator: 0 }, options),
  );
  const unplaced = found.get('');
  if (unplaced) rows.push(breakdownRow(noGroup[by] ?? 'Not recorded', unit, unplaced, options));
  return { by, unit, rows: withholdComplement(rows), county: shownRow('County', indicator.unit, county!, options) };
}
