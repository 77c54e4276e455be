// The plan itself, for a CIN or CP plan: the worker writes what needs to change and the
// contingency and submits it; a manager authorises it or returns it with a reason. Each change is
// a new version, so the plan the family had at any time, and who authorised it, is never lost.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { recordStep, type RecordRef } from '../../platform/records/writes.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { groupBy } from '../../platform/records/byChild.ts';
import { planPaths, planTables, type PagedPlanType } from './actions.ts';
import { ownPlanProblem, planInForce } from './model.ts';
import type { PlanVersion } from './schema.ts';
import { planTypes } from './codes.ts';

explainConstraints({
  plan_versions_plan_type_check: { field: 'planType', message: 'Select a child in need or child protection plan' },
  plan_versions_cin_plan: { field: 'planId', message: 'Select a child in need plan for this child' },
  plan_versions_child_protection_plan: { field: 'planId', message: 'Select a child protection plan for this child' },
  plan_versions_what_needs_to_change_check: {
    field: 'whatNeedsToChange',
    message: 'Enter what needs to change for the child, in 10000 characters or fewer',
  },
  plan_versions_contingency_check: {
    field: 'contingency',
    message: 'Enter what will happen if things do not change, in 5000 characters or fewer',
  },
  plan_versions_change_reason: {
    field: 'changeReason',
    message: 'Enter why the plan is changing, in 5000 characters or fewer',
  },
  plan_versions_decision_check: { field: 'decision', message: 'Select whether you authorise the plan or return it' },
  plan_versions_decided_after_submitted: {
    field: 'decision',
    message: 'The plan is decided on on or after the day it was submitted',
  },
  plan_versions_return_reason: {
    field: 'returnReason',
    message: 'Enter why you are returning the plan, in 5000 characters or fewer',
  },
});

/** What the worker writes: what needs to change for the child and what happens if it does not. */
export interface PlanContent {
  whatNeedsToChange: string;
  contingency: string;
  /** Why the plan changes: required of every version after the first. */
  changeReason: string | null;
}

export interface PlanSubmission extends PlanContent {
  childId: number;
  planType: PagedPlanType;
  planId: number;
  /** The plan's latest version as the person saw it: its number (0 when none was written) and its version. */
  seen: { number: number; version: number };
  submittedDate: string;
}

/**
 * The worker submits the plan for authorisation: a new version, numbered after the latest. A
 * version still awaiting a manager is marked replaced (it stays in the history). The person must
 * have seen the latest version as it is: a plan changed or decided on since is a conflict.
 */
export function submitPlan(db: Kysely<Database>, actor: Actor, input: PlanSubmission): Promise<PlanVersion> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      // The plan's row is locked so two submissions of the same plan follow one another.
      const plan = await sql<{ end_date: string | null }>`
        select end_date from ${sql.table(planTables[input.planType])}
        where id = ${input.planId} and child_id = ${input.childId} for update`.execute(trx);
      if (!plan.rows[0]) throw new NotFoundError('Plan not found');
      if (plan.rows[0].end_date)
        throw new RecordIntegrityError('record', 'This plan has ended: it can no longer change', undefined);
      const latest = await latestVersion(trx, input.planType, input.planId);
      if ((latest?.number ?? 0) !== input.seen.number || (latest && latest.version !== input.seen.version))
        throw new VersionConflictError('plan');
      if (latest && !input.changeReason?.trim())
        throw new RecordIntegrityError('changeReason', 'Enter why the plan is changing', undefined);
      if (latest && latest.decision === null)
        await recordStep(trx, actor, {
          table: 'plan_versions',
          id: latest.id,
          childId: input.childId,
          version: latest.version,
          values: { decision: 'replaced', decision_date: input.submittedDate, decided_by: actor.userId },
          step: 'Plan changed before a manager decided on it',
        });
      const version = await trx
        .insertInto('plan_versions')
        .values({
          child_id: input.childId,
          plan_type: input.planType,
          plan_id: input.planId,
          number: (latest?.number ?? 0) + 1,
          what_needs_to_change: input.whatNeedsToChange.trim(),
          contingency: input.contingency.trim(),
          change_reason: latest ? input.changeReason!.trim() : null,
          submitted_date: input.submittedDate,
          submitted_by: actor.userId,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'plan_versions',
        recordId: version.id,
        reason: 'Plan submitted for authorisation',
        detail: { action: 'created', planType: input.planType, planId: input.planId, number: version.number },
      });
      return version;
    }),
  );
}

