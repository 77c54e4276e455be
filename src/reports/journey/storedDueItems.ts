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
 * True when children are recorded but none has due items: a database that had children before due
 * items were kept (an upgrade), or a load cut off before its rebuild. `serve` then starts one.
 */
export async function dueItemsMissing(db: Kysely<Database>): Promise<boolean> {
  const [child, item] = await Promise.all([
    db.selectFrom('children').select('id').limit(1).executeTakeFirst(),
    db.selectFrom('due_items').select('id').limit(1).executeTakeFirst(),
  ]);
  return child !== undefined && item === undefined;
}

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
    for (const row of rows) found.push({ ...row, status: statusOn(row, today) as ToDo['status'] });
  }
  return found.sort(
    (a, b) => Number(b.status === 'overdue') - Number(a.status === 'overdue') || a.due_on.localeCompare(b.due_on),
  );
}

/** A stored row as the engine's item on a day: the episode's end only once it is known by then, as the engine has it. */
function asDueItem(row: StoredDueItem, on: string): DueItem {
  return {
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
  };
}

/** These children's stored items whose clocks have started by the day, earliest due first. */
const startedItems = (db: Kysely<Database>, childIds: readonly number[], on: string) =>
  db
    .selectFrom('due_items')
    .selectAll()
    .where('child_id', 'in', [...childIds])
    .where('starts_on', '<=', on)
    .orderBy('due_on')
    .orderBy('id')
    .execute();

/**
 * A child's due items on a day as the engine would give them, from the table: every clock started
 * by then, with its status on the day, earliest due first. What area pages show for their record.
 */
export async function storedDueItemsOf(
  db: Kysely<Database>,
  childId: number,
  today: Temporal.PlainDate,
): Promise<DueItem[]> {
  const on = today.toString();
  return (await startedItems(db, [childId], on)).map((row) => asDueItem(row, on));
}

/** One item as both sides are compared: its clock, its status on the day and whether it is still work to do. */
const comparable = (item: DueItem, toDo: boolean) =>
  `${item.rule} ${item.recordId} ${item.title} starts ${item.startedOn.toString()} due ${item.dueOn.toString()}` +
  ` at ${item.dueAt?.toString() ?? '-'} met ${item.metOn?.toString() ?? '-'} ${item.status}${toDo ? ' to do' : ''}`;

/**
 * Children whose stored items differ from the engine's answer on the day, with both sides; none
 * when the table is true. The stored side is read as the pages read it (the lists' to-do query,
 * the record pages' items), each batch in one snapshot so a write meanwhile is not a difference.
 * `harbour due-items check` and the synthetic county's test read it.
 */
export async function storedDueItemsDiffer(db: Kysely<Database>, today: Temporal.PlainDate) {
  const on = today.toString();
  const settings = await councilTimescaleSettings(db);
  const ids = await allChildIds(db);
  const differing: { childId: number; engine: string[]; stored: string[] }[] = [];
  const key = (row: Pick<StoredDueItem, 'id'>) => row.id;
  for (let start = 0; start < ids.length; start += childrenPerBatch) {
    const batch = ids.slice(start, start + childrenPerBatch);
    const [journeys, rows, toDo] = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(
        async (trx) =>
          [
            await loadChildJourneys(trx, batch),
            await startedItems(trx, batch, on),
            new Set((await toDoOf(trx, batch, on)).map(key)),
          ] as const,
      );
    const storedByChild = new Map<number, string[]>();
    for (const row of rows) {
      const list = storedByChild.get(row.child_id) ?? [];
      list.push(comparable(asDueItem(row, on), toDo.has(key(row))));
      storedByChild.set(row.child_id, list);
    }
    for (const childId of batch) {
      const journey = journeys.get(childId);
      const engine = (journey ? dueItems(journey, today, settings) : [])
        .map((item) => comparable(item, stillToDo(item, today)))
        .sort();
      const stored = (storedByChild.get(childId) ?? []).sort();
      if (engine.join('\n') !== stored.join('\n')) differing.push({ childId, engine, stored });
    }
  }
  return { children: ids.length, differing };
}
