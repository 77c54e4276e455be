import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordViewed, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints } from '../../platform/records/integrity.ts';
import { endCurrentRecord, recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import type {
  AdopterLegalStatus,
  AdopterSex,
  AdoptionPlanChangeReason,
  PermanencePlanType,
  ReasonPlacedForAdoptionCeased,
  SiblingPlaced,
} from './codes.ts';

explainConstraints({
  permanence_plans_end_after_start: { field: 'endDate', message: 'The end date must be on or after the start date' },
  permanence_plans_no_overlap: { field: 'startDate', message: 'This overlaps another permanence plan for the child' },
  permanence_plans_one_open: { field: 'startDate', message: 'The child already has a current permanence plan' },
  permanence_plans_plan_type_check: { field: 'planType', message: 'Select the permanence plan from the list' },
  adoption_plans_placement_order_after_decision: {
    field: 'placementOrderDate',
    message: 'The placement order must be on or after the decision that the child should be placed for adoption',
  },
  adoption_plans_matched_after_decision: {
    field: 'matchedDate',
    message: 'The match must be on or after the decision that the child should be placed for adoption',
  },
  adoption_plans_placed_after_match: {
    field: 'placedDate',
    message: 'The child must be placed on or after the date they were matched',
  },
  adoption_plans_placed_when_matched: {
    field: 'placedDate',
    message: 'Enter the date the child was matched with the adopters before the date they were placed',
  },
  adoption_plans_order_after_placed: {
    field: 'adoptionOrderDate',
    message: 'The adoption order must be on or after the date the child was placed',
  },
  adoption_plans_order_when_placed: {
    field: 'adoptionOrderDate',
    message: 'Enter the date the child was placed for adoption before the adoption order',
  },
  adoption_plans_end_after_start: {
    field: 'endedDate',
    message: 'The plan can only change on or after the decision that the child should be placed for adoption',
  },
  adoption_plans_adopted_or_ended: {
    field: 'endedDate',
    message: 'The child has been adopted: the plan cannot also have changed',
  },
  adoption_plans_change_reason: {
    field: 'planChangeReason',
    message: 'Select why the plan changed away from adoption',
  },
  adoption_plans_placed_ceased_reason: {
    field: 'reasonPlacedCeased',
    message: 'Select why the placement for adoption ceased (RD1 to RD4), only when the child had been placed',
  },
  adoption_plans_fostering_for_adoption_date: {
    field: 'fosteringForAdoptionDate',
    message: 'Only give a fostering for adoption date when the child is fostered for adoption',
  },
  adoption_plans_no_overlap: {
    field: 'shouldBePlacedDate',
    message: 'The child is already on the adoption route: record how the earlier plan ended first',
  },
  adoption_plans_reason_placed_ceased_check: {
    field: 'reasonPlacedCeased',
    message: 'Select the reason from the list',
  },
  adoption_plans_plan_change_reason_check: { field: 'planChangeReason', message: 'Select the reason from the list' },
  adoption_plans_adopters_sex_check: { field: 'adoptersSex', message: 'Select the adopters from the list' },
  adoption_plans_adopters_legal_status_check: {
    field: 'adoptersLegalStatus',
    message: 'Select the adopters’ legal status from the list',
  },
  adoption_plans_adopters_together: {
    field: 'adoptersLegalStatus',
    message: 'Give both who the adopters are and their legal status, or neither',
  },
  adoption_plans_adopters_when_matched: {
    field: 'adoptersSex',
    message: 'Enter the date the child was matched with the adopters to record who they are',
  },
  adoption_plans_adopters_agree: {
    field: 'adoptersLegalStatus',
    message: 'The adopters’ legal status does not fit one adopter or a couple as given (903 rules 514 to 524)',
  },
  special_guardian_assessments_named: { field: 'specialGuardian', message: 'Enter the name of the special guardian' },
  special_guardian_assessments_completed_after_start: {
    field: 'completedDate',
    message: 'The assessment must be completed on or after the day it started',
  },
  special_guardian_assessments_once: {
    field: 'startedDate',
    message: 'This assessment of the special guardian is already recorded',
  },
  long_term_fostering_confirmed_after_panel: {
    field: 'confirmedDate',
    message: 'Long-term fostering must be confirmed on or after the panel',
  },
  long_term_fostering_once: {
    field: 'confirmedDate',
    message: 'Long-term fostering is already confirmed on this date',
  },
  sibling_placements_reason: { field: 'reason', message: 'Enter why the brothers and sisters are not placed together' },
  sibling_placements_placed_check: { field: 'placed', message: 'Select whether they are placed together' },
  special_guardianship_orders_once: {
    field: 'orderDate',
    message: 'This special guardianship order is already recorded',
  },
});

const by = (actor: Actor) => ({ created_by: actor.userId, updated_by: actor.userId });

/** The child's plan for permanence from this date; the current plan, if any, ends the same day. */
export function setPermanencePlan(
  db: Kysely<Database>,
  actor: Actor,
  plan: { childId: number; planType: PermanencePlanType; startDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    await endCurrentRecord(trx, actor, {
      table: 'permanence_plans',
      childId: plan.childId,
      nextStartDate: plan.startDate,
    });
    const record = await trx
      .insertInto('permanence_plans')
      .values({ child_id: plan.childId, plan_type: plan.planType, start_date: plan.startDate, ...by(actor) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'permanence_plans', recordId: record.id, childIds: [plan.childId] };
  });
}

/** The agency decision maker's decision that the child should be placed for adoption (903 DATE_INT). */
export function recordAdoptionDecision(
  db: Kysely<Database>,
  actor: Actor,
  decision: {
    childId: number;
    shouldBePlacedDate: string;
    fosteringForAdoption?: boolean;
    fosteringForAdoptionDate?: string | null;
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('adoption_plans')
      .values({
        child_id: decision.childId,
        should_be_placed_date: decision.shouldBePlacedDate,
        fostering_for_adoption: decision.fosteringForAdoption ?? false,
        fostering_for_adoption_date: decision.fosteringForAdoptionDate ?? null,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'adoption_plans', recordId: record.id, childIds: [decision.childId] };
  });
}

export interface AdoptionProgress {
  adoptionPlanId: number;
  version: number;
  placementOrderDate?: string;
  matchedDate?: string;
  placedDate?: string;
  adoptionOrderDate?: string;
  fosteringForAdoptionDate?: string;
  /** SEX_ADOPTR and LS_ADOPTR, recorded with the match. */
  adoptersSex?: AdopterSex;
  adoptersLegalStatus?: AdopterLegalStatus;
}

/** Each milestone of the adoption route as it happens. */
export function recordAdoptionProgress(db: Kysely<Database>, actor: Actor, progress: AdoptionProgress) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'adoption_plans',
      id: progress.adoptionPlanId,
      version: progress.version,
      values: {
        placement_order_date: progress.placementOrderDate,
        matched_date: progress.matchedDate,
        placed_date: progress.placedDate,
        adoption_order_date: progress.adoptionOrderDate,
        fostering_for_adoption_date: progress.fosteringForAdoptionDate,
        adopters_sex: progress.adoptersSex,
        adopters_legal_status: progress.adoptersLegalStatus,
      },
    });
    return { record, recordType: 'adoption_plans', recordId: record.id, childIds: [record.child_id] };
  });
}