export interface PlanDecision extends RecordRef {
  decision: 'authorised' | 'returned';
  /** Why the plan goes back to the worker: required when it does. */
  returnReason: string | null;
  decisionDate: string;
}

/** A manager authorises the plan's version or returns it to the worker with the reason: once, at the version they read. */
export async function decideOnPlan(db: Kysely<Database>, actor: Actor, input: PlanDecision) {
  if (input.decision === 'returned' && !input.returnReason?.trim())
    throw new RecordIntegrityError('returnReason', 'Enter why you are returning the plan', undefined);
  if (input.decision === 'authorised') {
    const decided = await db
      .selectFrom('plan_versions')
      .select('submitted_by')
      .where('id', '=', input.id)
      .where('child_id', '=', input.childId)
      .executeTakeFirst();
    const own = decided && ownPlanProblem(decided, actor.userId);
    if (own) throw new RecordIntegrityError('decision', own, undefined);
  }
  return recordStep(db, actor, {
    table: 'plan_versions',
    id: input.id,
    childId: input.childId,
    version: input.version,
    values: {
      decision: input.decision,
      decision_date: input.decisionDate,
      decided_by: actor.userId,
      return_reason: input.decision === 'returned' ? input.returnReason!.trim() : null,
    },
    step: input.decision === 'authorised' ? 'Plan authorised' : 'Plan returned to the worker',
  });
}

const latestVersion = (db: Kysely<Database>, planType: PagedPlanType, planId: number) =>
  db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_type', '=', planType)
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();

/** A plan's versions, newest first, with who submitted and who decided on each. */
export const versionsOfPlan = (db: Kysely<Database>, childId: number, planType: PagedPlanType, planId: number) =>
  versionsWithNames(db)
    .where('plan_versions.child_id', '=', childId)
    .where('plan_type', '=', planType)
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .execute();

const versionsWithNames = (db: Kysely<Database>) =>
  db
    .selectFrom('plan_versions')
    .leftJoin('users as submitter', 'submitter.id', 'plan_versions.submitted_by')
    .leftJoin('users as decider', 'decider.id', 'plan_versions.decided_by')
    .selectAll('plan_versions')
    .select(['submitter.display_name as submitted_by_name', 'decider.display_name as decided_by_name']);

/**
 * Where each of the child's CIN and CP plans open on the day stands, keyed by its kind and id
 * ("child-in-need:12"): its latest version and the one in force. Their page shows it beside each
 * open plan, so ended plans' versions are not read.
 */
export async function plansOfChild(db: Kysely<Database>, childId: number, on: string) {
  const versions = await versionsWithNames(db)
    .leftJoin('cin_plans', 'cin_plans.id', 'plan_versions.cin_plan_id')
    .leftJoin('child_protection_plans', 'child_protection_plans.id', 'plan_versions.child_protection_plan_id')
    .where('plan_versions.child_id', '=', childId)
    .where((eb) => {
      const ended = sql<string | null>`coalesce(cin_plans.end_date, child_protection_plans.end_date)`;
      return eb.or([eb(ended, 'is', null), eb(ended, '>', on)]);
    })
    .orderBy('number', 'desc')
    .execute();
  return Object.fromEntries(
    [...groupBy(versions, (version) => `${version.plan_type}:${version.plan_id}`)].map(([key, ofPlan]) => [
      key,
      { latest: ofPlan[0], inForce: planInForce(ofPlan) },
    ]),
  );
}

