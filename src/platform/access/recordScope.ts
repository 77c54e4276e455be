import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { User } from './schema.ts';
import { recordAudit, type Actor } from './audit.ts';
import { rolesAllow } from './roles.ts';
import { ValidationError } from '../../core/errors.ts';
// A grant lasts to the end of its last day in England.
import { londonDateOf } from '../../core/clock.ts';

/** What record scope needs to know of a child. */
type Child = { id: number; access_restriction: string | null };

/** How long a break-glass opening lasts before the person must give a reason again. */
export const breakGlassHours = 8;

/** Grants in force at an instant: not revoked, and not past their last day. */
const activeGrants = (db: Kysely<Database>, now: Date) =>
  db
    .selectFrom('child_access_grants')
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', londonDateOf(now))]));

/**
 * Of these children, those this person works with through an area's records (an allocation, a
 * conference they chair, a contact awaiting the front door's decision…): each area that holds
 * such a relationship says so in its module, and the app hands the list to `defineWorkingWith`.
 */
export type WorkingWith = (
  db: Kysely<Database>,
  user: User,
  childIds: readonly number[],
  today: string,
) => Promise<readonly number[]>;

let workingWith: readonly WorkingWith[] = [];

export function defineWorkingWith(relationships: readonly WorkingWith[]): void {
  workingWith = relationships;
}

/**
 * The children of these this person works with, so whose records open at once. A service manager
 * manages every team; someone who reads but never records (the inspector) is not asked a reason.
 */
export async function childrenWorkedWith(
  db: Kysely<Database>,
  user: User,
  childIds: readonly number[],
  today: string,
): Promise<Set<number>> {
  // A partner practitioner records (their families' plans) without child:record: never read-only.
  const readsOnly = !rolesAllow(user.roles, 'child:record') && !user.roles.includes('partner');
  if (user.roles.includes('service-manager') || readsOnly) return new Set(childIds);
  if (childIds.length === 0) return new Set();
  const found = await Promise.all(workingWith.map((relationship) => relationship(db, user, childIds, today)));
  return new Set(found.flat());
}

/** The reasons someone who does not work with a child may give for opening their record. */
export const recordAccessReasons = {
  duty: 'Duty',
  'out-of-hours': 'Out of hours',
  covering: 'Covering for a colleague',
  'management-oversight': 'Management oversight',
  other: 'Another reason',
} as const;
export type RecordAccessReason = keyof typeof recordAccessReasons;

/** How a person may open a child's record: at once, once they give a reason, or only with a grant or break-glass. */
export type RecordOpening = 'open' | 'give-reason' | 'restricted';

/**
 * The one rule for opening a child's record. A restricted record needs a grant or break-glass.
 * Otherwise it opens at once to those working with the child or granted access, and to anyone
 * once they have given a reason for it that day (`reasonSince`: a form opened before midnight
 * may be posted after it); under open access (`needToKnow` false, the council's setting), to
 * anyone allowed to view children.
 */
export async function recordOpeningFor(
  db: Kysely<Database>,
  user: User,
  child: Pick<Child, 'id' | 'access_restriction'>,
  on: { needToKnow: boolean; today: string; reasonSince?: string; now?: Date },
): Promise<RecordOpening> {
  if (child.access_restriction) return (await mayOpenChild(db, user, child, on.now)) ? 'open' : 'restricted';
  if (!on.needToKnow) return 'open';
  if ((await childrenWorkedWith(db, user, [child.id], on.today)).has(child.id)) return 'open';
  const [grant, reason] = await Promise.all([
    activeGrants(db, on.now ?? new Date())
      .select('id')
      .where('child_id', '=', child.id)
      .where('user_id', '=', user.id)
      .executeTakeFirst(),
    db
      .selectFrom('record_access_reasons')
      .select('id')
      .where('child_id', '=', child.id)
      .where('user_id', '=', user.id)
      .where('given_on', '>=', on.reasonSince ?? on.today)
      .where('given_on', '<=', on.today)
      .executeTakeFirst(),
  ]);
  return grant || reason ? 'open' : 'give-reason';
}

/** Records why someone who does not work with a child is opening their record today, and audits it. */
export function giveRecordAccessReason(
  db: Kysely<Database>,
  actor: Actor & { userId: number },
  given: { childId: number; reason: RecordAccessReason; detail: string | null; today: string },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('record_access_reasons')
      .values({
        child_id: given.childId,
        user_id: actor.userId,
        reason: given.reason,
        detail: given.detail,
        given_on: given.today,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      event: 'access-reason-given',
      childId: String(given.childId),
      recordType: 'children',
      recordId: given.childId,
      reason: given.detail
        ? `${recordAccessReasons[given.reason]}: ${given.detail}`
        : recordAccessReasons[given.reason],
    });
    return row;
  });
}

