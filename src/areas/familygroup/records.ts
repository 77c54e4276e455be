// Reading the family group record whole: each meeting with its children, who offered and
// coordinated it, who came, its plan's actions and reviews; support packages; reasons none was
// offered before proceedings. Brothers and sisters share one record, so each part is read once.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';

/** A child a family record is about, as a page may name them (or withhold them, when restricted). */
export interface ChildOfRecord {
  id: number;
  name: string;
  access_restriction: string | null;
}

type LinkTable =
  'family_group_meeting_children' | 'family_network_support_package_children' | 'family_group_not_offered_children';
const linkColumn = {
  family_group_meeting_children: 'meeting_id',
  family_network_support_package_children: 'package_id',
  family_group_not_offered_children: 'not_offered_id',
} as const;

/** The children of each record, by record id, eldest first. */
async function childrenByRecord(db: Kysely<Database>, table: LinkTable, ids: readonly number[]) {
  const byRecord = new Map<number, ChildOfRecord[]>();
  if (ids.length === 0) return byRecord;
  const { rows } = await sql<ChildOfRecord & { record_id: number }>`
    select j.${sql.ref(linkColumn[table])} as record_id, c.id, c.forename || ' ' || c.surname as name, c.access_restriction
    from ${sql.table(table)} j join children c on c.id = j.child_id
    where j.${sql.ref(linkColumn[table])} in (${sql.join(ids)})
    order by c.date_of_birth nulls last, c.id`.execute(db);
  for (const { record_id, ...child } of rows) byRecord.set(record_id, [...(byRecord.get(record_id) ?? []), child]);
  return byRecord;
}

const idsOf = async (db: Kysely<Database>, table: LinkTable, childIds: readonly number[]) =>
  childIds.length === 0
    ? []
    : (
        await sql<{ id: number }>`
          select distinct ${sql.ref(linkColumn[table])} as id from ${sql.table(table)}
          where child_id in (${sql.join(childIds)})`.execute(db)
      ).rows.map((row) => row.id);

const grouped = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return (parent: K) => groups.get(parent) ?? [];
};

