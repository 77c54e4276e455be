import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { recordAudit, type Actor, type AuditEventName } from '../../platform/access/audit.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import type { WorkforceTables } from './schema.ts';
import { addWorker, type WorkerDetails } from './allocations.ts';
import type { WorkerRole } from './codes.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

export type Worker = Selectable<WorkforceTables['workers']>;

explainConstraints({
  workers_user_id_key: {
    field: 'userId',
    message: 'That user account is already linked to another worker: select another',
  },
  workers_user_id_fkey: { field: 'userId', message: 'Select a user account from the list' },
  workers_team_id_fkey: { field: 'teamId', message: 'Select a team from the list' },
});

const workforceChanged: AuditEventName = 'workforce-changed';

const audit = (
  executor: Kysely<Database>,
  actor: Actor,
  worker: Worker,
  action: 'added' | 'changed' | 'left',
  detail: Record<string, unknown>,
) =>
  recordAudit(executor, actor, {
    event: workforceChanged,
    recordType: 'worker',
    recordId: worker.id,
    detail: { action, name: worker.name, ...detail },
  });

/** A worker joins the workforce, so children can be allocated to them from their start date. */
export function recordWorker(db: Kysely<Database>, actor: Actor, details: WorkerDetails): Promise<Worker> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const worker = await addWorker(trx, details);
      await audit(trx, actor, worker, 'added', {
        role: worker.role,
        teamId: worker.team_id,
        startDate: worker.start_date,
        fullTimeEquivalent: worker.full_time_equivalent,
        isAgency: worker.is_agency,
        userId: worker.user_id,
        sweRegistrationNumber: worker.swe_registration_number,
      });
      return worker;
    }),
  );
}

export interface WorkerChange {
  name: string;
  role: WorkerRole;
  teamId: number;
  fullTimeEquivalent: number;
  isAgency: boolean;
  userId: number | null;
  sweRegistrationNumber: string | null;
}

/**
 * The children a worker holds on or after a day (allocations are half-open: one ending on the
 * day has passed to the next worker), for the manager to reallocate.
 */
export const childrenAllocatedTo = (db: Kysely<Database>, workerId: number, from: string) =>
  db
    .selectFrom('allocations')
    .innerJoin('children', 'children.id', 'allocations.child_id')
    .select([
      'children.id',
      'children.forename',
      'children.surname',
      'children.access_restriction',
      'allocations.start_date',
      'allocations.end_date',
    ])
    .where('allocations.worker_id', '=', workerId)
    .where((eb) => eb.or([eb('allocations.end_date', 'is', null), eb('allocations.end_date', '>', from)]))
    .orderBy('children.surname')
    .orderBy('children.forename')
    .execute();

const countAllocatedTo = async (db: Kysely<Database>, workerId: number, from: string) =>
  (
    await db
      .selectFrom('allocations')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('worker_id', '=', workerId)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', from)]))
      .executeTakeFirstOrThrow()
  ).count;

export const children = (count: number) => (count === 1 ? '1 child' : `${count} children`);

/** The worker row, locked, at the version the editor saw; anything else is someone else's change. */
async function lockedAt(trx: Kysely<Database>, workerId: number, version: number): Promise<Worker> {
  const worker = await trx.selectFrom('workers').selectAll().where('id', '=', workerId).forUpdate().executeTakeFirst();
  if (!worker || worker.version !== version) throw new VersionConflictError('worker');
  return worker;
}

/**
 * Changes a worker's details, only if nobody else has since the editor loaded `version`.
 * Allocations name the team that held the child, so a worker still holding children today or
 * later cannot move team until a manager reallocates them.
 */
export function changeWorker(
  db: Kysely<Database>,
  actor: Actor,
  change: { workerId: number; version: number; today: string; details: WorkerChange },
): Promise<Worker> {
  const { details } = change;
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const before = await lockedAt(trx, change.workerId, change.version);
      if (before.team_id !== details.teamId) {
        const held = await countAllocatedTo(trx, before.id, change.today);
        if (held > 0)
          throw new RecordIntegrityError(
            'teamId',
            `${before.name} still holds ${children(held)} in their team: reallocate them before moving team`,
            undefined,
          );
      }
      const worker = await trx
        .updateTable('workers')
        .set({
          name: details.name,
          role: details.role,
          team_id: details.teamId,
          full_time_equivalent: details.fullTimeEquivalent,
          is_agency: details.isAgency,
          user_id: details.userId,
          swe_registration_number: details.sweRegistrationNumber,
          version: sql`version + 1`,
        })
        .where('id', '=', before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const changed = Object.fromEntries(
        (
          [
            'name',
            'role',
            'team_id',
            'full_time_equivalent',
            'is_agency',
            'user_id',
            'swe_registration_number',
          ] as const
        )
          .filter((field) => before[field] !== worker[field])
          .map((field) => [field, { from: before[field], to: worker[field] }]),
      );
      await audit(trx, actor, worker, 'changed', { changed });
      return worker;
    }),
  );
}

/**
 * Records the day a worker leaves: from that day they hold no children. Refused while any child
 * is still allocated to them on or after it: a manager reallocates them first.
 */
export function recordWorkerLeaving(
  db: Kysely<Database>,
  actor: Actor,
  leaving: { workerId: number; version: number; endDate: string },
): Promise<Worker> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const before = await lockedAt(trx, leaving.workerId, leaving.version);
      if (leaving.endDate < before.start_date)
        throw new RecordIntegrityError('endDate', 'The leaving date must be on or after the start date', undefined);
      const held = await countAllocatedTo(trx, before.id, leaving.endDate);
      if (held > 0)
        throw new RecordIntegrityError(
          'endDate',
          `${before.name} still holds ${children(held)} on or after that leaving date: reallocate them first`,
          undefined,
        );
      const worker = await trx
        .updateTable('workers')
        .set({ end_date: leaving.endDate, version: sql`version + 1` })
        .where('id', '=', before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, actor, worker, 'left', { endDate: worker.end_date, previousEndDate: before.end_date });
      return worker;
    }),
  );
}
