import type { ColumnType } from 'kysely';
import type { Id, Timestamp } from '../../platform/db/columns.ts';

/** Every indicator's figure for each month and year to date, as the last refresh computed them (app migration 0101). */
export interface IndicatorValuesTable {
  indicator_id: string;
  period: string;
  value: number | null;
  numerator: number;
  denominator: number;
  computed_at: Timestamp;
}

/** Published figures to compare with (England, statistical neighbours, region), loaded from a CSV (0102). */
export interface IndicatorBenchmarksTable {
  id: Id;
  indicator_id: string;
  /** The reporting year, '2023-24'. */
  year: string;
  area: string;
  value: number;
  source: string;
  loaded_at: ColumnType<Date, Date | string | undefined, Date | string>;
  loaded_by: string | null;
}

/** Analysts' commentary on a figure: each save a new row, the latest shown (0103). */
export interface IndicatorCommentaryTable {
  id: Id;
  indicator_id: string;
  period: string;
  body: string;
  written_by: number | null;
  written_by_name: string;
  written_at: ColumnType<Date, Date | string | undefined, never>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    indicator_values: IndicatorValuesTable;
    indicator_benchmarks: IndicatorBenchmarksTable;
    indicator_commentary: IndicatorCommentaryTable;
  }
}
