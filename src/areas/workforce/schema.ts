import type { ColumnType } from 'kysely';
import type { DateColumn, Flag, Id, Tracked, Version } from '../../platform/db/columns.ts';
import type { ImportedFrom } from '../../platform/records/imported.ts';
import type { SocialWorkerChangeReason } from './codes.ts';

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
    /** Social Work England registration number (SW and digits): the 903's SW_ID. */
    swe_registration_number: string | null;
    /** The local id (XX…) a past return named a worker by, for a worker known only from it. */
    previous_system_id: string | null;
    /** The return a worker known to Harbour only from a past return came from. */
    imported_from: ImportedFrom | null;
    version: Version;
  };
  allocations: Tracked & {
    id: Id;
    child_id: number;
    worker_id: number;
    team_id: number;
    start_date: DateColumn;
    end_date: DateColumn | null;
    /** Why the child was assigned this social worker (903 SW_REASON); null on allocations made before it was asked. */
    change_reason: SocialWorkerChangeReason | null;
    imported_from: ImportedFrom | null;
  };
}

declare module '../../platform/db/schema.ts' {
  interface Database extends WorkforceTables {}
}
