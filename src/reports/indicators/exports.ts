// Indicator figures as CSV and XLSX for analysts' own tools: an indicator's series, or a committee
// report's figures. Aggregates only: no export names a child.
import type { Indicator, IndicatorValue, Period } from './model.ts';
import { restsOnSmallNumber, withheldMark } from './smallNumbers.ts';

type Cell = string | number | null;

/** A table to export: its columns (key and heading) and its rows, cells blank where null. */
export interface ExportTable {
  title: string;
  columns: readonly { key: string; header: string }[];
  rows: readonly Record<string, Cell>[];
}

const kindNames: Record<Period['kind'], string> = { month: 'month', 'year-to-date': 'year to date', months: 'months' };

const figureColumns = [
  { key: 'period', header: 'period' },
  { key: 'kind', header: 'kind' },
  { key: 'value', header: 'value' },
  { key: 'numerator', header: 'numerator' },
  { key: 'denominator', header: 'denominator' },
  { key: 'unit', header: 'unit' },
] as const;

/** Whether figures resting on 1 to 4 are withheld (leaders and members): a cell holds `withheldMark`, not the words a page shows. */
interface Audience {
  withholdSmall: boolean;
}

/** One figure's row: the period's key ('2025-12', '2025-12-ytd'), its kind, the figure and its parts. */
function figureRow(indicator: Indicator, period: Period, value: IndicatorValue | undefined, audience: Audience) {
  const withheld =
    audience.withholdSmall &&
    value !== undefined &&
    restsOnSmallNumber(indicator.unit, value.numerator, value.denominator);
  return {
    period: period.key,
    kind: kindNames[period.kind],
    value: withheld ? withheldMark : (value?.value ?? null),
    numerator: withheld ? withheldMark : (value?.numerator ?? null),
    denominator: withheld ? withheldMark : (value?.denominator ?? null),
    unit: indicator.unit,
  };
}

const valueFinder = (values: readonly IndicatorValue[]) => {
  const byKey = new Map(values.map((value) => [`${value.indicatorId} ${value.period}`, value]));
  return (indicator: Indicator, period: Period) => byKey.get(`${indicator.id} ${period.key}`);
};

/** An indicator's series: each period given, in order. */
export function seriesTable(
  indicator: Indicator,
  periods: readonly Period[],
  values: readonly IndicatorValue[],
  audience: Audience,
): ExportTable {
  const find = valueFinder(values);
  return {
    title: indicator.title,
    columns: figureColumns,
    rows: periods.map((period) => figureRow(indicator, period, find(indicator, period), audience)),
  };
}

/** Several indicators' figures over the same periods, each row led by its indicator's id and title. */
export function figuresTable(
  title: string,
  indicators: readonly Indicator[],
  periods: readonly Period[],
  values: readonly IndicatorValue[],
  audience: Audience,
): ExportTable {
  const find = valueFinder(values);
  return {
    title,
    columns: [{ key: 'indicator', header: 'indicator' }, { key: 'title', header: 'title' }, ...figureColumns],
    rows: indicators.flatMap((indicator) =>
      periods.map((period) => ({
        indicator: indicator.id,
        title: indicator.title,
        ...figureRow(indicator, period, find(indicator, period), audience),
      })),
    ),
  };
}

/** The table's rows as cells in its columns' order (for a CSV: the web's sendCsv makes each cell safe). */
export const tableCells = (table: ExportTable): Cell[][] =>
  table.rows.map((row) => table.columns.map((column) => row[column.key] ?? null));

/** An Excel workbook of one sheet: a bold header row, numbers as numbers, blank cells where null. */
export async function tableXlsx(table: ExportTable): Promise<Buffer> {
  // Loaded when first used, not by every process that imports the app (each test file, the server).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Harbour';
  // Excel's sheet names are at most 31 characters and cannot hold : \ / ? * [ ].
  const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  sheet.columns = table.columns.map((column) => ({ header: column.header, key: column.key, width: 16 }));
  sheet.getRow(1).font = { bold: true };
  // Cells are written as values, never formulas, so text a spreadsheet would run stays text.
  for (const cells of tableCells(table)) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
