// Records loaded from a council's past statutory returns say which return they came from, so a
// page, an analyst and a second import can tell them from what was recorded in Harbour. Every area
// loads a child's rows through one frame, so each import is whole or refused and audited alike.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { childRecordChanged, type Actor } from '../access/audit.ts';
import { inTransaction } from '../db/transaction.ts';
import { withIntegrity } from './integrity.ts';

/** The returns a record may be imported from. */
export const importedFromReturns = ['SSDA903', 'CIN'] as const;

/** The return an imported record came from. */
export type ImportedFrom = (typeof importedFromReturns)[number];

/**
 * What an import of one child's rows did, counted by what happened to them (nested by kind of
 * record when one import loads several), or named (the fields it filled, so the trail says which):
 * every count but `unchanged`, and every name, is a change to the record.
 */
export type ImportTally = { readonly [count: string]: number | readonly string[] | ImportTally };

/** The child whose rows a return gives, the table the audit names, and the return. */
export interface ImportedInto {
  childId: number;
  recordType: string;
  origin: ImportedFrom;
}

const changedAnything = (tally: ImportTally): boolean =>
  Object.entries(tally).some(([count, value]) =>
    typeof value === 'number'
      ? count !== 'unchanged' && value > 0
      : Array.isArray(value)
        ? value.length > 0
        : changedAnything(value as ImportTally),
  );

/**
 * The one audit event of an import that changed the child's record, naming the return and what it
 * changed; none when Harbour already held every row as given, so a second import leaves no trace.
 */
export async function auditImported(
  trx: Kysely<Database>,
  actor: Actor,
  into: ImportedInto,
  tally: ImportTally,
): Promise<void> {
  if (!changedAnything(tally)) return;
  await childRecordChanged(trx, actor, {
    childId: String(into.childId),
    recordType: into.recordType,
    recordId: into.childId,
    detail: { action: 'imported', from: into.origin, ...tally },
  });
}

/**
 * Loads one child's rows of a past return with `work`, the area's own checks and writes, in one
 * transaction (the caller's when it is in one): a row the database refuses comes back as a
 * RecordIntegrityError, so the child is refused whole with a reason rather than half loaded; what
 * changed is audited once.
 */
export function importForChild<Tally extends ImportTally>(
  db: Kysely<Database>,
  actor: Actor,
  into: ImportedInto,
  work: (trx: Kysely<Database>) => Promise<Tally>,
): Promise<Tally> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const tally = await work(trx);
      await auditImported(trx, actor, into, tally);
      return tally;
    }),
  );
}
