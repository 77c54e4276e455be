// Due items kept as data: the engine's answer for each child, stored in the transaction of every
// change to their record, so a team's or the county's due work is an indexed query rather than
// the engine over every child's journey on every request. The engine stays the one definition;
// `storedDueItemsDiffer` checks the table against it child by child.
import { Temporal } from 'temporal-polyfill';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { DueItem, DueStatus } from '../../core/timescales/model.ts';
import { stillToDo } from '../../core/timescales/engine.ts';
import { dueItems } from '../timescales/index.ts';
import { councilTimescaleSettings } from '../timescales/settings.ts';
import { loadChildJourneys } from './loadJourney.ts';
import type { DueItemsTable } from './schema.ts';
import { defineJob, latestJob } from '../../platform/jobs/jobs.ts';

/**
 * The engine is run as of a day after anything recorded, so every recorded event counts and every
 * clock is kept with the day it starts; what is due or overdue is read from today at query time.
 */
const everythingRecorded = Temporal.PlainDate.from('2100-12-31');

/** Children recomputed together: few enough to keep memory flat and query parameters within limits. */
const childrenPerBatch = 500;
const rowsPerInsert = 2000;
const childrenPerQuery = 5000;
/** The first key of the advisory locks that serialise recomputing a child ("due" in ASCII). */
const dueItemsLock = 0x647565;

export type StoredDueItem = Selectable<DueItemsTable>;
export type ToDo = StoredDueItem & { status: 'due' | 'overdue' };

const storedFrom = (childId: number, item: DueItem) => ({
  child_id: childId,
  rule: item.rule,
  record_id: item.recordId,
  title: item.title,
  starts_on: item.startedOn.toString(),
  due_on: item.dueOn.toString(),
  due_at: item.dueAt ? new Date(item.dueAt.epochMilliseconds) : null,
  met_on: item.metOn?.toString() ?? null,
  met_late: item.metOn ? item.status === 'metLate' : null,
  episode_ended_on: item.episodeEndedOn?.toString() ?? null,
  source: item.source,
});

/** Replaces these children's due items with the engine's, on the executor given (the writing transaction). */
export async function refreshDueItems(db: Kysely<Database>, childIds: readonly number[]): Promise<void> {
  if (childIds.length === 0) return;
  // One recomputation of a child at a time (a write's and a rebuild's), each reading the journey
  // only once it holds the child: the later one then sees the earlier one's rows. Taken in id
  // order so two never wait on each other; held until the transaction ends.
  await sql`select pg_advisory_xact_lock(${dueItemsLock}, id) from unnest(${[...childIds].sort((a, b) => a - b)}::int[]) as id`.execute(
    db,
  );
  const [journeys, settings] = await Promise.all([loadChildJourneys(db, childIds), councilTimescaleSettings(db)]);
  await db
    .deleteFrom('due_items')
    .where('child_id', 'in', [...childIds])
    .execute();
  const rows = [...journeys].flatMap(([childId, journey]) =>
    dueItems(journey, everythingRecorded, settings).map((item) => storedFrom(childId, item)),
  );
  for (let start = 0; start < rows.length; start += rowsPerInsert)
    await db
      .insertInto('due_items')
      .values(rows.slice(start, start + rowsPerInsert))
      .execute();
}

const allChildIds = async (db: Kysely<Database>) =>
  (await db.selectFrom('children').select('id').orderBy('id').execute()).map((row) => row.id);

/**
 * Every child's due items recomputed, a batch of children per transaction: after a bulk load, or
 * when the council's local standards change.
 */
export async function rebuildDueItems(
  db: Kysely<Database>,
  progress: (done: number, total: number) => void | Promise<void> = () => undefined,
): Promise<number> {
  const ids = await allChildIds(db);
  await progress(0, ids.length);
  for (let start = 0; start < ids.length; start += childrenPerBatch) {
    const batch = ids.slice(start, start + childrenPerBatch);
    await db.transaction().execute((trx) => refreshDueItems(trx, batch));
    await progress(Math.min(start + childrenPerBatch, ids.length), ids.length);
  }
  return ids.length;
}

/** The background job that recomputes every child's due items, after the council changes its local standards. */
export const dueItemsRebuildJob = 'due-items-rebuild';
defineJob(dueItemsRebuildJob, async (db, progress) => {
  await rebuildDueItems(db, progress);
});

/**
 * The rebuild still under way, or the last one if it failed (the lists then still hold the
 * previous standards' dates); nothing once the latest has finished.
 */
export async function dueItemsRebuildState(db: Kysely<Database>) {
  const latest = await latestJob(db, dueItemsRebuildJob);
  return latest && latest.state !== 'done' ? latest : undefined;
}

/** A stored item's status on a day, as the engine would give it: met as stored, else overdue once past its due date. */
export function statusOn(item: Pick<StoredDueItem, 'due_on' | 'met_on' | 'met_late'>, today: string): DueStatus {
  if (item.met_on !== null) return item.met_late ? 'metLate' : 'met';
  return today > item.due_on ? 'overdue' : 'due';
}

