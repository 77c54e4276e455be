import type { Generated, Selectable } from 'kysely';
import type { Id } from '../db/columns.ts';

/** Where a job has got (the check on background_jobs.state). */
export const jobStates = ['queued', 'running', 'done', 'failed'] as const;

/** Work run in the background, with its progress (platform migration 0053). */
export interface BackgroundJobsTable {
  id: Id;
  kind: string;
  state: Generated<(typeof jobStates)[number]>;
  done: Generated<number>;
  total: number | null;
  requested_by: string;
  queued_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
  error: string | null;
}

export type BackgroundJob = Selectable<BackgroundJobsTable>;

declare module '../db/schema.ts' {
  interface Database {
    background_jobs: BackgroundJobsTable;
  }
}
