// The committee report: the indicators an analyst picks for a quarter, assembled in the style of
// the council's quarterly performance report (a heading per area; for each figure a chart of the
// year to the quarter's end, the quarter's months and the year to date, and the analysts' commentary).
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { computeIndicators } from './compute.ts';
import { shownFigure } from './smallNumbers.ts';
import { axisTitles, trendChartSvg } from './chart.ts';
import { monthsEndingWith, seriesPeriods } from './periods.ts';
import type { Quarter } from './quarters.ts';
import { latestCommentary, type Commentary } from './commentary.ts';
import { indicatorGroups, type Indicator, type IndicatorValue, type Period } from './model.ts';

/** The months a report's charts show: the year ending with the quarter's last month. */
export const trendMonthCount = 12;

/** Every period a report reads: each month of the year to the quarter's end, and each year to date. */
export const committeePeriods = (quarter: Quarter): Period[] =>
  seriesPeriods(monthsEndingWith(quarter.months[2]!, trendMonthCount));

export interface ReportFigure {
  label: string;
  value: number | null;
  text: string;
}

export interface ReportIndicator {
  indicator: Indicator;
  /** The year's months, oldest first: the chart and its table. */
  trend: ReportFigure[];
  /** The quarter's three months and the year to date at its end. */
  quarter: ReportFigure[];
  /** The analysts' commentary, as it now reads, on the quarter's months and the year to date at its end. */
  commentary: Commentary[];
}

export interface ReportSection {
  title: string;
  indicators: ReportIndicator[];
}

export interface CommitteeReport {
  quarter: Quarter;
  sections: ReportSection[];
}

/** 'Oct 2025' from a month's period: short enough for a chart's axis. */
const shortLabel = (period: Period) => `${period.label.slice(0, 3)} ${period.label.slice(-4)}`;

/**
 * The report from computed figures: sections in the catalogue's group order, indicators in the
 * order given, figures resting on 1 to 4 withheld when the audience sees aggregates only.
 */
export function assembleCommitteeReport(
  quarter: Quarter,
  indicators: readonly Indicator[],
  values: readonly IndicatorValue[],
  commentary: ReadonlyMap<string, readonly Commentary[]>,
  options: { withholdSmall: boolean },
): CommitteeReport {
  const byKey = new Map(values.map((value) => [`${value.indicatorId} ${value.period}`, value]));
  const periods = committeePeriods(quarter);
  const figure = (indicator: Indicator, period: Period, label: string): ReportFigure => {
    const { value, text } = shownFigure(
      indicator.unit,
      byKey.get(`${indicator.id} ${period.key}`),
      options.withholdSmall,
    );
    return { label, value, text };
  };
  const quarterKeys = new Set(quarter.periods.map((period) => period.key));
  const sections = Object.entries(indicatorGroups).flatMap(([group, title]) => {
    const chosen = indicators.filter((indicator) => indicator.group === group);
    if (!chosen.length) return [];
    return [
      {
        title,
        indicators: chosen.map((indicator) => ({
          indicator,
          trend: periods
            .filter((period) => period.kind === 'month')
            .map((period) => figure(indicator, period, shortLabel(period))),
          quarter: periods
            .filter((period) => quarterKeys.has(period.key))
            .map((period) =>
              figure(indicator, period, period.kind === 'month' ? period.label : `Year to date (${period.label})`),
            ),
          commentary: [...(commentary.get(indicator.id) ?? [])].filter((note) => quarterKeys.has(note.period)),
        })),
      },
    ];
  });
  return { quarter, sections };
}

/** The report computed from the records, each indicator's chart drawn as SVG. */
export async function loadCommitteeReport(
  db: Kysely<Database>,
  quarter: Quarter,
  indicators: readonly Indicator[],
  options: { withholdSmall: boolean },
): Promise<{ report: CommitteeReport; charts: Map<string, string> }> {
  const [values, commentary] = await Promise.all([
    computeIndicators(db, indicators, committeePeriods(quarter)),
    latestCommentary(
      db,
      indicators.map((indicator) => indicator.id),
      quarter.periods.map((period) => period.key),
    ),
  ]);
  const report = assembleCommitteeReport(quarter, indicators, values, commentary, options);
  const months = committeePeriods(quarter).filter((period) => period.kind === 'month');
  const charts = await Promise.all(
    report.sections.flatMap((section) =>
      section.indicators.map(
        async (item) =>
          [
            item.indicator.id,
            await trendChartSvg(
              {
                label: `${item.indicator.title}, ${item.trend[0]!.label} to ${item.trend.at(-1)!.label}`,
                axisTitle: axisTitles[item.indicator.unit],
                points: item.trend.map((figure, i) => ({ month: months[i]!.key, value: figure.value })),
              },
              { width: 480, height: 180 },
            ),
          ] as const,
      ),
    ),
  );
  return { report, charts: new Map(charts) };
}
