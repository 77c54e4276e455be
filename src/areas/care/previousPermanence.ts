// What the child's family or previous council says, at the start of a period of care, of a permanence
// order the child left an earlier period of care through (903 PrevPerm): one per period, amended with
// a reason as more comes to light (the guide allows it "at any stage in an episode of care").
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Id, Tracked } from '../../platform/db/columns.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { writeChildRecord } from '../../platform/records/writes.ts';
import type { PreviousPermanenceOption } from './codes.ts';

interface PreviousPermanenceTable extends Tracked {
  id: Id;
  child_id: number;
  period_of_care_id: number;
  option: PreviousPermanenceOption;
  /** LA_PERM: the DfE's number of the council that arranged it, WAL, SCO, NUK, NIR, or 999 not known. */
  local_authority: string | null;
  /** The order's date as far as it is known (the guide's zz/MM/YYYY). */
  order_year: number | null;
  order_month: number | null;
  order_day: number | null;
  /** Loaded from a past 903's PrevPerm (0142). */
  imported_from: ImportedFrom | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    previous_permanence: PreviousPermanenceTable;
  }
}

explainConstraints({
  previous_permanence_one_a_period: {
    field: 'option',
    message: 'Previous permanence is already recorded for this period of care: correct it instead',
  },
  previous_permanence_date_parts: {
    field: 'orderYear',
    message: 'Give the year with the month, the month with the day',
  },
  previous_permanence_order_details: {
    field: 'localAuthority',
    message: 'Give the council and date only for an adoption, special guardianship or child arrangements order',
  },
  previous_permanence_local_authority_check: {
    field: 'localAuthority',
    message: 'Enter the council’s 3-digit DfE number, 999 if not known, or WAL, SCO, NUK or NIR',
  },
});

/** The statement about one period of care. */
export interface PreviousPermanence {
  option: PreviousPermanenceOption;
  localAuthority: string | null;
  orderYear: number | null;
  orderMonth: number | null;
  orderDay: number | null;
}

const columns = (given: PreviousPermanence) => ({
  option: given.option,
  local_authority: given.localAuthority,
  order_year: given.orderYear,
  order_month: given.orderMonth,
  order_day: given.orderDay,
});

/** Records what was said of previous permanence when the period of care began. */
export function recordPreviousPermanence(
  db: Kysely<Database>,
  actor: Actor,
  given: PreviousPermanence & { childId: number; periodOfCareId: number },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('previous_permanence')
      .values({
        child_id: given.childId,
        period_of_care_id: given.periodOfCareId,
        ...columns(given),
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'previous_permanence', recordId: record.id, childIds: [given.childId] };
  });
}

/** The child's periods of care, latest first, each with what was said of previous permanence. */
export const previousPermanenceOf = (db: Kysely<Database>, childId: number) =>
  db
    .selectFrom('periods_of_care as p')
    .leftJoin('previous_permanence as s', 's.period_of_care_id', 'p.id')
    .select([
      'p.id as periodOfCareId',
      'p.start_date as startDate',
      'p.end_date as endDate',
      's.id',
      's.option',
      's.local_authority',
      's.order_year',
      's.order_month',
      's.order_day',
      's.imported_from',
    ])
    .where('p.child_id', '=', childId)
    .orderBy('p.start_date', 'desc')
    .execute();

/** A PrevPerm row, and the day the period of care it is about began (its latest S episode). */
export interface ImportedPreviousPermanence extends PreviousPermanence {
  /** The start of the period of care it belongs to: the latest one begun by then. */
  startedBy: string;
}

/**
 * Loads a PrevPerm row onto the period of care begun by `startedBy`, in the caller's transaction; a
 * different statement already held refuses the child, since which is right is for a person to decide.
 */
export function importPreviousPermanence(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  given: ImportedPreviousPermanence | null,
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'previous_permanence', origin }, async (trx) => {
    if (!given) return { added: 0, unchanged: 0 };
    const period = await trx
      .selectFrom('periods_of_care')
      .select('id')
      .where('child_id', '=', childId)
      .where('start_date', '<=', given.startedBy)
      .orderBy('start_date', 'desc')
      .executeTakeFirst();
    if (!period)
      throw new RecordIntegrityError('option', 'PrevPerm is given but the child has no period of care', undefined);
    const held = await trx
      .selectFrom('previous_permanence')
      .selectAll()
      .where('period_of_care_id', '=', period.id)
      .executeTakeFirst();
    const wanted = columns(given);
    if (held) {
      const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((key) => held[key] !== wanted[key]);
      if (differs.length)
        throw new RecordIntegrityError(
          'option',
          `Harbour holds previous permanence ${held.option} for this period of care, differing in ${differs.join(', ')}`,
          undefined,
        );
      return { added: 0, unchanged: 1 };
    }
    await trx
      .insertInto('previous_permanence')
      .values({
        child_id: childId,
        period_of_care_id: period.id,
        ...wanted,
        imported_from: origin,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .execute();
    return { added: 1, unchanged: 0 };
  });
}