/**
 * Reasons given for opening records no manager has looked at yet, oldest first, for this
 * manager: those of the children their team works with (a service manager sees every one).
 */
export async function unreviewedAccessReasons(db: Kysely<Database>, manager: User, today: string) {
  const rows = await db
    .selectFrom('record_access_reasons')
    .innerJoin('users', 'users.id', 'record_access_reasons.user_id')
    .innerJoin('children', 'children.id', 'record_access_reasons.child_id')
    .select([
      'record_access_reasons.id',
      'record_access_reasons.child_id',
      'record_access_reasons.reason',
      'record_access_reasons.detail',
      'record_access_reasons.given_at',
      'users.display_name as opened_by',
      'children.forename',
      'children.surname',
      'children.access_restriction',
    ])
    .where('record_access_reasons.reviewed_at', 'is', null)
    .orderBy('record_access_reasons.given_at')
    .execute();
  const theirs = await childrenWorkedWith(
    db,
    manager,
    rows.map((row) => row.child_id),
    today,
  );
  const named = await withNamesShownTo(
    db,
    manager,
    rows.filter((row) => theirs.has(row.child_id)),
  );
  return named.map((row) => ({
    ...row,
    reasonText: recordAccessReasons[row.reason as RecordAccessReason] ?? row.reason,
  }));
}

/** An unrestricted record opens to anyone allowed to view children; a restricted one needs a grant or break-glass. */
export async function mayOpenChild(
  db: Kysely<Database>,
  user: User,
  child: Pick<Child, 'id' | 'access_restriction'>,
  now = new Date(),
): Promise<boolean> {
  if (!child.access_restriction) return true;
  const grant = await activeGrants(db, now)
    .select('id')
    .where('child_id', '=', child.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (grant) return true;
  const opening = await db
    .selectFrom('break_glass_openings')
    .select('id')
    .where('child_id', '=', child.id)
    .where('user_id', '=', user.id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Boolean(opening);
}

/**
 * Of these children, the restricted ones this person may not open: pages that list relatives
 * (the family network, a chronology with siblings) must not disclose them.
 */
export async function restrictedFrom(
  db: Kysely<Database>,
  user: User,
  children: readonly Pick<Child, 'id' | 'access_restriction'>[],
  now = new Date(),
): Promise<Set<number>> {
  const restricted = children.filter((child) => child.access_restriction).map((child) => child.id);
  if (restricted.length === 0) return new Set();
  const [grants, openings] = await Promise.all([
    activeGrants(db, now)
      .select('child_id')
      .where('child_id', 'in', restricted)
      .where('user_id', '=', user.id)
      .execute(),
    db
      .selectFrom('break_glass_openings')
      .select('child_id')
      .where('child_id', 'in', restricted)
      .where('user_id', '=', user.id)
      .where('expires_at', '>', now)
      .execute(),
  ]);
  const open = new Set([...grants, ...openings].map((row) => row.child_id));
  return new Set(restricted.filter((id) => !open.has(id)));
}

/** What an oversight page calls a restricted record its reader may not open: only its Harbour ID. */
export const restrictedRecordLabel = (childId: number) => `Restricted record (Harbour ID ${childId})`;

/**
 * Rows about children (openings, grants, reasons, a child's access pages) with the name each is
 * shown by: a restricted record the reader may not open is named by its Harbour ID only.
 */
export async function withNamesShownTo<
  T extends { child_id: number; forename: string; surname: string; access_restriction: string | null },
>(db: Kysely<Database>, user: User, rows: readonly T[], now = new Date()) {
  const withheld = await restrictedFrom(
    db,
    user,
    rows.map((row) => ({ id: row.child_id, access_restriction: row.access_restriction })),
    now,
  );
  return rows.map(({ forename, surname, ...row }) => ({
    ...row,
    childName: withheld.has(row.child_id) ? restrictedRecordLabel(row.child_id) : `${forename} ${surname}`,
  }));
}

/** What a list shows of children some of whom may be restricted from its reader. */
export interface KnownChildren<T> {
  /** The children this person may know of, in the order given. */
  shown: T[];
  /** How many restricted records were left out: said ("a restricted record may match"), never described. */
  withheld: number;
}

/**
 * The one rule for naming a child anywhere — search, the duplicate check, a household, a team's
 * lists and their exports: a restricted record is named only to someone who may open it.
 */
export async function knownTo<T extends Pick<Child, 'id' | 'access_restriction'>>(
  db: Kysely<Database>,
  user: User,
  children: readonly T[],
  now = new Date(),
): Promise<KnownChildren<T>> {
  const withheld = await restrictedFrom(db, user, children, now);
  const shown = children.filter((child) => !withheld.has(child.id));
  return { shown, withheld: children.length - shown.length };
}

export function breakGlass(
  db: Kysely<Database>,
  actor: Actor & { userId: number },
  childId: number,
  reason: string,
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const opening = await trx
      .insertInto('break_glass_openings')
      .values({
        child_id: childId,
        user_id: actor.userId,
        reason: reason.trim(),
        expires_at: new Date(now.getTime() + breakGlassHours * 3_600_000),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      event: 'break-glass',
      childId: String(childId),
      recordType: 'children',
      recordId: childId,
      reason: reason.trim(),
    });
    return opening;
  });
}

