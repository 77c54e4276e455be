import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { firstSocialWorker, type SocialWorkerChangeReason, type WorkerRole } from './codes.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { inPostOn } from './picker.ts';

explainConstraints({
  allocations_no_overlap: {
    field: 'startDate',
    message: 'The child already has an allocated worker on that date: end that allocation first',
  },
  allocations_end_after_start: { field: 'endDate', message: 'The end date must be on or after the start date' },
  workers_end_after_start: { field: 'endDate', message: 'The leaving date must be on or after the start date' },
  workers_swe_registration_number_key: {
    field: 'sweRegistrationNumber',
    message: 'Another worker has that Social Work England registration number: check the number',
  },
  workers_swe_registration_number_format: {
    field: 'sweRegistrationNumber',
    message: 'Enter the Social Work England registration number as SW and its digits, like SW123456',
  },
});

export interface WorkerDetails {
  name: string;
  role: WorkerRole;
  teamId: number | null;
  startDate: string;
  userId?: number | null;
  fullTimeEquivalent?: number;
  isAgency?: boolean;
  isSynthetic?: boolean;
  sweRegistrationNumber?: string | null;
}

/** A worker added without an audit record: for seeding and tests. Pages use recordWorker (workers.ts). */
export const addWorker = (db: Kysely<Database>, details: WorkerDetails) =>
  withIntegrity(
    db
      .insertInto('workers')
      .values({
        name: details.name,
        role: details.role,
        team_id: details.teamId,
        start_date: details.startDate,
        user_id: details.userId ?? null,
        full_time_equivalent: details.fullTimeEquivalent ?? 1,
        is_agency: details.isAgency ?? false,
        is_synthetic: details.isSynthetic ?? false,
        swe_registration_number: details.sweRegistrationNumber ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );

/**
 * Allocates a child to a worker from a date, ending the current allocation the day before
 * the new one starts (a child is never left between workers by a reallocation). A change of
 * worker says why (the 903's SW_REASON); a child with no worker before is on first contact or
 * re-referral, so that is recorded without asking.
 */
export function allocateChild(
  db: Kysely<Database>,
  actor: Actor,
  allocation: { childId: number; workerId: number; startDate: string; reason?: SocialWorkerChangeReason },
) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      // Shared lock: a leaving date being recorded for the worker waits for this allocation, then sees it.
      const worker = await trx
        .selectFrom('workers')
        .selectAll()
        .where('id', '=', allocation.workerId)
        .forShare()
        .executeTakeFirst();
      if (!worker || worker.team_id === null)
        throw new RecordIntegrityError('workerId', 'Select a worker who is in a team', undefined);
      if (worker.start_date > allocation.startDate)
        throw new RecordIntegrityError(
          'workerId',
          'This worker has not started by then: select another worker or a later date',
          undefined,
        );
      // The leaving date is the first day without cases; an allocation has no end, so it would outlast it.
      if (worker.end_date !== null) {
        throw new RecordIntegrityError(
          'workerId',
          worker.end_date <= allocation.startDate
            ? 'This worker has left: select another worker'
            : 'This worker is leaving: select another worker',
          undefined,
        );
      }
      const handedOver = await trx
        .updateTable('allocations')
        .set({
          end_date: allocation.startDate,
          updated_by: actor.userId,
          updated_at: new Date(),
          version: sql`version + 1`,
        })
        .where('child_id', '=', allocation.childId)
        .where('end_date', 'is', null)
        .where('start_date', '<', allocation.startDate)
        .returning('id')
        .executeTakeFirst();
      const reason = handedOver ? allocation.reason : firstSocialWorker;
      if (!reason || (handedOver && reason === firstSocialWorker))
        throw new RecordIntegrityError(
          'changeReason',
          'Select why the child is getting a new social worker',
          undefined,
        );
      const row = await trx
        .insertInto('allocations')
        .values({
          child_id: allocation.childId,
          worker_id: worker.id,
          team_id: worker.team_id,
          start_date: allocation.startDate,
          change_reason: reason,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(allocation.childId),
        recordType: 'allocations',
        recordId: row.id,
        detail: { workerId: worker.id, teamId: worker.team_id, changeReason: reason },
      });
      return row;
    }),
  );
}

/**
 * Ends a child's allocation when their case closes (the child is then unallocated only if still open).
 * No reason is asked: the 903's SW_REASON is why a child was given a new social worker, and none is.
 */
export function endAllocation(db: Kysely<Database>, actor: Actor, allocation: { childId: number; endDate: string }) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const ended = await trx
        .updateTable('allocations')
        .set({
          end_date: allocation.endDate,
          updated_by: actor.userId,
          updated_at: new Date(),
          version: sql`version + 1`,
        })
        .where('child_id', '=', allocation.childId)
        .where('end_date', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (ended)
        await childRecordChanged(trx, actor, {
          childId: String(allocation.childId),
          recordType: 'allocations',
          recordId: ended.id,
          detail: { ended: allocation.endDate },
        });
      return ended;
    }),
  );
}

/** Who holds the child's case on a date (allocations are half-open: the end date belongs to the next). */
export const allocationOn = (db: Kysely<Database>, childId: number, date: string) =>
  db
    .selectFrom('allocations')
    .innerJoin('workers', 'workers.id', 'allocations.worker_id')
    .innerJoin('teams', 'teams.id', 'allocations.team_id')
    .select([
      'allocations.id',
      'allocations.start_date',
      'workers.id as worker_id',
      'workers.name as worker_name',
      'workers.role as worker_role',
      'teams.id as team_id',
      'teams.name as team_name',
    ])
    .where('allocations.child_id', '=', childId)
    .where('allocations.start_date', '<=', date)
    .where((eb) => eb.or([eb('allocations.end_date', 'is', null), eb('allocations.end_date', '>', date)]))
    .executeTakeFirst();

/** Each worker in post on a date (started, not yet left) and their caseload: the count of children allocated to them. */
export const caseloadsOn = (db: Kysely<Database>, date: string, teamId?: number) => {
  let query = db
    .selectFrom('workers')
    .leftJoin('allocations', (join) =>
      join
        .onRef('allocations.worker_id', '=', 'workers.id')
        .on('allocations.start_date', '<=', date)
        .on((eb) => eb.or([eb('allocations.end_date', 'is', null), eb('allocations.end_date', '>', date)])),
    )
    .leftJoin('teams', 'teams.id', 'workers.team_id')
    .select(['workers.id', 'workers.name', 'workers.role', 'workers.team_id', 'teams.name as team_name'])
    .select((eb) => eb.fn.count<number>('allocations.id').as('caseload'))
    .where(inPostOn(date))
    .groupBy(['workers.id', 'workers.name', 'workers.role', 'workers.team_id', 'teams.name'])
    .orderBy('workers.name');
  if (teamId !== undefined) query = query.where('workers.team_id', '=', teamId);
  return query.execute();
};
