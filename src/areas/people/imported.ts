// A child as a council's past return gives them: found again by the identifier their previous
// system gave them and their date of birth, recorded when new, and never silently changed — what
// Harbour holds and the return says either agree, or the child is refused with the difference.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { auditImported, importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
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
 * child, since which is right is for a person to decide. Which child the audit names is known only
 * once they are found or recorded, so this opens its own transaction rather than importForChild's.
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
        await auditImported(trx, actor, { childId: created.id, recordType: 'children', origin }, { created: 1 });
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
      await auditImported(
        trx,
        actor,
        { childId: stored.id, recordType: 'children', origin },
        { filled: Object.keys(filled), disabilitiesAdded: added },
      );
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

/** A 903 UASC row: when the status ceased (DUC), and the day it is taken to have begun. */
export interface ImportedUasc {
  /** The return gives no start: the child's first episode in it, else the year's first day. */
  startDate: string;
  ceasedDate: string | null;
  /** The return's last day: a status it gives as continuing may have ceased since. */
  asAt: string | null;
}

/**
 * Records the child's status as an unaccompanied asylum-seeking child, in the caller's transaction.
 * A status Harbour holds is given the return's DUC when it had none, begun earlier when an earlier
 * year shows it, and refuses the child when the return ends it on another day.
 */
export function importUascStatus(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  uasc: ImportedUasc | null,
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'immigration_statuses', origin }, async (trx) => {
    if (!uasc) return { added: 0, unchanged: 0 };
    const held = await trx
      .selectFrom('immigration_statuses')
      .selectAll()
      .where('child_id', '=', childId)
      .where('status', '=', 'UASC')
      .orderBy('start_date', 'desc')
      .executeTakeFirst();
    const changes: { start_date?: string; end_date?: string } = {};
    if (!held)
      await trx
        .insertInto('immigration_statuses')
        .values({
          child_id: childId,
          status: 'UASC',
          start_date: uasc.startDate,
          end_date: uasc.ceasedDate,
          imported_from: origin,
        })
        .execute();
    else {
      if (held.imported_from !== null && uasc.startDate < held.start_date) changes.start_date = uasc.startDate;
      const ceasedSince =
        uasc.ceasedDate === null && held.end_date !== null && (uasc.asAt === null || held.end_date > uasc.asAt);
      if (held.end_date === null && uasc.ceasedDate !== null) changes.end_date = uasc.ceasedDate;
      else if (held.end_date !== uasc.ceasedDate && !ceasedSince)
        throw new RecordIntegrityError(
          'uasc',
          `Harbour holds the child's UASC status as ${held.end_date ? `ceasing on ${held.end_date}` : 'continuing'}; the return says ${uasc.ceasedDate ? `DUC ${uasc.ceasedDate}` : 'it continues'}`,
          undefined,
        );
      if (!Object.keys(changes).length) return { added: 0, unchanged: 1 };
      await trx
        .updateTable('immigration_statuses')
        .set({ ...changes, version: held.version + 1 })
        .where('id', '=', held.id)
        .execute();
    }
    return { added: 1, unchanged: 0 };
  });
}