/** Why a grant cannot be made, or undefined: nobody grants themselves access, and a grant ends. */
export function grantProblem(
  grant: { userId: number; endsOn: string },
  grantedBy: number | null,
  today: string,
): { field: 'username' | 'endsOn'; message: string } | undefined {
  if (grant.userId === grantedBy)
    return { field: 'username', message: 'You cannot give yourself access: ask another service manager' };
  if (grant.endsOn < today) return { field: 'endsOn', message: 'The date access ends must be today or in the future' };
  return undefined;
}

/**
 * A manager with the permission gives a named person access to a restricted record, with a
 * reason and the last day it lasts; a grant to oneself is refused here and by the database.
 */
export async function grantAccess(
  db: Kysely<Database>,
  actor: Actor,
  grant: { childId: number; userId: number; reason: string; endsOn: string },
  now = new Date(),
) {
  const problem = grantProblem(grant, actor.userId, londonDateOf(now));
  if (problem) throw new ValidationError(problem.field, problem.message);
  return db.transaction().execute(async (trx) => {
    const values = {
      reason: grant.reason.trim(),
      granted_by: actor.userId,
      granted_at: now,
      ends_on: grant.endsOn,
    };
    const row = await trx
      .insertInto('child_access_grants')
      .values({ child_id: grant.childId, user_id: grant.userId, ...values })
      .onConflict((oc) => oc.columns(['child_id', 'user_id']).doUpdateSet({ revoked_at: null, ...values }))
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      event: 'access-granted',
      childId: String(grant.childId),
      recordType: 'children',
      recordId: grant.childId,
      reason: grant.reason.trim(),
      detail: { userId: grant.userId, endsOn: grant.endsOn },
    });
    return row;
  });
}

/** Grants in force, newest first: listed for managers beside the break-glass openings. */
export const grantsInForce = (db: Kysely<Database>, of: { childId?: number; now?: Date } = {}) =>
  activeGrants(db, of.now ?? new Date())
    .$if(of.childId !== undefined, (query) => query.where('child_access_grants.child_id', '=', of.childId!))
    .innerJoin('users as grantee', 'grantee.id', 'child_access_grants.user_id')
    .leftJoin('users as granter', 'granter.id', 'child_access_grants.granted_by')
    .innerJoin('children', 'children.id', 'child_access_grants.child_id')
    .select([
      'child_access_grants.id',
      'child_access_grants.child_id',
      'child_access_grants.reason',
      'child_access_grants.granted_at',
      'child_access_grants.ends_on',
      'grantee.display_name as granted_to',
      'grantee.username as granted_to_username',
      'granter.display_name as granted_by',
      'children.forename',
      'children.surname',
      'children.access_restriction',
    ])
    .orderBy('child_access_grants.granted_at', 'desc')
    .execute();

/** Break-glass openings no manager has looked at yet, oldest first. */
export const unreviewedBreakGlass = (db: Kysely<Database>) =>
  db
    .selectFrom('break_glass_openings')
    .innerJoin('users', 'users.id', 'break_glass_openings.user_id')
    .innerJoin('children', 'children.id', 'break_glass_openings.child_id')
    .select([
      'break_glass_openings.id',
      'break_glass_openings.child_id',
      'break_glass_openings.reason',
      'break_glass_openings.opened_at',
      'users.display_name as opened_by',
      'children.forename',
      'children.surname',
      'children.access_restriction',
    ])
    .where('break_glass_openings.reviewed_at', 'is', null)
    .orderBy('break_glass_openings.opened_at')
    .execute();

/** A manager marks a break-glass opening or a reason given for opening a record as reviewed (the opening itself never changes). */
export const reviewOpening = (
  db: Kysely<Database>,
  reviewer: { userId: number },
  opening: { table: 'break_glass_openings' | 'record_access_reasons'; id: number },
  note: string,
) =>
  db
    .updateTable(opening.table)
    .set({ reviewed_by: reviewer.userId, reviewed_at: new Date(), review_note: note.trim() || null })
    .where('id', '=', opening.id)
    .where('reviewed_at', 'is', null)
    .returning(['id', 'child_id'])
    .executeTakeFirst();
