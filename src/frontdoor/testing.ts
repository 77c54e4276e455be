// Test support for the front door, early help, assessment, protection and planning records.
import assert from 'node:assert/strict';
import type { Actor } from '../access/audit.ts';
import type { HarbourDatabase } from '../db/connection.ts';
import { createChild } from '../people/store.ts';
import { RecordIntegrityError } from '../records/integrity.ts';
import { testDatabase } from '../testing/testDatabase.ts';

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
  const user = await database.db.selectFrom('users').select('id').where('username', '=', 'test-practitioner').executeTakeFirstOrThrow();
  const actor: Actor = { userId: user.id, username: 'test-practitioner' };
  return {
    database,
    db: database.db,
    actor,
    child: async (forename, dateOfBirth = '2018-05-01') => (await createChild(database.db, actor, { forename, surname: 'Example', dateOfBirth, sex: 'U' })).id,
  };
}

/** Asserts the write is refused as a RecordIntegrityError on this form field (and constraint, when named). */
export async function assertRefused(write: Promise<unknown>, field: string, constraint?: string): Promise<void> {
  await assert.rejects(write, (error: unknown) => {
    assert.ok(error instanceof RecordIntegrityError, `expected a RecordIntegrityError, got ${String(error)}`);
    assert.equal(error.field, field);
    if (constraint) assert.equal(error.constraint, constraint);
    return true;
  });
}

/** The audit events recorded for a child's record of this type. */
export async function auditedChanges(context: RecordsTestContext, childId: number, recordType: string) {
  return context.db
    .selectFrom('audit_events')
    .select(['event', 'record_id', 'reason'])
    .where('child_id', '=', String(childId))
    .where('record_type', '=', recordType)
    .where('event', '=', 'child-record-changed')
    .orderBy('id')
    .execute();
}
