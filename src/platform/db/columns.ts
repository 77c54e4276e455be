import type { ColumnType, Generated } from 'kysely';

/** Column shapes every record table shares. */
export type Id = Generated<number>;
/** A calendar date, always 'YYYY-MM-DD' on both engines. */
export type DateColumn = string;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Version = Generated<number>;
export type Flag = Generated<boolean>;
export type Json<T = Record<string, unknown>> = ColumnType<T, string, string>;

/** Who created and last changed a record, and its version for optimistic concurrency. */
export interface Tracked {
  created_at: CreatedAt;
  created_by: number | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_by: number | null;
  version: Version;
}
