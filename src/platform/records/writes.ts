// The write pattern of the court, care, missing, permanence and leaving care records: one
// transaction, the database's refusals explained, and an audit event for every child the
// record is about.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import { childRecordChanged, type Actor } from '../access/audit.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { RecordIntegrityError, withIntegrity } from './integrity.ts';
import { inTransaction } from '../db/transaction.ts';
import { longDate } from '../../core/dateText.ts';

export interface Written<T> {
  record: T;
  /** The table the audit names (the main record written). */
  recordType: string;
  recordId: number;
  childIds: readonly number[];
}

/** Runs `write` in one transaction and audits the change once for each child it names. */
export function writeChildRecord<T>(
  db: Kysely<Database>,
  actor: Actor,
  write: (trx: Kysely<Database>) => Promise<Written<T>>,
  detail: Record<string, unknown> = {},
): Promise<T> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const written = await write(trx);
      for (const childId of new Set(written.childIds)) {
        await childRecordChanged(trx, actor, {
          childId: String(childId),
          recordType: written.recordType,
          recordId: written.recordId,
          detail,
        });
      }
      return written.record;
    }),
  );
}

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Empty is not yet recorded: a null column, or a list column still at its default of none. */
const recorded = (value: unknown) =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

const sameValue = (stored: unknown, given: unknown) =>
  JSON.stringify(stored instanceof Date ? stored.toISOString() : stored) === JSON.stringify(given);

/**
 * Records the later steps of a record the first time they are known (a return from missing, a
 * decision, a conclusion date), checking the version the person was looking at. A value already
 * recorded is never overwritten here (unless the step names it in `mayReplace`, as a
 * resubmission replaces the submission it follows): changing it is a correction, made with
 * amendRecord so the previous value and the reason are kept.
 */
export async function recordProgress<Table extends Extract<keyof Database, string>>(
  trx: Kysely<Database>,
  actor: Actor,
  progress: {
    table: Table;
    id: number;
    version: number;
    values: Record<string, unknown>;
    childId?: number;
    mayReplace?: readonly string[];
  },
): Promise<Selectable<Database[Table]>> {
  type Row = Selectable<Database[Table]>;
  const table = sql.table(progress.table);
  const current = await sql<
    Record<string, unknown>
  >`select * from ${table} where id = ${progress.id} for update`.execute(trx);
  const before = current.rows[0];
  const label = progress.table.replace(/_/g, ' ');
  if (before && progress.childId !== undefined && before.child_id !== progress.childId)
    throw new NotFoundError(`${label} not found`);
  if (!before || before.version !== progress.version) throw new VersionConflictError(label);
  const given = Object.entries(progress.values).filter(
    ([column, value]) => value !== undefined && !sameValue(before[column], value),
  );
  for (const [column] of given) {
    if (recorded(before[column]) && !progress.mayReplace?.includes(column)) {
      throw new RecordIntegrityError(
        camelCase(column),
        'This has already been recorded: to change it, make a correction and give the reason',
        undefined,
      );
    }
  }
  if (given.length === 0) return before as Row;
  const assignments = sql.join(given.map(([column, value]) => sql`${sql.ref(column)} = ${value}`));
  const tracked = 'updated_by' in before ? sql`, updated_by = ${actor.userId}, updated_at = now()` : sql``;
  const after =
    await sql<Row>`update ${table} set ${assignments}, version = version + 1 ${tracked} where id = ${progress.id} returning *`.execute(
      trx,
    );
  return after.rows[0]!;
}

/** A step in the progress of one of a child's records, as a page or an import records it. */
export interface RecordStep<Table extends Extract<keyof Database, string>> extends RecordRef {
  table: Table;
  /** What happened, in the words of the guidance: the audit trail's reason for the change. */
  step: string;
  values: Record<string, unknown>;
  mayReplace?: readonly string[];
}

/**
 * Records a step (a plan ended, an action done, a discussion held) in its own transaction, or the
 * caller's: the version checked, nothing already recorded overwritten, and the change audited
 * with the step as its reason. Progress is not a correction, so no amendment is kept and the
 * chronology tells the step from the record itself.
 */
export function recordStep<Table extends Extract<keyof Database, string>>(
  db: Kysely<Database>,
  actor: Actor,
  step: RecordStep<Table>,
): Promise<Selectable<Database[Table]>> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const before = step.version;
      const record = await recordProgress(trx, actor, step);
      if ((record as { version: number }).version !== before) {
        await childRecordChanged(trx, actor, {
          childId: String(step.childId),
          recordType: step.table,
          recordId: step.id,
          reason: step.step,
          detail: { fields: Object.keys(step.values) },
        });
      }
      return record;
    }),
  );
}

/**
 * Ends the child's current record in a table of records that follow one another (a permanence
 * plan, a care leaver's category) on the day the next begins; the next cannot begin before it.
 */
export async function endCurrentRecord(
  trx: Kysely<Database>,
  actor: Actor,
  current: { table: 'permanence_plans' | 'care_leaver_eligibility'; childId: number; nextStartDate: string },
): Promise<void> {
  const open = await trx
    .selectFrom(current.table)
    .select(['id', 'version', 'start_date'])
    .where('child_id', '=', current.childId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  if (!open) return;
  if (open.start_date > current.nextStartDate) {
    throw new RecordIntegrityError(
      'startDate',
      `The start date must be on or after ${longDate(open.start_date)}, when the current one started`,
      undefined,
    );
  }
  await recordProgress(trx, actor, {
    table: current.table,
    id: open.id,
    version: open.version,
    values: { end_date: current.nextStartDate },
  });
}

/** A record of a child's, at the version the person last saw: what a change to it names. */
export interface RecordRef {
  childId: number;
  id: number;
  version: number;
}
