// Shared by the court, care, missing, permanence and leaving care tests: the acting
// practitioner, children to record about, and assertions on refusals and audit events.
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../access/audit.ts';
import { createChild, type ChildDetails } from '../people/store.ts';
import { RecordIntegrityError } from '../records/integrity.ts';
import { testUsername } from '../testing/testDatabase.ts';

export async function practitioner(db: Kysely<Database>): Promise<Actor> {
  const username = testUsername('practitioner');
  const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return { userId: user.id, username };
}

export async function aChild(db: Kysely<Database>, actor: Actor, details: Partial<ChildDetails> = {}): Promise<number> {
  const child = await createChild(db, actor, { forename: 'Alex', surname: 'Example', sex: 'U', dateOfBirth: '2015-06-01', ...details });
  return child.id;
}

/** The write is refused with a RecordIntegrityError pointing at `field`. */
export async function refusedAt(write: Promise<unknown>, field: string): Promise<void> {
  await assert.rejects(write, (error: unknown) => {
    assert.ok(error instanceof RecordIntegrityError, `expected a RecordIntegrityError, got ${String(error)}`);
    assert.equal(error.field, field, error.message);
    return true;
  });
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
