// A child's status as an unaccompanied asylum-seeking child, kept with their other immigration
// statuses: the SSDA903 UASC table reports it, with DUC the date it ceased.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { explainConstraints } from '../../platform/records/integrity.ts';
import { recordProgress, writeChildRecord } from '../../platform/records/writes.ts';

explainConstraints({
  immigration_statuses_end_after_start: {
    field: 'endDate',
    message: 'The date the status ended must be on or after the date it started',
  },
});

/** The child's periods as an unaccompanied asylum-seeking child, earliest first. */
export const uascPeriodsOf = (db: Kysely<Database>, childId: number) =>
  db
    .selectFrom('immigration_statuses')
    .selectAll()
    .where('child_id', '=', childId)
    .where('status', '=', 'UASC')
    .orderBy('start_date')
    .execute();

export function startUascStatus(db: Kysely<Database>, actor: Actor, start: { childId: number; startDate: string }) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('immigration_statuses')
      .values({ child_id: start.childId, status: 'UASC', start_date: start.startDate })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'immigration_statuses', recordId: record.id, childIds: [start.childId] };
  });
}

/** The status ended (903 DUC): the child turned 18, was granted leave, or was found not to be a UASC. */
export function endUascStatus(
  db: Kysely<Database>,
  actor: Actor,
  end: { childId: number; id: number; version: number; endDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'immigration_statuses',
      id: end.id,
      version: end.version,
      childId: end.childId,
      values: { end_date: end.endDate },
    });
    return { record, recordType: 'immigration_statuses', recordId: end.id, childIds: [end.childId] };
  });
}
