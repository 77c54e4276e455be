// Shared by the tests of every area's records: a database acting as a practitioner, children to
// record about, and assertions on refusals and audit events.
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { createChild, type ChildDetails } from '../../areas/people/index.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { testDatabase } from './testDatabase.ts';
import { testActor } from './actors.ts';

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
