// An SSDA903 table as the CSV the DfE's collection takes: the header row exactly as the guide names
// the columns (tables.ts), then a row per record, every value as text.
import { stringify } from 'csv-stringify/sync';
import type { RowRef903, TableName, Tables903 } from './tables.ts';
import { tableColumns, tablesInYear } from './tables.ts';

export function csvOf903Table(table: TableName, rows: readonly RowRef903[]): string {
  const columns: readonly string[] = tableColumns[table];
  const values = rows.map((row) => columns.map((column) => (row as unknown as Record<string, string>)[column] ?? ''));
  return stringify([[...columns], ...values], { record_delimiter: '\r\n' });
}

/** Each table of the year's return as its file: `Header.csv`, `Episodes.csv`… */
export const files903 = (tables: Tables903, firstYear: number): { name: string; text: string }[] =>
  tablesInYear(firstYear).map((table) => ({ name: `${table}.csv`, text: csvOf903Table(table, tables[table]) }));
