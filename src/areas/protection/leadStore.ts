// The Lead Child Protection Practitioner of a section 47 enquiry or a child protection plan, and
// the multi-agency team holding it: each change a row from its day, so who led and from when stays.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { longDate } from '../../core/dateText.ts';
import { chosenWorker } from '../workforce/index.ts';
import { leadPractitionerRoles } from './model.ts';

/** What a Lead Child Protection Practitioner leads: the enquiry, then the plan. */
export type LedRecord = { kind: 'section-47'; id: number } | { kind: 'plan'; id: number };

const recordColumn = (record: LedRecord) =>
  record.kind === 'section-47' ? 'section_47_enquiry_id' : 'child_protection_plan_id';

const ledWords = (record: LedRecord) => (record.kind === 'section-47' ? 'the enquiry' : 'the plan');

/** Who has led the record, in order, each with their team and who recorded the change. */
export const leadsOf = (db: Kysely<Database>, record: LedRecord) =>
  db
    .selectFrom('lead_child_protection_practitioners as lead')
    .innerJoin('workers', 'workers.id', 'lead.worker_id')
    .leftJoin('teams', 'teams.id', 'lead.team_id')
    .leftJoin('users', 'users.id', 'lead.created_by')
    .select([
      'lead.id',
      'lead.child_id',
      'lead.worker_id',
      'lead.team_id',
      'lead.from_date',
      'lead.reason',
      'lead.created_at',
      'workers.name as worker_name',
      'workers.user_id as worker_user_id',
      'teams.name as team_name',
      'users.display_name as recorded_by',
    ])
    .where(`lead.${recordColumn(record)}`, '=', record.id)
    .orderBy('lead.from_date')
    .orderBy('lead.id')
    .execute();

export type Lead = Awaited<ReturnType<typeof leadsOf>>[number];

/** The version a change of lead is made against: one more than the changes so far, so two at once cannot both win. */
export const leadVersion = (leads: readonly unknown[]) => leads.length + 1;

export interface LeadChange {
  childId: number;
  record: LedRecord;
  version: number;
  workerId: number;
  teamId: number | null;
  fromDate: string;
  reason: string | null;
}

/** The record led, locked for the change: its first and last days, or a 404 when it is not this child's. */
async function ledRecord(trx: Kysely<Database>, childId: number, record: LedRecord) {
  const row =
    record.kind === 'section-47'
      ? await trx
          .selectFrom('section_47_enquiries')
          .select(['start_date', 'end_date'])
          .where('id', '=', record.id)
          .where('child_id', '=', childId)
          .forUpdate()
          .executeTakeFirst()
      : await trx
          .selectFrom('child_protection_plans')
          .select(['start_date', 'end_date'])
          .where('id', '=', record.id)
          .where('child_id', '=', childId)
          .forUpdate()
          .executeTakeFirst();
  if (!row) throw new NotFoundError(`${ledWords(record)} not found`);
  return row;
}

/** Why a change of lead cannot be made, or undefined (the worker and team are checked against the database). */
export function leadChangeProblem(
  change: Pick<LeadChange, 'fromDate' | 'reason' | 'workerId' | 'teamId' | 'record'>,
  led: { start_date: string; end_date: string | null },
  latest: Pick<Lead, 'from_date' | 'worker_id' | 'team_id'> | undefined,
): { field: string; message: string } | undefined {
  const what = ledWords(change.record);
  if (change.fromDate < led.start_date)
    return {
      field: 'fromDate',
      message: `The date must be on or after ${longDate(led.start_date)}, when ${what} started`,
    };
  if (led.end_date && change.fromDate > led.end_date)
    return {
      field: 'fromDate',
      message: `The date must be on or before ${longDate(led.end_date)}, when ${what} ended`,
    };
  if (!latest) return undefined;
  if (change.fromDate < latest.from_date)
    return {
      field: 'fromDate',
      message: `The date must be on or after ${longDate(latest.from_date)}, when the current lead started`,
    };
  if (latest.worker_id === change.workerId && latest.team_id === change.teamId)
    return { field: 'workerId', message: `They already lead ${what} with this team` };
  if (!change.reason) return { field: 'reason', message: 'Enter why the lead changes' };
  return undefined;
}

