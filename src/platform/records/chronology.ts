import { longDate } from '../../core/dateText.ts';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';
import { londonDateOf } from '../../core/clock.ts';

/**
 * One line in a child's chronology. Each area turns its own rows into these
 * (src/<area>/chronology.ts); the chronology merges them in date order.
 */
export interface ChronologyEvent {
  /** The calendar date the event happened, 'YYYY-MM-DD' (England). */
  date: string;
  /** When the event has a time (a contact received, a child going missing). */
  at?: Date;
  /** What kind of event, for the filter: 'contact', 'referral', 'visit', 'period-of-care'… */
  type: string;
  /** A one-line summary in plain English, as a social worker would write it. */
  summary: string;
  /** Every child the event is about: a contact about three siblings names all three, once. */
  childIds: number[];
  recordType: string;
  recordId: number;
  /** The children the summary names, so a restricted one's name can be withheld from it. */
  names?: readonly { childId: number; name: string }[];
}

/** How a child whose restricted record the reader may not open appears in another child's events. */
export const restrictedRecordName = 'a child whose record is restricted';

/** Text with each of these names taken out (give a full name before the forename it starts with). */
export const withoutNames = (text: string, names: readonly string[]) =>
  names.reduce((shown, name) => shown.split(name).join(restrictedRecordName), text);

/**
 * The events someone may see: an event only about children they may not know of is left out,
 * and those children's names are taken out of the rest.
 */
export function withholdRestricted(
  events: readonly ChronologyEvent[],
  withheld: ReadonlySet<number>,
): ChronologyEvent[] {
  if (withheld.size === 0) return [...events];
  return events
    .filter((event) => !event.childIds.every((id) => withheld.has(id)))
    .map((event) => {
      const hidden = (event.names ?? []).filter((named) => withheld.has(named.childId));
      if (hidden.length === 0) return event;
      const summary = withoutNames(
        event.summary,
        hidden.map((named) => named.name),
      );
      return { ...event, summary, names: event.names!.filter((named) => !withheld.has(named.childId)) };
    });
}

/**
 * How far back a reader looks. The child's page shows only the latest events: a source may then
 * return only its latest `latest` events (all of them when it has fewer) instead of every one.
 */
export interface ChronologyReach {
  latest?: number;
}

/** What each area offers the chronology: its events for any of these children. */
export type ChronologySource = (
  db: Kysely<Database>,
  childIds: number[],
  reach?: ChronologyReach,
) => Promise<ChronologyEvent[]>;

/**
 * A one-table read of a source's rows in the order it gives them (by id), cut to the rows behind
 * the latest events when the reader asks for only those: newest by the latest of the dates its
 * events fall on, so every row holding one of the latest `latest` events is among them.
 */
export async function rowsWithin<DB, TB extends keyof DB, O extends { id: number }>(
  reach: ChronologyReach | undefined,
  query: SelectQueryBuilder<DB, TB, O>,
  ...eventDates: string[]
): Promise<O[]> {
  if (!reach?.latest) return query.execute();
  const latest = await query
    .clearOrderBy()
    .orderBy(sql`greatest(${sql.join(eventDates.map((column) => sql.ref(column)))})`, 'desc')
    .orderBy(sql.ref('id'), 'desc')
    .limit(reach.latest)
    .execute();
  return latest.sort((a, b) => a.id - b.id);
}

/**
 * Events by date, then time; events of one day keep the order the source gave them (the order
 * things happen in a case: discussion, enquiry, conference, plan). The sort is stable.
 */
export function inDateOrder(events: ChronologyEvent[]): ChronologyEvent[] {
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
}

/** One event about one child's record (every table but contacts holds one child). */
export const childEvent = (
  recordType: string,
  row: { id: number; child_id: number },
  date: string,
  type: string,
  summary: string,
): ChronologyEvent => ({
  date,
  type,
  summary,
  childIds: [row.child_id],
  recordType,
  recordId: row.id,
});

/** The date an instant fell on in England (the one definition is core's). */
export { londonDateOf };

const fieldNames = (field: string) => field.replace(/_/g, ' ');
// A corrected date reads as the rest of the chronology does (2 December 2026), not as it is stored.
const storedDay = /^\d{4}-\d{2}-\d{2}$/;
const shown = (value: unknown) => {
  if (value === null || value === undefined || value === '') return 'blank';
  if (typeof value === 'string') return storedDay.test(value) ? longDate(value) : value;
  return JSON.stringify(value);
};

/** Corrections join the chronology: what changed, from what, and why. */
export const amendmentChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('record_amendments')
    .leftJoin('users', 'users.id', 'record_amendments.amended_by')
    .selectAll('record_amendments')
    .select('users.display_name as amended_by_name')
    .where('child_id', 'in', childIds)
    .execute();
  return rows.map((row) => ({
    date: londonDateOf(row.amended_at),
    at: row.amended_at,
    type: 'amendment',
    summary: `Record corrected (${fieldNames(row.table_name)}): ${fieldNames(row.field)} changed from ${shown(row.previous_value)} to ${shown(row.new_value)} by ${row.amended_by_name ?? 'the system'}. Reason: ${row.reason}`,
    childIds: [row.child_id!],
    recordType: 'record_amendments',
    recordId: row.id,
  }));
};
