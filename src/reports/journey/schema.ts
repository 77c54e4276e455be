import type { DateColumn, Id } from '../../platform/db/columns.ts';

/** Each child's due items as the engine last computed them (app migration 0052); the status is read at query time. */
export interface DueItemsTable {
  id: Id;
  child_id: number;
  rule: string;
  record_id: string;
  title: string;
  starts_on: DateColumn;
  due_on: DateColumn;
  due_at: Date | null;
  met_on: DateColumn | null;
  met_late: boolean | null;
  episode_ended_on: DateColumn | null;
  source: string;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    due_items: DueItemsTable;
  }
}
