// A looked-after child's convictions (903 OC2 CONVICTED): the day of each, nothing of the offence,
// since the return asks only whether the child was convicted in the year and the youth justice
// service keeps the rest. Corrected with a reason like every record (convictionRoutes.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';
import type { Actor } from '../../platform/access/audit.ts';
import type { ImportedFrom } from '../../platform/records/imported.ts';
import { explainConstraints } from '../../platform/records/integrity.ts';
import { writeChildRecord } from '../../platform/records/writes.ts';

interface ConvictionsTable extends Tracked {
  id: Id;
  child_id: number;
  convicted_on: DateColumn;
  /** Loaded from a past 903's OC2 (0140), dated the year's last day. */
  imported_from: ImportedFrom | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    convictions: ConvictionsTable;
  }
}

explainConstraints({
  convictions_one_a_day: { field: 'convictedOn', message: 'A conviction is already recorded on this date' },
});

/** A conviction of the child on a day. */
export function recordConviction(
  db: Kysely<Database>,
  actor: Actor,
  conviction: { childId: number; convictedOn: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('convictions')
      .values({
        child_id: conviction.childId,
        convicted_on: conviction.convictedOn,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'convictions', recordId: record.id, childIds: [conviction.childId] };
  });
}

/** The child's convictions, latest first. */
export const convictionsOf = (db: Kysely<Database>, childId: number) =>
  db.selectFrom('convictions').selectAll().where('child_id', '=', childId).orderBy('convicted_on', 'desc').execute();
