// A child as a council's past return gives them: found again by the identifier their previous
// system gave them and their date of birth, recorded when new, and never silently changed — what
// Harbour holds and the return says either agree, or the child is refused with the difference.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import type { ImportedFrom } from '../../platform/records/imported.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

export interface ImportedChild {
  /** The identifier in the council's previous system (903 CHILD, CIN LAchildID). */
  previousSystemId: string;
  dateOfBirth: string | null;
  expectedDateOfBirth?: string | null;
  /** Null when the return does not say (a 903 table other than the Header). */
  sex: 'M' | 'F' | 'U' | null;
  ethnicity: string | null;
  upn: string | null;
  upnUnknown?: string | null;
  dateOfDeath?: string | null;
  disabilities?: readonly string[];
}

export type ChildImported = { childId: number; outcome: 'created' | 'completed' | 'unchanged' };

/** The child of this previous-system identifier, or null. */
export const childOfPreviousSystemId = (db: Kysely<Database>, previousSystemId: string) =>
  db.selectFrom('children').selectAll().where('previous_system_id', '=', previousSystemId).executeTakeFirst();

const labels = {
  date_of_birth: 'date of birth',
  expected_date_of_birth: 'expected date of birth',
  sex: 'sex',
  ethnicity: 'ethnicity',
  upn: 'UPN',
  upn_unknown: 'reason the UPN is unknown',
  date_of_death: 'date of death',
} as const;

/**
 * Finds or records the child of an imported return, in the caller's transaction. A child Harbour
 * already holds gains what it did not hold (a UPN, a disability); a value that differs refuses the
 * child, since which is right is for a person to decide.
 */
export function importChild(
  db: Kysely<Database>,
  actor: Actor,
  child: ImportedChild,
  origin: ImportedFrom,
): Promise<ChildImported> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const given = {
        date_of_birth: child.dateOfBirth,
        expected_date_of_birth: child.expectedDateOfBirth ?? null,
        sex: child.sex,
        ethnicity: child.ethnicity,
        upn: child.upn,
        upn_unknown: child.upnUnknown ?? null,
        date_of_death: child.dateOfDeath ?? null,
      };
      const stored = await childOfPreviousSystemId(trx, child.previousSystemId);
      if (!stored) {
        const created = await trx
          .insertInto('children')
          .values({
            // The returns carry no names: the child is called by their identifier until a person adds them.
            forename: 'Child',
            surname: child.previousSystemId,
            ...given,
            sex: child.sex ?? 'U',
            ethnicity: child.ethnicity ?? 'NOBT',
            previous_system_id: child.previousSystemId,
            imported_from: origin,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await addDisabilities(trx, created.id, child.disabilities ?? []);
        await childRecordChanged(trx, actor, {
          childId: String(created.id),
          recordType: 'children',
          recordId: created.id,
          detail: { action: 'imported', from: origin },
        });
        return { childId: created.id, outcome: 'created' };
      }
      const filled: Record<string, string> = {};
      for (const [column, value] of Object.entries(given) as [keyof typeof labels, string | null][]) {
        const held = stored[column];
        if (value === null || held === value) continue;
        // Sex U and ethnicity NOBT are what Harbour holds when nothing was known.
        const unknown =
          held === null || (column === 'sex' && held === 'U') || (column === 'ethnicity' && held === 'NOBT');
        if (!unknown)
          throw new RecordIntegrityError(
            column,
            `Harbour holds ${labels[column]} ${String(held)} for this child; the return says ${value}`,
            undefined,
          );
        filled[column] = value;
      }
      const added = await addDisabilities(trx, stored.id, child.disabilities ?? []);
      if (!Object.keys(filled).length && !added) return { childId: stored.id, outcome: 'unchanged' };
      if (Object.keys(filled).length)
        await trx
          .updateTable('children')
          .set({ ...filled, updated_by: actor.userId, updated_at: new Date(), version: stored.version + 1 })
          .where('id', '=', stored.id)
          .execute();
      await childRecordChanged(trx, actor, {
        childId: String(stored.id),
        recordType: 'children',
        recordId: stored.id,
        detail: { action: 'imported', from: origin, filled: Object.keys(filled), disabilitiesAdded: added },
      });
      return { childId: stored.id, outcome: 'completed' };
    }),
  );
}

/** Adds the disabilities not yet recorded; how many were new. */
async function addDisabilities(trx: Kysely<Database>, childId: number, codes: readonly string[]): Promise<number> {
  if (!codes.length) return 0;
  const added = await trx
    .insertInto('child_disabilities')
    .values(codes.map((code) => ({ child_id: childId, code })))
    .onConflict((conflict) => conflict.doNothing())
    .returning('code')
    .execute();
  return added.length;
}
