// Orders authorising the deprivation of a looked-after child's liberty (SSDA903 DoLo, from 2026-27):
// recorded when made, ended when the order ends, corrected with a reason (correctionRoutes.ts), and
// loaded from a council's past 903 returns. A child has one order in force at a time: the DfE's rule
// 705 refuses an order starting while the previous one is open, so Harbour refuses to record it.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import { recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import type { DeprivationOfLibertyCourt } from './codes.ts';

explainConstraints({
  deprivation_of_liberty_orders_end_after_start: {
    field: 'endDate',
    message: 'The order must end on or after the day it was made',
  },
  deprivation_of_liberty_orders_court_check: { field: 'court', message: 'Select the court from the list' },
  deprivation_of_liberty_orders_court_given: { field: 'court', message: 'Select the court that made the order' },
  deprivation_of_liberty_orders_one_a_day: {
    field: 'startDate',
    message: 'An order starting on that date is already recorded for this child',
  },
});

interface DeprivationOfLibertyOrder {
  childId: number;
  startDate: string;
  endDate?: string | null;
  court: DeprivationOfLibertyCourt;
  courtReference?: string | null;
}

/** Refuses an order overlapping another of the child's: one starting while another is in force, or open across a later one. */
async function noOtherInForce(
  trx: Kysely<Database>,
  order: { childId: number; startDate: string; endDate: string | null },
) {
  const overlapping = await trx
    .selectFrom('deprivation_of_liberty_orders')
    .select(['start_date', 'end_date'])
    .where('child_id', '=', order.childId)
    .where('start_date', '!=', order.startDate)
    // An order may start on the day the previous one ended (rule 705's passing example).
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', order.startDate)]))
    .$if(order.endDate !== null, (query) => query.where('start_date', '<', order.endDate!))
    .executeTakeFirst();
  if (overlapping)
    throw new RecordIntegrityError(
      'startDate',
      `Another order depriving the child of their liberty is in force then (from ${overlapping.start_date}${overlapping.end_date ? ` to ${overlapping.end_date}` : ', not ended'}): end or correct that order first`,
      undefined,
    );
}

/** An order the court made authorising the deprivation of the child's liberty. */
export function recordDeprivationOfLiberty(db: Kysely<Database>, actor: Actor, order: DeprivationOfLibertyOrder) {
  return writeChildRecord(db, actor, async (trx) => {
    const endDate = order.endDate ?? null;
    await noOtherInForce(trx, { childId: order.childId, startDate: order.startDate, endDate });
    const record = await trx
      .insertInto('deprivation_of_liberty_orders')
      .values({
        child_id: order.childId,
        start_date: order.startDate,
        end_date: endDate,
        court: order.court,
        court_reference: order.courtReference?.trim() || null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'deprivation_of_liberty_orders', recordId: record.id, childIds: [order.childId] };
  });
}

/** The day an order in force ended (it expired, was discharged or the child left care), checked against the version seen. */
export function endDeprivationOfLiberty(
  db: Kysely<Database>,
  actor: Actor,
  ending: { childId: number; orderId: number; version: number; endDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'deprivation_of_liberty_orders',
      id: ending.orderId,
      version: ending.version,
      childId: ending.childId,
      values: { end_date: ending.endDate },
    });
    await noOtherInForce(trx, { childId: ending.childId, startDate: record.start_date, endDate: ending.endDate });
    return {
      record,
      recordType: 'deprivation_of_liberty_orders',
      recordId: ending.orderId,
      childIds: [ending.childId],
    };
  });
}

/** One 903 DoLo row: the days the order started and ended (none while in force at the year's end). */
export interface ImportedDeprivationOfLiberty {
  startDate: string;
  endDate: string | null;
}

/**
 * A past 903's DoLo rows loaded in the caller's transaction. An order is known by its child and start
 * date: one Harbour holds is left alone when the return agrees, ended when Harbour held it open, and
 * refuses the child when they differ. A return's order open at its year's end (`asAt`) may have ended
 * since: what Harbour holds after that day is later news. The return does not name the court.
 */
export function importDeprivationOfLiberty(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  orders: readonly ImportedDeprivationOfLiberty[],
  origin: ImportedFrom,
  asAt: string | null,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'deprivation_of_liberty_orders', origin }, async (trx) => {
    const tally = { added: 0, unchanged: 0 };
    for (const order of [...orders].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
      const held = await trx
        .selectFrom('deprivation_of_liberty_orders')
        .select(['id', 'end_date', 'version'])
        .where('child_id', '=', childId)
        .where('start_date', '=', order.startDate)
        .executeTakeFirst();
      if (!held) {
        await noOtherInForce(trx, { childId, ...order });
        await trx
          .insertInto('deprivation_of_liberty_orders')
          .values({
            child_id: childId,
            start_date: order.startDate,
            end_date: order.endDate,
            imported_from: origin,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .execute();
        tally.added++;
      } else if (
        held.end_date === order.endDate ||
        (order.endDate === null && asAt !== null && held.end_date !== null && held.end_date > asAt)
      ) {
        tally.unchanged++;
      } else if (held.end_date === null) {
        await noOtherInForce(trx, { childId, ...order });
        await trx
          .updateTable('deprivation_of_liberty_orders')
          .set({
            end_date: order.endDate,
            version: held.version + 1,
            updated_by: actor.userId,
            updated_at: new Date(),
          })
          .where('id', '=', held.id)
          .execute();
        tally.added++;
      } else
        throw new RecordIntegrityError(
          'endDate',
          `Harbour holds the order depriving the child of their liberty from ${order.startDate} as ended on ${held.end_date}; the return says ${order.endDate ? `it ended on ${order.endDate}` : 'it was in force'}`,
          undefined,
        );
    }
    return tally;
  });
}
