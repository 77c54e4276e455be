// What an area tells the rest of Harbour about itself. Each area folder exports one of these
// from its module.ts; src/areas/all.ts lists them, and every loader (migrations, routes, views,
// navigation, the child's page links, the journey, the chronology) iterates that list.
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.ts';
import type { RouteTable } from './web/routeSpec.ts';
import type { NavigationItem } from './web/navigation.ts';
import type { ChildRecordLink } from './web/childLinks.ts';
import type { ChronologySource } from './records/chronology.ts';

/** One area's part of the child's journey for each of these children (every child asked about has an entry). */
export type AreaJourneys<Part> = (db: Kysely<Database>, childIds: readonly number[]) => Promise<Map<number, Part>>;

export interface AreaModule {
  /** The area's folder under src/areas; its templates sit in views/<name>/. */
  name: string;
  /** The folder of its migrations (NNNN_name.ts), run with every other area's in name order. */
  migrations?: string;
  /** The folder holding views/<name>/. */
  views?: string;
  routes?: readonly RouteTable[];
  navigation?: readonly NavigationItem[];
  /** Links on the child's page to the area's records. */
  childLinks?: readonly ChildRecordLink[];
  /** Its part of the child's journey, as the timescale rules read it. */
  journey?: AreaJourneys<object>;
  /** Its events in the child's chronology. */
  chronology?: ChronologySource;
}
