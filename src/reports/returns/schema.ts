import type { ColumnType, Generated } from 'kysely';
import type { Id, Timestamp } from '../../platform/db/columns.ts';

/** One validation of Harbour's own return for a year (app migration 0108). */
export interface ReturnValidationRunsTable {
  id: Id;
  return_kind: '903' | 'cin';
  collection_year: string;
  started_at: Timestamp;
  finished_at: Timestamp;
  errors: number;
  queries: number;
  rules_run: number;
  rules_not_run: ColumnType<{ rule: string; reason: string }[], string, string>;
  requested_by: string;
}

/** What a run found, each linked to its child and the page where it is fixed (0108). */
export interface ReturnFindingsTable {
  id: Generated<string>;
  run_id: number;
  child_id: number | null;
  rule: string;
  table_name: string;
  row_number: number | null;
  message: string;
  is_query: boolean;
  fix_path: string | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    return_validation_runs: ReturnValidationRunsTable;
    return_findings: ReturnFindingsTable;
  }
}
