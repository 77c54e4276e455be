import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';

/**
 * Open children with no allocated worker on the date (there should be none), longest without one
 * first, then by name: the unmet items of the worker-allocated standard, kept as data with each
 * child's record, so the county's list costs what its few rows cost rather than a pass over every
 * open child. Since when: the day the spell opened or the last worker's allocation ended.
 */
export function unallocatedChildren(db: Kysely<Database>, on: string) {
  return db
    .selectFrom('due_items')
    .innerJoin('children', 'children.id', 'due_items.child_id')
    .select([
      'children.id',
      'children.forename',
      'children.surname',
      'children.date_of_birth',
      'children.nhs_number',
      'children.access_restriction',
      'due_items.starts_on as since',
    ])
    .where('due_items.rule', '=', 'worker-allocated')
    .where('due_items.met_on', 'is', null)
    .where('due_items.starts_on', '<=', on)
    .where((eb) => eb.or([eb('due_items.episode_ended_on', 'is', null), eb('due_items.episode_ended_on', '>', on)]))
    .orderBy('since')
    .orderBy('children.surname')
    .orderBy('children.forename')
    .orderBy('children.id')
    .execute();
}

/** Children allocated on the date, with their worker and since when: a team's, or one person's. */
const allocatedOn = (db: Kysely<Database>, on: string) =>
  db
    .selectFrom('allocations')
    .innerJoin('children', 'children.id', 'allocations.child_id')
    .innerJoin('workers', 'workers.id', 'allocations.worker_id')
    .select([
      'children.id',
      'children.forename',
      'children.surname',
      'children.date_of_birth',
      'children.nhs_number',
      'children.access_restriction',
      'workers.id as worker_id',
      'workers.name as worker_name',
      'allocations.start_date',
    ])
    .where('allocations.start_date', '<=', on)
    .where((eb) => eb.or([eb('allocations.end_date', 'is', null), eb('allocations.end_date', '>', on)]));

/** Children allocated to a team's workers on the date, with their worker. */
export const teamChildren = (db: Kysely<Database>, teamId: number, on: string) =>
  allocatedOn(db, on)
    .where('allocations.team_id', '=', teamId)
    .orderBy('workers.name')
    .orderBy('children.surname')
    .execute();

/** Children allocated on the date to the worker a person's account is linked to (their caseload), by name. */
export const childrenAllocatedToUser = (db: Kysely<Database>, userId: number, on: string) =>
  allocatedOn(db, on)
    .where('workers.user_id', '=', userId)
    .orderBy('children.surname')
    .orderBy('children.forename')
    .orderBy('children.id')
    .execute();

/** Children named in contacts still waiting for a decision (the front door's work, not yet a team's). */
export async function childrenAwaitingContactDecision(db: Kysely<Database>): Promise<number[]> {
  const rows = await sql<{ child_id: number }>`
    select distinct cc.child_id from contact_children cc
    join contacts c on c.id = cc.contact_id
    where c.awaiting_decision`.execute(db);
  return rows.rows.map((row) => row.child_id);
}

/** These children with what a list needs to name them, or to withhold a restricted one (knownTo). */
export const childrenByIds = async (db: Kysely<Database>, childIds: readonly number[]) =>
  childIds.length
    ? db
        .selectFrom('children')
        .select(['id', 'forename', 'surname', 'access_restriction'])
        .where('id', 'in', [...childIds])
        .execute()
    : [];