/** Meetings by id, each with its children, the workers named on it, who came, its actions and reviews. */
export async function meetingsWhole(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const [rows, children, attendees, actions, reviews] = await Promise.all([
    db
      .selectFrom('family_group_meetings as m')
      .innerJoin('workers as offeredBy', 'offeredBy.id', 'm.offered_by_worker_id')
      .leftJoin('workers as coordinator', 'coordinator.id', 'm.coordinator_worker_id')
      .selectAll('m')
      .select(['offeredBy.name as offered_by_name', 'coordinator.name as coordinator_name'])
      .where('m.id', 'in', ids)
      .orderBy('m.offered_date')
      .orderBy('m.id')
      .execute(),
    childrenByRecord(db, 'family_group_meeting_children', ids),
    db
      .selectFrom('family_group_meeting_attendees as a')
      .innerJoin('adults', 'adults.id', 'a.adult_id')
      .select(['a.meeting_id', 'adults.id', sql<string>`adults.forename || ' ' || adults.surname`.as('name')])
      .where('a.meeting_id', 'in', ids)
      .orderBy('adults.surname')
      .orderBy('adults.forename')
      .execute(),
    db
      .selectFrom('family_group_plan_actions')
      .selectAll()
      .where('meeting_id', 'in', ids)
      .orderBy('due_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('family_group_plan_reviews')
      .selectAll()
      .where('meeting_id', 'in', ids)
      .orderBy('review_date')
      .execute(),
  ]);
  const attendeesOf = grouped(attendees, (row) => row.meeting_id);
  const actionsOf = grouped(actions, (row) => row.meeting_id);
  const reviewsOf = grouped(reviews, (row) => row.meeting_id);
  return rows.map((row) => ({
    ...row,
    children: children.get(row.id) ?? [],
    attendees: attendeesOf(row.id),
    actions: actionsOf(row.id),
    reviews: reviewsOf(row.id),
  }));
}
export type MeetingWhole = Awaited<ReturnType<typeof meetingsWhole>>[number];

/** Support packages by id, each with its children and who receives it. */
export async function supportPackagesWhole(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const [rows, children] = await Promise.all([
    db
      .selectFrom('family_network_support_packages as p')
      .leftJoin('adults', 'adults.id', 'p.recipient_adult_id')
      .selectAll('p')
      .select(sql<string>`coalesce(adults.forename || ' ' || adults.surname, p.recipient_name)`.as('recipient'))
      .where('p.id', 'in', ids)
      .orderBy('p.start_date')
      .orderBy('p.id')
      .execute(),
    childrenByRecord(db, 'family_network_support_package_children', ids),
  ]);
  return rows.map((row) => ({ ...row, children: children.get(row.id) ?? [] }));
}
export type SupportPackageWhole = Awaited<ReturnType<typeof supportPackagesWhole>>[number];

/** Reasons no meeting was offered before proceedings, by id, each with its children. */
async function notOfferedWhole(db: Kysely<Database>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const [rows, children] = await Promise.all([
    db.selectFrom('family_group_not_offered').selectAll().where('id', 'in', ids).orderBy('before_date').execute(),
    childrenByRecord(db, 'family_group_not_offered_children', ids),
  ]);
  return rows.map((row) => ({ ...row, children: children.get(row.id) ?? [] }));
}

/** Everything of the family group record about any of these children. */
export async function familyGroupRecordOf(db: Kysely<Database>, childIds: readonly number[]) {
  const [meetingIds, packageIds, notOfferedIds] = await Promise.all([
    idsOf(db, 'family_group_meeting_children', childIds),
    idsOf(db, 'family_network_support_package_children', childIds),
    idsOf(db, 'family_group_not_offered_children', childIds),
  ]);
  const [meetings, supportPackages, notOffered] = await Promise.all([
    meetingsWhole(db, meetingIds),
    supportPackagesWhole(db, packageIds),
    notOfferedWhole(db, notOfferedIds),
  ]);
  return { meetings, supportPackages, notOffered };
}

/** One of the child's meetings, or undefined when it is not about this child. */
export async function meetingOfChild(db: Kysely<Database>, childId: number, meetingId: number) {
  const about = await db
    .selectFrom('family_group_meeting_children')
    .select('meeting_id')
    .where('meeting_id', '=', meetingId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return about ? (await meetingsWhole(db, [meetingId]))[0] : undefined;
}

/** One of the child's support packages, or undefined when it is not about this child. */
export async function supportPackageOfChild(db: Kysely<Database>, childId: number, packageId: number) {
  const about = await db
    .selectFrom('family_network_support_package_children')
    .select('package_id')
    .where('package_id', '=', packageId)
    .where('child_id', '=', childId)
    .executeTakeFirst();
  return about ? (await supportPackagesWhole(db, [packageId]))[0] : undefined;
}

/** Why no meeting was offered, for the court's pre-proceedings and proceedings records (the court tracker's column). */
export async function notOfferedFor(
  db: Kysely<Database>,
  records: { preProceedingsIds: readonly number[]; proceedingsIds: readonly number[] },
) {
  if (records.preProceedingsIds.length + records.proceedingsIds.length === 0) return [];
  return db
    .selectFrom('family_group_not_offered')
    .select(['pre_proceedings_id', 'care_proceedings_id', 'reason', 'detail'])
    .where((eb) =>
      eb.or([
        ...(records.preProceedingsIds.length ? [eb('pre_proceedings_id', 'in', records.preProceedingsIds)] : []),
        ...(records.proceedingsIds.length ? [eb('care_proceedings_id', 'in', records.proceedingsIds)] : []),
      ]),
    )
    .execute();
}
