import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { childRecordChanged, type Actor } from '../access/audit.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { withIntegrity } from './integrity.ts';
import { inTransaction } from '../db/transaction.ts';

export interface Amendment {
  /** The table the record lives in (a child's record table). */
  table: Extract<keyof Database, string>;
  recordId: number;
  /** The child whose record it is (for the history and the audit trail). */
  childId: number;
  /** Other children the same record is about (a contact about siblings): their trails record it too. */
  alsoAbout?: number[];
  /** The version the person was looking at: if it has moved on, nothing is changed. */
  version: number;
  changes: Record<string, unknown>;
  reason: string;
}

/**
 * Corrects a record without destroying anything: each changed field's previous value is kept
 * in record_amendments with who, when and why, and the audit trail records the change — all
 * in one transaction. A stale version raises VersionConflictError; a refused value a
 * RecordIntegrityError.
 */
export async function amendRecord(
  db: Kysely<Database>,
  actor: Actor,
  amendment: Amendment,
): Promise<Record<string, unknown>> {
  if (!amendment.reason.trim()) throw new Error('An amendment needs a reason');
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const table = sql.table(amendment.table);
      const current = await sql<
        Record<string, unknown>
      >`select * from ${table} where id = ${amendment.recordId} for update`.execute(trx);
      const before = current.rows[0];
      if (!before || before.version !== amendment.version)
        throw new VersionConflictError(amendment.table.replace(/_/g, ' '));

      const changed = Object.entries(amendment.changes).filter(([field, value]) => !sameValue(before[field], value));
      if (changed.length === 0) return before;
      const assignments = sql.join(changed.map(([field, value]) => sql`${sql.ref(field)} = ${value}`));
      const tracked = 'updated_by' in before ? sql`, updated_by = ${actor.userId}, updated_at = now()` : sql``;
      const after = await sql<Record<string, unknown>>`
        update ${table} set ${assignments}, version = version + 1 ${tracked}
        where id = ${amendment.recordId} returning *`.execute(trx);

      await trx
        .insertInto('record_amendments')
        .values(
          changed.map(([field, value]) => ({
            child_id: amendment.childId,
            table_name: amendment.table,
            record_id: amendment.recordId,
            field,
            previous_value: JSON.stringify(before[field] ?? null),
            new_value: JSON.stringify(value ?? null),
            reason: amendment.reason.trim(),
            amended_by: actor.userId,
          })),
        )
        .execute();
      for (const childId of new Set([amendment.childId, ...(amendment.alsoAbout ?? [])])) {
        await childRecordChanged(trx, actor, {
          childId: String(childId),
          recordType: amendment.table,
          recordId: amendment.recordId,
          reason: amendment.reason.trim(),
          detail: { fields: changed.map(([field]) => field) },
        });
      }
      return after.rows[0]!;
    }),
  );
}

function sameValue(stored: unknown, proposed: unknown): boolean {
  if (stored instanceof Date)
    return proposed instanceof Date ? stored.getTime() === proposed.getTime() : stored.toISOString() === proposed;
  return JSON.stringify(stored ?? null) === JSON.stringify(proposed ?? null);
}

/** The history of one record's corrections, newest first. */
export const amendmentsOf = (db: Kysely<Database>, table: string, recordId: number) =>
  db
    .selectFrom('record_amendments')
    .leftJoin('users', 'users.id', 'record_amendments.amended_by')
    .selectAll('record_amendments')
    .select('users.display_name as amended_by_name')
    .where('table_name', '=', table)
    .where('record_id', '=', recordId)
    .orderBy('record_amendments.id', 'desc')
    .execute();
