// What an import did, for the person running it: how many children and records were loaded or
// already held, and every row refused with its file, line and reason. A child is loaded whole or
// refused whole (a savepoint each), so a refusal names every line the child had.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { inTransaction } from '../../../platform/db/transaction.ts';
import { RecordIntegrityError } from '../../../platform/records/integrity.ts';

export interface Refusal {
  readonly file: string;
  /** The line of the file (1 is a CSV's header; the line a CIN block opens on), null for the whole file. */
  readonly line: number | null;
  readonly child: string | null;
  readonly message: string;
}

/** Where a child's rows are: every line refused with them when the child is refused. */
export interface RowAt {
  readonly file: string;
  readonly line: number | null;
}

export interface ImportReport {
  readonly year: string | null;
  readonly children: { created: number; completed: number; unchanged: number; refused: number };
  /** Per kind of record: how many were added (or ended, for an episode Harbour held open) and already held. */
  readonly records: Record<string, { added: number; unchanged: number }>;
  readonly refused: readonly Refusal[];
  /** The return's columns Harbour does not keep, which an export of the same year cannot give back. */
  readonly notCarried: readonly string[];
}

export interface ChildToLoad {
  readonly id: string;
  readonly rows: readonly RowAt[];
}

export type ChildOutcome = 'created' | 'completed' | 'unchanged';

/** Counts of one child's records: added and already held, per kind. */
export type Tally = Record<string, { added: number; unchanged: number }>;

/**
 * Loads each child in one transaction for the whole file, each child behind a savepoint: a child
 * Harbour refuses (a difference from what it holds, a constraint) is rolled back whole and every
 * one of its lines reported with the reason; anything else (a fault, not the data) undoes the file.
 */
export async function loadChildren<C extends ChildToLoad>(
  db: Kysely<Database>,
  children: readonly C[],
  load: (trx: Kysely<Database>, child: C) => Promise<{ outcome: ChildOutcome; tally: Tally }>,
): Promise<Pick<ImportReport, 'children' | 'records' | 'refused'>> {
  const counts = { created: 0, completed: 0, unchanged: 0, refused: 0 };
  const records: Tally = {};
  const refused: Refusal[] = [];
  await inTransaction(db, async (trx) => {
    for (const child of children) {
      await sql`savepoint import_child`.execute(trx);
      try {
        const { outcome, tally } = await load(trx, child);
        await sql`release savepoint import_child`.execute(trx);
        counts[outcome]++;
        for (const [kind, { added, unchanged }] of Object.entries(tally)) {
          const total = (records[kind] ??= { added: 0, unchanged: 0 });
          total.added += added;
          total.unchanged += unchanged;
        }
      } catch (error) {
        if (!(error instanceof RecordIntegrityError)) throw error;
        await sql`rollback to savepoint import_child`.execute(trx);
        await sql`release savepoint import_child`.execute(trx);
        counts.refused++;
        refused.push(...refuseWhole(child.id, child.rows, error.message));
      }
    }
  });
  return { children: counts, records, refused };
}

/** Every line of a child refused for one reason. */
export const refuseWhole = (child: string, rows: readonly RowAt[], message: string): Refusal[] =>
  rows.map((row) => ({ ...row, child, message }));

/** The report as lines of text, refusals in file and line order. */
export function reportLines(report: ImportReport): string[] {
  const lines: string[] = [];
  const refused = [...report.refused].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
  for (const refusal of refused)
    lines.push(
      `${refusal.file}${refusal.line === null ? '' : ` line ${refusal.line}`}${refusal.child ? ` (child ${refusal.child})` : ''}: ${refusal.message}`,
    );
  const { created, completed, unchanged, refused: childrenRefused } = report.children;
  if (lines.length) lines.push('');
  lines.push(
    `Children: ${created} added, ${completed} already held and completed, ${unchanged} already held as given, ${childrenRefused} refused.`,
  );
  for (const [kind, { added, unchanged: held }] of Object.entries(report.records))
    lines.push(`${kind}: ${added} loaded, ${held} already held.`);
  lines.push(`Rows refused: ${report.refused.length}.`);
  if (report.notCarried.length) lines.push(`Not kept by Harbour: ${report.notCarried.join(', ')}.`);
  return lines;
}
