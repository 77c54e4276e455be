import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { withIntegrity } from '../../platform/records/integrity.ts';
import type { ChronologySource } from '../../platform/records/chronology.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

/** A manager's oversight note on a child (Ofsted 2017: management oversight visible on the record). */
export function recordOversightNote(
  db: Kysely<Database>,
  actor: Actor,
  note: { childId: number; noteDate: string; note: string },
) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const row = await trx
        .insertInto('oversight_notes')
        .values({
          child_id: note.childId,
          note_date: note.noteDate,
          note: note.note.trim(),
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(note.childId),
        recordType: 'oversight_notes',
        recordId: row.id,
      });
      return row;
    }),
  );
}

export const oversightChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('oversight_notes')
    .leftJoin('users', 'users.id', 'oversight_notes.created_by')
    .select([
      'oversight_notes.id',
      'oversight_notes.child_id',
      'oversight_notes.note_date',
      'oversight_notes.note',
      'users.display_name',
    ])
    .where('oversight_notes.child_id', 'in', childIds)
    .execute();
  return rows.map((row) => ({
    date: row.note_date,
    type: 'management-oversight',
    summary: `Management oversight${row.display_name ? ` by ${row.display_name}` : ''}: ${row.note}`,
    childIds: [row.child_id],
    recordType: 'oversight_notes',
    recordId: row.id,
  }));
};
