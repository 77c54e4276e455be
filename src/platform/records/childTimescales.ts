import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../db/schema.ts';
import type { DueItem } from '../../core/timescales/model.ts';
import type { TimescaleSettings } from '../../core/timescales/settings.ts';

/**
 * What a child's timescales are, as the engine computed them with their record (their stored due
 * items). Reports provide it; the app hands it to the pages, so an area's page can show its
 * record's deadline without reaching up into reports.
 */
export interface ChildTimescales {
  dueItemsOfChild(db: Kysely<Database>, childId: number, today: Temporal.PlainDate): Promise<DueItem[]>;
  /** The council's local standards, every area's, laid over their defaults. */
  councilSettings(db: Kysely<Database>): Promise<TimescaleSettings>;
}