/** Records who leads the enquiry or plan from a day, and the team holding it. */
export function recordLeadPractitioner(db: Kysely<Database>, actor: Actor, change: LeadChange) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const led = await ledRecord(trx, change.childId, change.record);
      const leads = await leadsOf(trx, change.record);
      if (leadVersion(leads) !== change.version) throw new VersionConflictError('lead child protection practitioner');
      const problem = leadChangeProblem(change, led, leads.at(-1));
      if (problem) throw new RecordIntegrityError(problem.field, problem.message, undefined);
      await chosenWorker(trx, {
        workerId: change.workerId,
        on: change.fromDate,
        roles: leadPractitionerRoles,
        field: 'workerId',
        message: 'Select a qualified social worker in post on that day',
      });
      if (change.teamId !== null) {
        const team = await trx
          .selectFrom('multi_agency_teams')
          .select('team_id')
          .where('team_id', '=', change.teamId)
          .executeTakeFirst();
        if (!team) throw new RecordIntegrityError('teamId', 'Select a multi-agency child protection team', undefined);
      }
      const row = await trx
        .insertInto('lead_child_protection_practitioners')
        .values({
          child_id: change.childId,
          [recordColumn(change.record)]: change.record.id,
          worker_id: change.workerId,
          team_id: change.teamId,
          from_date: change.fromDate,
          reason: leads.length ? change.reason : null,
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(change.childId),
        recordType: 'lead_child_protection_practitioners',
        recordId: row.id,
        reason: leads.length ? change.reason! : 'Lead Child Protection Practitioner recorded',
        detail: { [recordColumn(change.record)]: change.record.id, workerId: row.worker_id, teamId: row.team_id },
      });
      return row;
    }),
  );
}

/** A lead row that no later row of the same record replaces. */
const latestLead = (eb: ExpressionBuilder<Database, 'lead_child_protection_practitioners'>) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom('lead_child_protection_practitioners as later')
        .select('later.id')
        .where((later) =>
          later.or([
            later(
              'later.section_47_enquiry_id',
              '=',
              later.ref('lead_child_protection_practitioners.section_47_enquiry_id'),
            ),
            later(
              'later.child_protection_plan_id',
              '=',
              later.ref('lead_child_protection_practitioners.child_protection_plan_id'),
            ),
          ]),
        )
        .where((later) =>
          later.or([
            later('later.from_date', '>', later.ref('lead_child_protection_practitioners.from_date')),
            later.and([
              later('later.from_date', '=', later.ref('lead_child_protection_practitioners.from_date')),
              later('later.id', '>', later.ref('lead_child_protection_practitioners.id')),
            ]),
          ]),
        ),
    ),
  );

/** Of an open enquiry or an open plan: the record still under way. */
const ofOpenRecord = (eb: ExpressionBuilder<Database, 'lead_child_protection_practitioners'>) =>
  eb.or([
    eb(
      'lead_child_protection_practitioners.section_47_enquiry_id',
      'in',
      eb.selectFrom('section_47_enquiries').select('id').where('end_date', 'is', null),
    ),
    eb(
      'lead_child_protection_practitioners.child_protection_plan_id',
      'in',
      eb.selectFrom('child_protection_plans').select('id').where('end_date', 'is', null),
    ),
  ]);

/** The current leads of open enquiries and plans: who leads each and the team holding it. */
export const currentLeads = (db: Kysely<Database>) =>
  db
    .selectFrom('lead_child_protection_practitioners')
    .innerJoin('workers', 'workers.id', 'lead_child_protection_practitioners.worker_id')
    .leftJoin('teams', 'teams.id', 'lead_child_protection_practitioners.team_id')
    .select([
      'lead_child_protection_practitioners.child_id',
      'lead_child_protection_practitioners.section_47_enquiry_id',
      'lead_child_protection_practitioners.child_protection_plan_id',
      'lead_child_protection_practitioners.team_id',
      'lead_child_protection_practitioners.from_date',
      'workers.name as worker_name',
      'workers.user_id as worker_user_id',
      'teams.name as team_name',
    ])
    .where(latestLead)
    .where(ofOpenRecord);

/** Who leads the child's open enquiry and plan now, for the child's page. */
export const leadsOfChild = (db: Kysely<Database>, childId: number) =>
  currentLeads(db)
    .where('lead_child_protection_practitioners.child_id', '=', childId)
    .orderBy('lead_child_protection_practitioners.from_date')
    .execute();

/** The open enquiries and plans the team holds now, each with who leads it. */
export const heldByTeam = (db: Kysely<Database>, teamId: number) =>
  currentLeads(db)
    .where('lead_child_protection_practitioners.team_id', '=', teamId)
    .orderBy('lead_child_protection_practitioners.child_id')
    .execute();
