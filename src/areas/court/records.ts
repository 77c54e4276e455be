// Reading a family's pre-proceedings and care proceedings whole: the children each is about, its
// meetings, hearings, extensions and orders. Siblings share one record, so each part is read once.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';

/** A child a family record is about, as a page may name them (or withhold them, when restricted). */
export interface ChildOfRecord {
  id: number;
  name: string;
  access_restriction: string | null;
}

/** The children of each record, by record id, eldest first. */
async function childrenByRecord(
  db: Kysely<Database>,
  table: 'pre_proceedings_children' | 'proceedings_children',
  ids: readonly number[],
): Promise<Map<number, ChildOfRecord[]>> {
  const key = table === 'proceedings_children' ? 'proceedings_id' : 'pre_proceedings_id';
  const { rows } = await sql<ChildOfRecord & { record_id: number }>`
    select j.${sql.ref(key)} as record_id, c.id, c.forename || ' ' || c.surname as name, c.access_restriction
    from ${sql.table(table)} j join children c on c.id = j.child_id
    where j.${sql.ref(key)} in (${sql.join(ids)})
    order by c.date_of_birth nulls last, c.id`.execute(db);
  const byRecord = new Map<number, ChildOfRecord[]>();
  for (const { record_id, ...child } of rows) byRecord.set(record_id, [...(byRecord.get(record_id) ?? []), child]);
  return byRecord;
}

const byParent = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const grouped = new Map<K, T[]>();
  for (const row of rows) grouped.set(key(row), [...(grouped.get(key(row)) ?? []), row]);
  return (parent: K) => grouped.get(parent) ?? [];
};

/** Pre-proceedings by id, each with its children and its meetings. */
export async function preProceedingsWhole(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const [rows, children, meetings] = await Promise.all([
    db.selectFrom('pre_proceedings').selectAll().where('id', 'in', ids).orderBy('start_date').execute(),
    childrenByRecord(db, 'pre_proceedings_children', ids),
    db
      .selectFrom('pre_proceedings_meetings')
      .selectAll()
      .where('pre_proceedings_id', 'in', ids)
      .orderBy('meeting_date')
      .execute(),
  ]);
  const meetingsOf = byParent(meetings, (meeting) => meeting.pre_proceedings_id);
  return rows.map((row) => ({ ...row, children: children.get(row.id) ?? [], meetings: meetingsOf(row.id) }));
}
export type PreProceedingsWhole = Awaited<ReturnType<typeof preProceedingsWhole>>[number];

/** Care proceedings by id, each with its children (and their final orders), hearings, extensions and interim orders. */
// The child's order is kept on their row of the proceedings: its id is what a correction names.
const finalOrderOf = (row: { id: number; final_order: string | null } | undefined) => ({
  finalOrder: row?.final_order ?? null,
  finalOrderId: row?.id ?? null,
});