/**
 * What is still to do for these children on the day, from the table: clocks started, unmet, and
 * their episode not ended (the rule of `stillToDo`), overdue first and then soonest due.
 */
export async function toDoOf(db: Kysely<Database>, childIds: readonly number[], today: string): Promise<ToDo[]> {
  const found: ToDo[] = [];
  const ids = [...new Set(childIds)];
  for (let start = 0; start < ids.length; start += childrenPerQuery) {
    const rows = await db
      .selectFrom('due_items')
      .selectAll()
      .where('child_id', 'in', ids.slice(start, start + childrenPerQuery))
      .where('met_on', 'is', null)
      .where('starts_on', '<=', today)
      .where((eb) => eb.or([eb('episode_ended_on', 'is', null), eb('episode_ended_on', '>', today)]))
      .execute();
    for (const row of rows) found.push({ ...row, status: today > row.due_on ? 'overdue' : 'due' });
  }
  return found.sort(
    (a, b) => Number(b.status === 'overdue') - Number(a.status === 'overdue') || a.due_on.localeCompare(b.due_on),
  );
}

/**
 * A child's due items on a day as the engine would give them, from the table: every clock started
 * by then, with its status on the day, earliest due first. What the check compares, and what
 * area pages show for their record.
 */
export async function storedDueItemsOf(
  db: Kysely<Database>,
  childId: number,
  today: Temporal.PlainDate,
): Promise<DueItem[]> {
  const on = today.toString();
  const rows = await db
    .selectFrom('due_items')
    .selectAll()
    .where('child_id', '=', childId)
    .where('starts_on', '<=', on)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    rule: row.rule as DueItem['rule'],
    title: row.title,
    childId: String(row.child_id),
    recordId: row.record_id,
    startedOn: Temporal.PlainDate.from(row.starts_on),
    dueOn: Temporal.PlainDate.from(row.due_on),
    ...(row.due_at ? { dueAt: Temporal.Instant.fromEpochMilliseconds(row.due_at.getTime()) } : {}),
    status: statusOn(row, on),
    ...(row.met_on ? { metOn: Temporal.PlainDate.from(row.met_on) } : {}),
    ...(row.episode_ended_on && row.episode_ended_on <= on
      ? { episodeEndedOn: Temporal.PlainDate.from(row.episode_ended_on) }
      : {}),
    source: row.source,
  }));
}

/** One item as both sides are compared: its clock, its status on the day and whether it is still work to do. */
const comparable = (item: {
  rule: string;
  recordId: string;
  dueOn: string;
  metOn: string | null;
  status: DueStatus;
  toDo: boolean;
}) =>
  `${item.rule} ${item.recordId} due ${item.dueOn} met ${item.metOn ?? '-'} ${item.status}${item.toDo ? ' to do' : ''}`;

/**
 * Children whose stored items differ from the engine's answer on the day, with both sides; none
 * when the table is true. `harbour due-items check` and the synthetic county's test read it.
 */
export async function storedDueItemsDiffer(db: Kysely<Database>, today: Temporal.PlainDate) {
  const on = today.toString();
  const settings = await councilTimescaleSettings(db);
  const ids = await allChildIds(db);
  const differing: { childId: number; engine: string[]; stored: string[] }[] = [];
  for (let start = 0; start < ids.length; start += childrenPerBatch) {
    const batch = ids.slice(start, start + childrenPerBatch);
    const [journeys, rows] = await Promise.all([
      loadChildJourneys(db, batch),
      db.selectFrom('due_items').selectAll().where('child_id', 'in', batch).where('starts_on', '<=', on).execute(),
    ]);
    const storedByChild = new Map<number, string[]>();
    for (const row of rows) {
      const status = statusOn(row, on);
      const toDo = row.met_on === null && (row.episode_ended_on === null || row.episode_ended_on > on);
      const list = storedByChild.get(row.child_id) ?? [];
      list.push(
        comparable({ rule: row.rule, recordId: row.record_id, dueOn: row.due_on, metOn: row.met_on, status, toDo }),
      );
      storedByChild.set(row.child_id, list);
    }
    for (const childId of batch) {
      const journey = journeys.get(childId);
      const engine = (journey ? dueItems(journey, today, settings) : [])
        .map((item) =>
          comparable({
            rule: item.rule,
            recordId: item.recordId,
            dueOn: item.dueOn.toString(),
            metOn: item.metOn?.toString() ?? null,
            status: item.status,
            toDo: stillToDo(item, today),
          }),
        )
        .sort();
      const stored = (storedByChild.get(childId) ?? []).sort();
      if (engine.join('\n') !== stored.join('\n')) differing.push({ childId, engine, stored });
    }
  }
  return { children: ids.length, differing };
}
