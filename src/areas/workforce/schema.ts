import type { ColumnType } from 'kysely';
import type { DateColumn, Flag, Id, Tracked, Version } from '../../platform/db/columns.ts';

/** The workforce area's tables. */
export interface WorkforceTables {
  workers: {
    id: Id;
    user_id: number | null;
    name: string;
    role: string;
    team_id: number | null;
    start_date: DateColumn;
    end_date: DateColumn | null;
    full_time_equivalent: ColumnType<number, number | undefined, number>;
    is_agency: Flag;
    is_synthetic: Flag;
    version: Version;
  };
  allocations: Tracked & {
    id: Id;
    child_id: number;
    worker_id: number;
    team_id: number;
    start_date: DateColumn;
    end_date: DateColumn | null;
  };
}

declare module '../../platform/db/schema.ts' {
  interface Database extends WorkforceTables {}
}