export async function proceedingsWhole(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const [rows, children, finalOrders, hearings, extensions, interimOrders] = await Promise.all([
    db.selectFrom('care_proceedings').selectAll().where('id', 'in', ids).orderBy('issue_date').execute(),
    childrenByRecord(db, 'proceedings_children', ids),
    db
      .selectFrom('proceedings_children')
      .select(['id', 'proceedings_id', 'child_id', 'final_order'])
      .where('proceedings_id', 'in', ids)
      .execute(),
    db
      .selectFrom('proceedings_hearings')
      .selectAll()
      .where('proceedings_id', 'in', ids)
      .orderBy('hearing_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('proceedings_extensions')
      .selectAll()
      .where('proceedings_id', 'in', ids)
      .orderBy('granted_date')
      .execute(),
    db
      .selectFrom('proceedings_interim_orders')
      .selectAll()
      .where('proceedings_id', 'in', ids)
      .orderBy('made_date')
      .orderBy('id')
      .execute(),
  ]);
  const hearingsOf = byParent(hearings, (hearing) => hearing.proceedings_id);
  const extensionsOf = byParent(extensions, (extension) => extension.proceedings_id);
  const interimOrdersOf = byParent(interimOrders, (order) => order.proceedings_id);
  return rows.map((row) => ({
    ...row,
    children: (children.get(row.id) ?? []).map((child) => ({
      ...child,
      ...finalOrderOf(finalOrders.find((order) => order.proceedings_id === row.id && order.child_id === child.id)),
    })),
    hearings: hearingsOf(row.id),
    extensions: extensionsOf(row.id),
    interimOrders: interimOrdersOf(row.id),
  }));
}
export type ProceedingsWhole = Awaited<ReturnType<typeof proceedingsWhole>>[number];

/** The child's pre-proceedings and care proceedings, whole, oldest first. */
export async function courtRecordOf(db: Kysely<Database>, childId: number) {
  const [pre, proceedings] = await Promise.all([
    db
      .selectFrom('pre_proceedings_children')
      .select('pre_proceedings_id as id')
      .where('child_id', '=', childId)
      .execute(),
    db.selectFrom('proceedings_children').select('proceedings_id as id').where('child_id', '=', childId).execute(),
  ]);
  const [preProceedings, careProceedings] = await Promise.all([
    preProceedingsWhole(
      db,
      pre.map((row) => row.id),
    ),
    proceedingsWhole(
      db,
      proceedings.map((row) => row.id),
    ),
  ]);
  return { preProceedings, careProceedings };
}

/** One of the child's pre-proceedings, or undefined when it is not about this child. */
export async function preProceedingsOfChild(db: Kysely<Database>, childId: number, id: number) {
  const about = await db
    .selectFrom('pre_proceedings_children')
    .select('pre_proceedings_id')
    .where('pre_proceedings_id', '=', id)
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return about ? (await preProceedingsWhole(db, [id]))[0] : undefined;
}

/** One of the child's care proceedings, or undefined when they are not about this child. */
export async function proceedingsOfChild(db: Kysely<Database>, childId: number, id: number) {
  const about = await db
    .selectFrom('proceedings_children')
    .select('proceedings_id')
    .where('proceedings_id', '=', id)
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return about ? (await proceedingsWhole(db, [id]))[0] : undefined;
}

/** What the court tracker lists: proceedings still open, pre-proceedings decided to issue with no application yet, and pre-proceedings still running. */
export async function courtTrackerRecords(db: Kysely<Database>) {
  const [open, awaiting, running] = await Promise.all([
    db.selectFrom('care_proceedings').select('id').where('conclusion_date', 'is', null).execute(),
    db
      .selectFrom('pre_proceedings as p')
      .select('p.id')
      .where('p.outcome', '=', 'issue-proceedings')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(selectFrom('care_proceedings as cp').select('cp.id').whereRef('cp.pre_proceedings_id', '=', 'p.id')),
        ),
      )
      .execute(),
    db.selectFrom('pre_proceedings').select('id').where('decision_date', 'is', null).execute(),
  ]);
  const [proceedings, awaitingIssue, inPreProceedings] = await Promise.all([
    proceedingsWhole(
      db,
      open.map((row) => row.id),
    ),
    preProceedingsWhole(
      db,
      awaiting.map((row) => row.id),
    ),
    preProceedingsWhole(
      db,
      running.map((row) => row.id),
    ),
  ]);
  return { proceedings, awaitingIssue, inPreProceedings };
}

/** The child's orders authorising the deprivation of their liberty, oldest first. */
export const deprivationOfLibertyOf = (db: Kysely<Database>, childId: number) =>
  db
    .selectFrom('deprivation_of_liberty_orders')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('start_date')
    .execute();

/** One of the child's orders authorising the deprivation of their liberty, or undefined when not theirs. */
export const deprivationOfLibertyOrderOf = (db: Kysely<Database>, childId: number, id: number) =>
  db
    .selectFrom('deprivation_of_liberty_orders')
    .selectAll()
    .where('child_id', '=', childId)
    .where('id', '=', id)
    .executeTakeFirst();
