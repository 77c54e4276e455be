import type { ColumnType, Generated } from 'kysely';
import type { Id, Json, Timestamp } from '../../platform/db/columns.ts';

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

/** A return built from the Returns page for download, with the job that builds it (app migration 0109). */
export interface ReturnFilesTable {
  id: Id;
  job_id: number;
  return_kind: '903' | 'cin' | 'annex-a' | 'csc-api';
  parameters: Json<{ year?: string; asAt?: string }>;
  requested_by: string;
  requested_at: ColumnType<Date, Date | string | undefined, never>;
  built_at: Date | null;
  file_name: string | null;
  content_type: string | null;
  content: Buffer | null;
  child_ids: ColumnType<number[], number[] | undefined, number[]>;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    return_files: ReturnFilesTable;
  }
}
