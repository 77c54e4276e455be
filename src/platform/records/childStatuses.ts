import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Where children are in their journey on a day ("Child in need", "Child protection plan", "Looked
 * after", "Care leaver"…), derived from their whole record. Reports provide it; the app hands it to
 * the pages, so an area's page (the front door's decision) can show it without reaching up into reports.
 */
export interface ChildStatuses {
  statusesOf(db: Kysely<Database>, childIds: readonly number[], on: string): Promise<Map<number, string[]>>;
}