/** The plan changed away from adoption; a placement for adoption that ceased also carries its RD reason. */
export function leaveAdoptionRoute(
  db: Kysely<Database>,
  actor: Actor,
  leaving: {
    adoptionPlanId: number;
    version: number;
    endedDate: string;
    planChangeReason: AdoptionPlanChangeReason;
    reasonPlacedCeased?: ReasonPlacedForAdoptionCeased;
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'adoption_plans',
      id: leaving.adoptionPlanId,
      version: leaving.version,
      values: {
        ended_date: leaving.endedDate,
        plan_change_reason: leaving.planChangeReason,
        reason_placed_ceased: leaving.reasonPlacedCeased,
      },
    });
    return { record, recordType: 'adoption_plans', recordId: record.id, childIds: [record.child_id] };
  });
}

export function recordSpecialGuardianshipOrder(
  db: Kysely<Database>,
  actor: Actor,
  order: { childId: number; orderDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('special_guardianship_orders')
      .values({ child_id: order.childId, order_date: order.orderDate, ...by(actor) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'special_guardianship_orders', recordId: record.id, childIds: [order.childId] };
  });
}

/** The assessment of a prospective special guardian has started. */
export function startSpecialGuardianAssessment(
  db: Kysely<Database>,
  actor: Actor,
  assessment: { childId: number; specialGuardian: string; startedDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('special_guardian_assessments')
      .values({
        child_id: assessment.childId,
        special_guardian: assessment.specialGuardian,
        started_date: assessment.startedDate,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'special_guardian_assessments', recordId: record.id, childIds: [assessment.childId] };
  });
}

