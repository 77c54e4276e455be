// The child's permanence page and the tracker, as the templates show them.
import type { Response } from 'express';
import { namesShownTo, renderChildPage, today, type Child } from '../../platform/web/childPages.ts';
import type { Listed } from '../../platform/web/routeSpec.ts';
import { careJourney } from '../care/index.ts';
import { finalOrdersOf } from '../court/index.ts';
import { effectivePlacementOrder, placementOrdersWithoutPlan, specialGuardianshipOrders } from './courtOrders.ts';
import {
  adopterLegalStatusCodes,
  adopterSexCodes,
  type AdopterLegalStatus,
  type AdopterSex,
  adoptionPlanChangeReasons,
  permanencePlanTypes,
  reasonsPlacedForAdoptionCeased,
  siblingPlacedCodes,
  type AdoptionPlanChangeReason,
  type PermanencePlanType,
  type ReasonPlacedForAdoptionCeased,
  type SiblingPlaced,
} from './codes.ts';
import { adoptionStage, movedInWithAdoptersDate } from './model.ts';
import { adoptionRoute } from './journey.ts';
import {
  enteredCareForDecision,
  enteredCareToMovedInThreshold,
  placementOrderToMatchThreshold,
  scorecardDays,
} from './adoptionScorecard.ts';
import { permanenceRecordOf } from './store.ts';
import { adoptionStageLabels, permanenceTracker, siblingGroupCounts } from './tracker.ts';

/** The child's permanence record: plans, the adoption route with its scorecard days, and the other routes. */
export async function renderPermanence(res: Response, child: Child) {
  const { db } = res.locals.services;
  const asOf = today(res).toString();
  const [record, care, orders] = await Promise.all([
    permanenceRecordOf(db, child.id),
    careJourney(db, [child.id]),
    finalOrdersOf(db, [child.id]),
  ]);
  const court = orders.get(child.id) ?? [];
  const periods = (care.get(child.id)?.periodsOfCare ?? []).map((period) => period.startDate);
  const adoptionPlans = record.adoptionPlans.map((plan) => {
    const enteredCare = enteredCareForDecision(periods, plan.should_be_placed_date);
    const route = adoptionRoute(plan, court);
    const movedIn = movedInWithAdoptersDate(route);
    return {
      ...plan,
      placementOrder: effectivePlacementOrder(plan, court),
      stage: adoptionStageLabels[adoptionStage(route)],
      open: !plan.ended_date && !plan.adoption_order_date,
      enteredCare,
      changeReason: adoptionPlanChangeReasons[plan.plan_change_reason as AdoptionPlanChangeReason],
      placedCeasedReason: reasonsPlacedForAdoptionCeased[plan.reason_placed_ceased as ReasonPlacedForAdoptionCeased],
      adopters: plan.adopters_sex
        ? `${adopterSexCodes[plan.adopters_sex as AdopterSex]} (${plan.adopters_sex}); ${adopterLegalStatusCodes[
            plan.adopters_legal_status as AdopterLegalStatus
          ].toLowerCase()} (${plan.adopters_legal_status})`
        : null,
      scorecard: scorecardDays(
        {
          ...(enteredCare ? { enteredCare } : {}),
          ...(movedIn ? { movedIn } : {}),
          ...(route.placementOrderDate ? { placementOrder: route.placementOrderDate } : {}),
          ...(plan.matched_date ? { matched: plan.matched_date } : {}),
        },
        // The clock stops when the plan changes away from adoption.
        plan.ended_date ?? asOf,
      ),
    };
  });
  renderChildPage(res, 'permanence/permanence', child, {
    pageTitle: 'Permanence',
    columns: 'full',
    plans: record.plans.map((plan) => ({
      ...plan,
      planName: permanencePlanTypes[plan.plan_type as PermanencePlanType],
    })),
    adoptionPlans,
    openAdoption: adoptionPlans.some((plan) => plan.open),
    guardianAssessments: record.guardianAssessments,
    openAssessment: record.guardianAssessments.some((assessment) => !assessment.completed_date),
    courtPlacementOrders: placementOrdersWithoutPlan(record.adoptionPlans, court),
    specialGuardianshipOrders: specialGuardianshipOrders(record.specialGuardianshipOrders, court),
    courtMadeSpecialGuardianshipOrder: court.some((order) => order.order === 'special-guardianship-order'),
    longTermFostering: record.longTermFostering,
    siblingPlacements: record.siblingPlacements.map((row) => ({
      ...row,
      placedName: siblingPlacedCodes[row.placed as SiblingPlaced],
    })),
    thresholds: { a1: enteredCareToMovedInThreshold, a2: placementOrderToMatchThreshold },
  });
}

/** The tracker: each child known to the reader named; restricted ones counted, not named. */
export async function renderTracker(res: Response, listed: Listed) {
  const { db } = res.locals.services;
  const asOf = today(res).toString();
  const { rows, averages } = await permanenceTracker(db, asOf);
  const { names: named, withheld } = await namesShownTo(
    res,
    rows.map((row) => row.childId),
  );
  const visible = rows.flatMap((row) => {
    const name = named.get(row.childId);
    return name ? [{ ...row, name }] : [];
  });
  await listed(
    visible.map((row) => row.childId),
    { list: 'permanence-tracker', asOf },
  );
  res.render('permanence/tracker', {
    pageTitle: 'Permanence tracker',
    rows: visible,
    withheld,
    averages,
    asOf,
    thresholds: { a1: enteredCareToMovedInThreshold, a2: placementOrderToMatchThreshold },
    counts: {
      total: rows.length,
      adoption: rows.filter((row) => row.planType === permanencePlanTypes.adoption).length,
      siblings: siblingGroupCounts(rows),
    },
  });
}
