// Shared by the tests of every area's records: a database acting as a practitioner, children to
// record about, and assertions on refusals and audit events.
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { createChild, type ChildDetails } from '../../areas/people/index.ts';
import { linkChildren } from '../../areas/people/store.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { testDatabase, testTeamName } from './testDatabase.ts';
import { testActor } from './actors.ts';
import { recordReferral, startAssessment } from '../../areas/assessment/store.ts';
import { addWorker, allocateChild } from '../../areas/workforce/allocations.ts';
import { recordPlanAction, startChildInNeedPlan } from '../../areas/planning/store.ts';

export interface RecordsTestContext {
  database: HarbourDatabase;
  db: HarbourDatabase['db'];
  actor: Actor;
  /** A new child's id. */
  child(forename: string, dateOfBirth?: string): Promise<number>;
}

/** A fresh migrated database, acting as test-practitioner. */
export async function recordsTestContext(): Promise<RecordsTestContext> {
  const database = await testDatabase();
  const actor = await testActor(database.db, 'practitioner');
  return {
    database,
    db: database.db,
    actor,
    child: async (forename, dateOfBirth = '2018-05-01') => aChild(database.db, actor, { forename, dateOfBirth }),
  };
}

export async function aChild(db: Kysely<Database>, actor: Actor, details: Partial<ChildDetails> = {}): Promise<number> {
  const child = await createChild(db, actor, {
    forename: 'Alex',
    surname: 'Example',
    sex: 'U',
    dateOfBirth: '2015-06-01',
    ...details,
  });
  return child.id;
}

/**
 * A child in need with work to list, allocated to a new worker of the test team (whose sign-in is
 * `userId`, when given): referred on Thu 18 December 2025 (the assessment started the next day and
 * is not authorised), under a CIN plan from Mon 5 January 2026 with an action due on each of `actionsDue`.
 */
export async function allocatedChildInNeed(
  db: Kysely<Database>,
  actor: Actor,
  options: { child: Partial<ChildDetails>; workerName: string; actionsDue: readonly string[]; userId?: number },
): Promise<{ childId: number; teamId: number; workerId: number }> {
  const teamId = (await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow())
    .id;
  const worker = await addWorker(db, {
    name: options.workerName,
    role: 'social-worker',
    teamId,
    startDate: '2020-01-01',
    userId: options.userId ?? null,
  });
  const childId = await aChild(db, actor, options.child);
  const referral = await recordReferral(db, actor, {
    childId,
    referralDate: '2025-12-18',
    source: '2A',
    primaryNeed: 'N1',
  });
  await startAssessment(db, actor, { childId, referralId: referral.id, startDate: '2025-12-19' });
  await allocateChild(db, actor, { childId, workerId: worker.id, startDate: '2025-12-18' });
  const plan = await startChildInNeedPlan(db, actor, { childId, startDate: '2026-01-05' });
  for (const [n, dueDate] of options.actionsDue.entries())
    await recordPlanAction(db, actor, {
      childId,
      planType: 'child-in-need',
      planId: plan.id,
      description: n === 0 ? 'Book a GP appointment' : `Plan action ${n + 1}`,
      owner: { kind: 'worker', workerId: worker.id },
      recordedDate: '2026-01-05',
      dueDate,
    });
  return { childId, teamId, workerId: worker.id };
}

/** The write is refused with a RecordIntegrityError pointing at `field` (and from this constraint, when named). */
export async function refusedAt(write: Promise<unknown>, field: string, constraint?: string): Promise<void> {
  await assert.rejects(write, (error: unknown) => {
    assert.ok(error instanceof RecordIntegrityError, `expected a RecordIntegrityError, got ${String(error)}`);
    assert.equal(error.field, field, error.message);
    if (constraint) assert.equal(error.constraint, constraint);
    return true;
  });
}

/** The audit events recorded for a child's record of this type. */
export async function auditedChanges(context: Pick<RecordsTestContext, 'db'>, childId: number, recordType: string) {
  return context.db
    .selectFrom('audit_events')
    .select(['event', 'record_id', 'reason'])
    .where('child_id', '=', String(childId))
    .where('record_type', '=', recordType)
    .where('event', '=', 'child-record-changed')
    .orderBy('id')
    .execute();
}

/** The children whose record-changed audit events name this record. */
export async function auditedChildren(db: Kysely<Database>, recordType: string, recordId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select('child_id')
    .where('event', '=', 'child-record-changed')
    .where('record_type', '=', recordType)
    .where('record_id', '=', String(recordId))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.child_id ?? '');
}

/**
 * Three brothers and sisters of one family, linked through Ada: Ada (born 1 May 2017), Ben (9
 * September 2019) and Cora (15 January 2015), whose record is restricted (adopted): the family the
 * "for several children at once" tests record for.
 */
export async function adaBenAndRestrictedCora(db: Kysely<Database>, actor: Actor, surname: string) {
  const child = async (forename: string, dateOfBirth: string) =>
    (await createChild(db, actor, { forename, surname, dateOfBirth, sex: 'F' })).id;
  const [ada, ben, cora] = [
    await child('Ada', '2017-05-01'),
    await child('Ben', '2019-09-09'),
    await child('Cora', '2015-01-15'),
  ];
  await linkChildren(db, actor, { childId: ada, relatedChildId: ben, relationship: 'sibling' });
  await linkChildren(db, actor, { childId: ada, relatedChildId: cora, relationship: 'sibling' });
  await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', cora).execute();
  return { ada, ben, cora };
}
