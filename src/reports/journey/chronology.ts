import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import {
  amendmentChronology,
  inDateOrder,
  type ChronologyEvent,
  type ChronologySource,
} from '../../platform/records/chronology.ts';
import { siblingIds } from '../../areas/people/index.ts';
import { areas } from '../../areas/all.ts';

/** Each area's events in the order of the child's journey (a day's events keep it), then corrections. */
const sources: ChronologySource[] = [
  ...areas.flatMap((area) => (area.chronology ? [area.chronology] : [])),
  amendmentChronology,
];

/**
 * Every event of the child, from the earliest concern, in date order — with their brothers' and
 * sisters' events when asked — or only the latest few (the child's page). An event about several
 * of them (one contact about three siblings) appears once, naming each child.
 */
export async function chronology(
  db: Kysely<Database>,
  childId: number,
  options: { includeSiblings?: boolean; latest?: number } = {},
): Promise<ChronologyEvent[]> {
  const childIds = options.includeSiblings ? [childId, ...(await siblingIds(db, childId))] : [childId];
  const reach = { latest: options.latest };
  const events = (await Promise.all(sources.map((source) => source(db, childIds, reach)))).flat();
  const seen = new Set<string>();
  const unique = events.filter((event) => {
    const key = `${event.recordType}:${event.recordId}:${event.type}:${event.date}:${event.summary}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const ordered = inDateOrder(unique);
  return options.latest ? ordered.slice(-options.latest) : ordered;
}

/** The kinds of event present, for the page's filter. */
export const eventTypes = (events: ChronologyEvent[]) => [...new Set(events.map((event) => event.type))].sort();