/**
 * Of these children's plans, the versions submitted and awaiting a manager's decision, oldest first,
 * each with its plan's name and the address of its authorisation page.
 */
export async function plansAwaitingAuthorisation(db: Kysely<Database>, childIds: readonly number[]) {
  if (childIds.length === 0) return [];
  // Only what the lists show: not the plans' words, read for every child of a manager's team on their home page.
  const versions = await db
    .selectFrom('plan_versions')
    .leftJoin('users as submitter', 'submitter.id', 'plan_versions.submitted_by')
    .select([
      'child_id',
      'plan_type',
      'plan_id',
      'number',
      'submitted_date',
      'submitter.display_name as submitted_by_name',
    ])
    .where('child_id', 'in', [...childIds])
    .where('decision', 'is', null)
    .orderBy('submitted_date')
    .orderBy('plan_versions.id')
    .execute();
  return versions.map((version) => {
    const planType = version.plan_type as PagedPlanType;
    return {
      ...version,
      title: planTypes[planType],
      authorisePath: `${planContentPath(version.child_id, planType, version.plan_id)}/authorise`,
    };
  });
}

/**
 * The plans a manager returned to the person who wrote them, still waiting for them to change: the
 * latest version of a plan not yet ended, newest decision first, with why it came back.
 */
export async function plansReturnedTo(db: Kysely<Database>, userId: number) {
  const versions = await db
    .selectFrom('plan_versions as returned')
    .leftJoin('users as decider', 'decider.id', 'returned.decided_by')
    .select([
      'returned.child_id',
      'returned.plan_type',
      'returned.plan_id',
      'returned.decision_date',
      'returned.return_reason',
      'decider.display_name as returned_by_name',
    ])
    .where('returned.submitted_by', '=', userId)
    .where('returned.decision', '=', 'returned')
    .where((eb) =>
      eb.and([
        eb.not(
          eb.exists(
            eb
              .selectFrom('plan_versions as newer')
              .select('newer.id')
              .whereRef('newer.plan_type', '=', 'returned.plan_type')
              .whereRef('newer.plan_id', '=', 'returned.plan_id')
              .whereRef('newer.number', '>', 'returned.number'),
          ),
        ),
        eb.or([
          eb('returned.plan_type', '=', 'child-in-need').and(
            eb.exists(
              eb
                .selectFrom('cin_plans')
                .select('cin_plans.id')
                .whereRef('cin_plans.id', '=', 'returned.plan_id')
                .where('cin_plans.end_date', 'is', null),
            ),
          ),
          eb('returned.plan_type', '=', 'child-protection').and(
            eb.exists(
              eb
                .selectFrom('child_protection_plans')
                .select('child_protection_plans.id')
                .whereRef('child_protection_plans.id', '=', 'returned.plan_id')
                .where('child_protection_plans.end_date', 'is', null),
            ),
          ),
        ]),
      ]),
    )
    .orderBy('returned.decision_date', 'desc')
    .orderBy('returned.id', 'desc')
    .execute();
  return versions.map((version) => {
    const planType = version.plan_type as PagedPlanType;
    return {
      ...version,
      title: planTypes[planType],
      path: planContentPath(version.child_id, planType, version.plan_id),
    };
  });
}

/** The address of a plan's own pages: writing it, and `/authorise` and `/versions` after it. */
const planContentPath = (childId: number, planType: PagedPlanType, planId: number) =>
  `/children/${childId}/${planPaths[planType]}/${planId}/plan`;

/** Where a plan stands, for its pages: its versions (newest first), the latest, the one in force, and the way to its forms. */
export async function planVersionsView(db: Kysely<Database>, childId: number, planType: PagedPlanType, planId: number) {
  const versions = await versionsOfPlan(db, childId, planType, planId);
  return {
    path: planContentPath(childId, planType, planId),
    versions,
    latest: versions[0],
    inForce: planInForce(versions),
    count: versions.length,
  };
}
