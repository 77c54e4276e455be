import type { ColumnType, Generated } from 'kysely';

export interface HarbourSettingsTable {
  key: string;
  value: string;
  /** Each save of a council setting adds one (0044); a save names the version it replaces. */
  version: Generated<number>;
}

/**
 * Every table. The database holds only its own settings here; the platform's access tables
 * (src/platform/access/schema.ts) and each area's (its schema.ts) add theirs with
 * `declare module '…/platform/db/schema.ts' { interface Database extends TheirTables {} }`,
 * so the whole type is composed from its parts rather than listed here.
 */
export interface Database {
  harbour_settings: HarbourSettingsTable;
}

/** A timestamp column written as a Date or ISO text. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
