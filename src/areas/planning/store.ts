import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { systemClock } from '../../core/clock.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { recordStep, type RecordRef } from '../../platform/records/writes.ts';
import type { PlanType } from './codes.ts';
import { planActionDueDate } from './model.ts';
import { openReferralOn } from '../assessment/index.ts';
import { familyNetwork } from '../people/index.ts';
import { chosenWorker } from '../workforce/index.ts';
import type { ChildInNeedPlan, ChildInNeedPlanReview, PlanAction } from './schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

explainConstraints({
  cin_plans_referral: { field: 'referralId', message: 'Select a referral for this child' },
  cin_plans_end_after_start: { field: 'endDate', message: 'The end date must be on or after the start date' },
  cin_plans_no_overlap: { field: 'startDate', message: 'This overlaps another child in need plan for the child' },
  cin_plans_one_open: { field: 'startDate', message: 'The child already has an open child in need plan: end it first' },
  cin_plan_reviews_plan: { field: 'planId', message: 'Select a child in need plan for this child' },
  plan_actions_plan_type_check: { field: 'planType', message: 'Select the plan the action belongs to' },
  plan_actions_cin_plan: { field: 'planId', message: 'Select a child in need plan for this child' },
  plan_actions_child_protection_plan: { field: 'planId', message: 'Select a child protection plan for this child' },
  plan_actions_description_check: { field: 'description', message: 'Enter what the action is' },
  plan_actions_owner_kind: { field: 'ownerKind', message: 'Select who owns the action' },
  plan_actions_owner_of_kind: { field: 'ownerKind', message: 'Select who owns the action' },
  plan_actions_due_after_recorded: {
    field: 'dueDate',
    message: 'The due date must be on or after the date the action was recorded',
  },
  plan_actions_done_after_recorded: {
    field: 'doneDate',
    message: 'The date done must be on or after the date the action was recorded',
  },
});

const created = (trx: Kysely<Database>, actor: Actor, childId: number, recordType: string, recordId: number) =>
  childRecordChanged(trx, actor, { childId: String(childId), recordType, recordId, detail: { action: 'created' } });

/**
 * Starts a CIN plan in the CIN episode open on its start date (the one the assessment area holds),
 * unless the caller names the referral itself; a plan with no open episode belongs to none.
 */
export function startChildInNeedPlan(
  db: Kysely<Database>,
  actor: Actor,
  input: { childId: number; referralId?: number | null; startDate: string },
): Promise<ChildInNeedPlan> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const referralId =
        input.referralId === undefined
          ? ((await openReferralOn(trx, input.childId, input.startDate))?.id ?? null)
          : input.referralId;
      const plan = await trx
        .insertInto('cin_plans')
        .values({
          child_id: input.childId,
          referral_id: referralId,
          start_date: input.startDate,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await created(trx, actor, input.childId, 'cin_plans', plan.id);
      return plan;
    }),
  );
}

export function endChildInNeedPlan(db: Kysely<Database>, actor: Actor, input: RecordRef & { endDate: string }) {
  return recordStep(db, actor, {
    ...input,
    table: 'cin_plans',
    values: { end_date: input.endDate },
    step: 'Child in need plan ended',
  });
}

export function recordChildInNeedPlanReview(
  db: Kysely<Database>,
  actor: Actor,
  input: { childId: number; planId: number; date: string; notes?: string | null },
): Promise<ChildInNeedPlanReview> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const review = await trx
        .insertInto('cin_plan_reviews')
        .values({
          child_id: input.childId,
          cin_plan_id: input.planId,
          review_date: input.date,
          notes: input.notes ?? null,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await created(trx, actor, input.childId, 'cin_plan_reviews', review.id);
      return review;
    }),
  );
}

/** Who owns an action: a worker in post, an adult of the child's family network, or a professional named with their agency. */
export type ActionOwner =
  | { kind: 'worker'; workerId: number }
  | { kind: 'family-member'; adultId: number }
  | { kind: 'professional'; name: string; agency: string };

/**
 * The owner's columns, checked: the worker in post on the day, the family member in the child's
 * network. A strategy discussion's actions (protection) are owned the same way.
 */
export async function ownerColumns(trx: Kysely<Database>, childId: number, owner: ActionOwner, on: string) {
  const none = { owner_worker_id: null, owner_adult_id: null, owner_name: null, owner_agency: null };
  switch (owner.kind) {
    case 'worker':
      await chosenWorker(trx, {
        workerId: owner.workerId,
        on,
        field: 'ownerWorkerId',
        message: 'Select the worker from the list: someone in post',
      });
      return { ...none, owner_kind: owner.kind, owner_worker_id: owner.workerId };
    case 'family-member':
      if (!(await familyNetwork(trx, childId)).some((member) => member.kind === 'adult' && member.id === owner.adultId))
        throw new RecordIntegrityError(
          'ownerAdultId',
          'Select the family member from the list: an adult in the child’s family network',
          undefined,
        );
      return { ...none, owner_kind: owner.kind, owner_adult_id: owner.adultId };
    case 'professional':
      return { ...none, owner_kind: owner.kind, owner_name: owner.name.trim(), owner_agency: owner.agency.trim() };
  }
}

export interface NewPlanAction {
  childId: number;
  planType: PlanType;
  planId: number;
  description: string;
  owner: ActionOwner;
  /** Defaults to today. */
  recordedDate?: string;
  /** As entered: a blank or "ongoing" due date is refused. */
  dueDate: string | null | undefined;
}

export function recordPlanAction(db: Kysely<Database>, actor: Actor, input: NewPlanAction): Promise<PlanAction> {
  const recordedDate = input.recordedDate ?? systemClock().today().toString();
  const due = planActionDueDate(input.dueDate, recordedDate);
  if ('message' in due) return Promise.reject(new RecordIntegrityError('dueDate', due.message, undefined));
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const action = await trx
        .insertInto('plan_actions')
        .values({
          child_id: input.childId,
          plan_type: input.planType,
          plan_id: input.planId,
          description: input.description.trim(),
          ...(await ownerColumns(trx, input.childId, input.owner, recordedDate)),
          recorded_date: recordedDate,
          due_date: due.dueDate,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await created(trx, actor, input.childId, 'plan_actions', action.id);
      return action;
    }),
  );
}

export function completePlanAction(db: Kysely<Database>, actor: Actor, input: RecordRef & { doneDate: string }) {
  return recordStep(db, actor, {
    ...input,
    table: 'plan_actions',
    values: { done_date: input.doneDate },
    step: 'Plan action done',
  });
}
