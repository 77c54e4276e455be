// `harbour seed --report`: the county's own figures beside the profile's, each with its tolerance.
// Each figure is the performance indicator of the same id (src/reports/indicators), computed from
// the records in SQL: one definition of each figure, whether an analyst or the generator asks.
import { Temporal } from 'temporal-polyfill';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { computeIndicator, populationByYear, populationFor } from '../../reports/indicators/compute.ts';
import { indicatorById } from '../../reports/indicators/catalogue.ts';
import { monthPeriod } from '../../reports/indicators/periods.ts';
import type { Period } from '../../reports/indicators/model.ts';
import { textTable } from '../textTable.ts';
import { calibrationTargets, countySettings, withinTolerance, type CalibrationTarget } from './settings.ts';

export interface ReportLine {
  target: CalibrationTarget;
  /** The profile's figure, scaled to the county's population for counts. */
  expected: number;
  actual: number;
  pass: boolean;
}

export interface CountyReport {
  endDate: string;
  population: number;
  scale: number;
  lines: ReportLine[];
}

/**
 * The 12 whole months ending with the end date's month (or the month before, when the end date is
 * not a month's last day): flows are counted over them, stocks as at their last day.
 */
export function lastTwelveMonths(endDate: string): Period {
  const end = Temporal.PlainDate.from(endDate);
  const lastMonth = end.toPlainYearMonth().subtract({ months: end.day === end.daysInMonth ? 0 : 1 });
  const last = monthPeriod(lastMonth);
  const first = monthPeriod(lastMonth.subtract({ months: 11 }));
  return {
    key: 'last-12-months',
    kind: 'months',
    label: `${first.label} to ${last.label}`,
    starts: first.starts,
    ends: last.ends,
  };
}

export async function countyReport(db: Kysely<Database>, endDate: string): Promise<CountyReport> {
  const period = lastTwelveMonths(endDate);
  const populations = await populationByYear(db);
  const population = populationFor(period, populations);
  const scale = population / countySettings.population.childrenAtScale1;
  const lines: ReportLine[] = [];
  for (const target of calibrationTargets) {
    const indicator = indicatorById(target.id);
    if (!indicator) throw new Error(`The calibration target ${target.id} names no indicator`);
    const [figure] = await computeIndicator(db, indicator, [period], populations);
    const expected = target.unit === 'count' ? Math.round(target.value * scale * 10) / 10 : target.value;
    const actual = figure?.value ?? 0;
    lines.push({ target, expected, actual, pass: withinTolerance({ ...target, value: expected }, actual) });
  }
  return { endDate: period.ends, population, scale: Math.round(scale * 100) / 100, lines };
}

/** The report as a plain-text table for the terminal. */
export function formatReport(report: CountyReport): string {
  const unit = (line: ReportLine) =>
    line.target.unit === 'percent' ? ' %' : line.target.unit === 'rate10k' ? ' /10k' : '';
  const tolerance = (line: ReportLine) => (line.target.unit === 'percent' ? '±3 pts' : '±10 %');
  const rows = report.lines.map((line) => [
    line.target.title,
    `${line.actual}${unit(line)}`,
    `${line.expected}${unit(line)}`,
    tolerance(line),
    line.pass ? 'pass' : 'FAIL',
  ]);
  const header = ['Figure', 'County', 'Profile', 'Tolerance', 'Result'];
  const failed = report.lines.filter((line) => !line.pass).length;
  return [
    `Synthetic county report at ${report.endDate}: ${report.population.toLocaleString('en-GB')} children under 18 (scale ${report.scale}); last 12 months for flows.`,
    '',
    ...textTable(header, rows),
    '',
    failed
      ? `${failed} of ${report.lines.length} figures outside tolerance.`
      : `All ${report.lines.length} figures within tolerance.`,
    'Sources: see src/synth/settings.ts (profile rows, or England approx. where the profile gives none).',
  ].join('\n');
}