/** The assessment of the special guardian is complete. */
export function completeSpecialGuardianAssessment(
  db: Kysely<Database>,
  actor: Actor,
  completion: { childId: number; assessmentId: number; version: number; completedDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'special_guardian_assessments',
      id: completion.assessmentId,
      childId: completion.childId,
      version: completion.version,
      values: { completed_date: completion.completedDate },
    });
    return { record, recordType: 'special_guardian_assessments', recordId: record.id, childIds: [record.child_id] };
  });
}

/** The fostering panel's recommendation and the decision confirming long-term fostering. */
export function confirmLongTermFostering(
  db: Kysely<Database>,
  actor: Actor,
  confirmation: { childId: number; panelDate: string; confirmedDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('long_term_fostering_confirmations')
      .values({
        child_id: confirmation.childId,
        panel_date: confirmation.panelDate,
        confirmed_date: confirmation.confirmedDate,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record,
      recordType: 'long_term_fostering_confirmations',
      recordId: record.id,
      childIds: [confirmation.childId],
    };
  });
}

/**
 * Whether brothers and sisters are placed together, decided once for the group: a row on each
 * child's record sharing the group's id, all written or none.
 */
export function recordSiblingPlacement(
  db: Kysely<Database>,
  actor: Actor,
  decision: { childIds: readonly number[]; decidedDate: string; placed: SiblingPlaced; reason: string | null },
) {
  const siblingGroup = crypto.randomUUID();
  return writeChildRecord(db, actor, async (trx) => {
    const rows = await trx
      .insertInto('sibling_placements')
      .values(
        decision.childIds.map((childId) => ({
          child_id: childId,
          sibling_group: siblingGroup,
          decided_date: decision.decidedDate,
          placed: decision.placed,
          reason: decision.reason,
          ...by(actor),
        })),
      )
      .returningAll()
      .execute();
    return { record: rows, recordType: 'sibling_placements', recordId: rows[0]!.id, childIds: decision.childIds };
  });
}

/** The child's permanence plans, adoption route and special guardianship orders; audits the view. */
export async function viewPermanenceRecord(db: Kysely<Database>, actor: Actor, childId: number) {
  const record = await permanenceRecordOf(db, childId);
  await childRecordViewed(db, actor, String(childId), 'permanence_plans');
  return record;
}

/** Everything the permanence record holds for the child, each list earliest first (a page's route audits the view). */
export async function permanenceRecordOf(db: Kysely<Database>, childId: number) {
  const [plans, adoptionPlans, specialGuardianshipOrders, guardianAssessments, longTermFostering, siblingPlacements] =
    await Promise.all([
      db.selectFrom('permanence_plans').selectAll().where('child_id', '=', childId).orderBy('start_date').execute(),
      db
        .selectFrom('adoption_plans')
        .selectAll()
        .where('child_id', '=', childId)
        .orderBy('should_be_placed_date')
        .execute(),
      db
        .selectFrom('special_guardianship_orders')
        .selectAll()
        .where('child_id', '=', childId)
        .orderBy('order_date')
        .execute(),
      db
        .selectFrom('special_guardian_assessments')
        .selectAll()
        .where('child_id', '=', childId)
        .orderBy('started_date')
        .orderBy('id')
        .execute(),
      db
        .selectFrom('long_term_fostering_confirmations')
        .selectAll()
        .where('child_id', '=', childId)
        .orderBy('confirmed_date')
        .execute(),
      db
        .selectFrom('sibling_placements')
        .selectAll()
        .where('child_id', '=', childId)
        .orderBy('decided_date')
        .orderBy('id')
        .execute(),
    ]);
  return { plans, adoptionPlans, specialGuardianshipOrders, guardianAssessments, longTermFostering, siblingPlacements };
}
