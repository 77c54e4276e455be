// What the dashboard and an indicator's page show of a figure: its words, its direction, its RAG and
// its chart, with small numbers withheld from aggregate-only viewers. Shared by both pages.
import type { Temporal } from 'temporal-polyfill';
import type { Indicator, IndicatorValue } from '../../reports/indicators/model.ts';
import { formatValue } from '../../reports/indicators/format.ts';
import { monthPeriod, monthsEndingWith, yearToDatePeriod } from '../../reports/indicators/periods.ts';
import { annualFigure, directionOf, ragAgainst, type Rag } from '../../reports/indicators/judgements.ts';
import { shownFigure, type ShownFigure } from '../../reports/indicators/smallNumbers.ts';
import type { Benchmark } from '../../reports/indicators/benchmarks.ts';
import { axisTitles, trendChartSvg } from '../../reports/indicators/chart.ts';

/** Months from April to this month, inclusive: how much of the year a year to date covers. */
export const monthsSoFar = (month: Temporal.PlainYearMonth) => ((month.month - 4 + 12) % 12) + 1;

const ragWords: Record<Rag, { text: string; classes: string }> = {
  green: { text: 'Green', classes: 'govuk-tag--green' },
  amber: { text: 'Amber', classes: 'govuk-tag--orange' },
  red: { text: 'Red', classes: 'govuk-tag--red' },
};

/** A figure against an earlier one in words: 'Up from 31.2% in February 2026 (better)'. */
function comparedWith(indicator: Indicator, now: ShownFigure, earlier: ShownFigure, label: string) {
  if (now.suppressed || earlier.suppressed) return undefined;
  const moved = directionOf(now.value, earlier.value, indicator.polarity);
  if (!moved) return undefined;
  const words =
    moved.direction === 'same'
      ? `The same as in ${label}`
      : `${moved.direction === 'up' ? 'Up' : 'Down'} from ${earlier.text} in ${label}`;
  return { text: moved.judgement ? `${words} (${moved.judgement})` : words, judgement: moved.judgement };
}

/** The year's figure against the council's target and England's latest benchmark, RAG by the indicator's polarity. */
function againstYear(
  indicator: Indicator,
  yearToDate: ShownFigure,
  month: Temporal.PlainYearMonth,
  target: number | undefined,
  england: Benchmark | undefined,
) {
  const year = yearToDate.suppressed ? null : annualFigure(indicator, yearToDate.value, monthsSoFar(month));
  const rag = (comparator: number | undefined) => {
    const judged = ragAgainst(year, comparator, indicator.polarity);
    return judged && ragWords[judged];
  };
  return {
    yearFigure: formatValue(indicator.unit, year),
    annualised: year !== yearToDate.value,
    target: target === undefined ? undefined : { text: formatValue(indicator.unit, target), rag: rag(target) },
    england: england && {
      text: `${formatValue(indicator.unit, england.value)} (${england.year})`,
      rag: rag(england.value),
    },
  };
}

/** Each month's and year to date's figure of the months, oldest first, as table rows and chart points. */
export function seriesOf(
  indicator: Indicator,
  values: ReadonlyMap<string, IndicatorValue>,
  months: readonly Temporal.PlainYearMonth[],
  aggregatesOnly: boolean,
) {
  return months.map((month) => {
    const inMonth = monthPeriod(month);
    const toDate = yearToDatePeriod(month);
    return {
      month: month.toString(),
      label: inMonth.label,
      inMonth: shownFigure(indicator.unit, values.get(inMonth.key), aggregatesOnly),
      yearToDate: shownFigure(indicator.unit, values.get(toDate.key), aggregatesOnly),
    };
  });
}

export type SeriesRow = ReturnType<typeof seriesOf>[number];

/** A target is drawn across a monthly chart only where a month's figure is on the year's scale (not a flow added up over the year). */
const drawnTarget = (indicator: Indicator, target: number | undefined) =>
  target !== undefined && annualFigure(indicator, target, 1) === target ? target : undefined;

/** The chart of a series' monthly figures, named for screen readers. */
export function seriesChart(
  indicator: Indicator,
  rows: readonly SeriesRow[],
  anyTarget?: number,
  size?: { width: number; height: number },
) {
  const target = drawnTarget(indicator, anyTarget);
  const withTarget = target === undefined ? '' : `, with the target of ${formatValue(indicator.unit, target)}`;
  return trendChartSvg(
    {
      label: `${indicator.title}, each month from ${rows[0]!.label} to ${rows.at(-1)!.label}${withTarget}`,
      axisTitle: axisTitles[indicator.unit],
      points: rows.map((row) => ({ month: row.month, value: row.inMonth.value })),
      target,
    },
    size,
  );
}

/** An indicator's tile on the dashboard: the month's figure and year to date, their direction, RAG and trend. */
export async function tileOf(
  indicator: Indicator,
  values: ReadonlyMap<string, IndicatorValue>,
  month: Temporal.PlainYearMonth,
  chartMonths: number,
  context: { target?: number; england?: Benchmark; aggregatesOnly: boolean; withChart: boolean },
) {
  const rows = seriesOf(indicator, values, monthsEndingWith(month, chartMonths), context.aggregatesOnly);
  const [previous, latest] = rows.slice(-2) as [SeriesRow, SeriesRow];
  const lastYear = rows.at(-13);
  return {
    indicator,
    latest,
    vsPreviousMonth: comparedWith(indicator, latest.inMonth, previous.inMonth, previous.label),
    vsLastYear: lastYear && comparedWith(indicator, latest.inMonth, lastYear.inMonth, lastYear.label),
    against: againstYear(indicator, latest.yearToDate, month, context.target, context.england),
    rows,
    chart: context.withChart ? await seriesChart(indicator, rows, context.target) : undefined,
  };
}

/** England's figure for the latest year loaded, where there is one. */
export const latestEngland = (benchmarks: readonly Benchmark[], indicatorId: string) =>
  benchmarks
    .filter((b) => b.indicatorId === indicatorId && b.area === 'England')
    .sort((a, b) => b.year.localeCompare(a.year))[0];
