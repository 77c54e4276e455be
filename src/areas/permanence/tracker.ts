// The permanence tracker: every child with a current permanence plan, the stage reached on their
// route, and their days against the adoption scorecard; the county's three-year averages beside them.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { careJourney } from '../care/index.ts';
import { finalOrdersOf, type FinalOrderMade } from '../court/index.ts';
import { specialGuardianshipOrders } from './courtOrders.ts';
import { adoptionStage, movedInWithAdoptersDate, type AdoptionRoute } from './model.ts';
import { adoptionRoute } from './journey.ts';
import { daysBetween, enteredCareForDecision, scorecardDays, threeYearAverage } from './adoptionScorecard.ts';
import { permanencePlanTypes, siblingPlacedCodes, type PermanencePlanType, type SiblingPlaced } from './codes.ts';
import { groupBy } from '../../platform/records/byChild.ts';

export const adoptionStageLabels = {
  'should-be-placed': 'Should be placed for adoption (ADM decision)',
  'placement-order': 'Placement order made',
  matched: 'Matched with adopters',
  placed: 'Placed for adoption',
  adopted: 'Adopted',
  'left-adoption-route': 'Left the adoption route',
} as const;

/** The stage a child has reached on the route their plan names, in the words of the guidance. */
export function stageReached(plan: {
  planType: string;
  adoption?: AdoptionRoute;
  guardianAssessment?: { completed_date: string | null };
  specialGuardianshipOrder?: boolean;
  longTermFosteringConfirmed?: boolean;
}): string {
  switch (plan.planType as PermanencePlanType) {
    case 'adoption':
      return plan.adoption ? adoptionStageLabels[adoptionStage(plan.adoption)] : 'Plan agreed';
    case 'special-guardianship':
      if (plan.specialGuardianshipOrder) return 'Special guardianship order made';
      if (plan.guardianAssessment?.completed_date) return 'Special guardian assessed';
      return plan.guardianAssessment ? 'Special guardian being assessed' : 'Plan agreed';
    case 'long-term-fostering':
      return plan.longTermFosteringConfirmed ? 'Long-term fostering confirmed' : 'Plan agreed';
    default:
      return 'Plan agreed';
  }
}

const latestOf = <Row extends { child_id: number }>(rows: readonly Row[]) => {
  const latest = new Map<number, Row>();
  for (const row of rows) latest.set(row.child_id, row);
  return latest;
};

export interface TrackerRow {
  childId: number;
  planType: string;
  planStart: string;
  stage: string;
  enteredCare?: string;
  scorecard: ReturnType<typeof scorecardDays>;
  siblings?: { group: string; together: boolean; placed: string; reason: string | null };
}

/** The children with a current permanence plan on `asOf`, each with the stage reached and their scorecard days. */
export async function permanenceTracker(db: Kysely<Database>, asOf: string) {
  const plans = await db
    .selectFrom('permanence_plans')
    .select(['child_id', 'plan_type', 'start_date'])
    .where('start_date', '<=', asOf)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', asOf)]))
    .orderBy('start_date')
    .orderBy('child_id')
    .execute();
  const childIds = plans.map((plan) => plan.child_id);
  if (childIds.length === 0) return { rows: [] as TrackerRow[], averages: await scorecardAverages(db, asOf) };
  const [adoptions, assessments, siblings, orders, fostering, care, court, averages] = await Promise.all([
    db.selectFrom('adoption_plans').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    db
      .selectFrom('special_guardian_assessments')
      .select(['child_id', 'completed_date'])
      .where('child_id', 'in', childIds)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('sibling_placements')
      .select(['child_id', 'sibling_group', 'placed', 'reason'])
      .where('child_id', 'in', childIds)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('special_guardianship_orders')
      .select(['id', 'child_id', 'order_date'])
      .where('child_id', 'in', childIds)
      .execute(),
    db.selectFrom('long_term_fostering_confirmations').select('child_id').where('child_id', 'in', childIds).execute(),
    careJourney(db, childIds),
    finalOrdersOf(db, childIds),
    scorecardAverages(db, asOf),
  ]);
  const adoptionOf = latestOf(adoptions);
  const assessmentOf = latestOf(assessments);
  const siblingsOf = latestOf(siblings);
  const courtOf = (childId: number) => court.get(childId) ?? [];
  const ordersOf = groupBy(orders, (order) => order.child_id);
  const ordered = (childId: number) =>
    specialGuardianshipOrders(ordersOf.get(childId) ?? [], courtOf(childId)).length > 0;
  const confirmed = new Set(fostering.map((row) => row.child_id));
  const rows = plans.map((plan): TrackerRow => {
    const adoptionRow = adoptionOf.get(plan.child_id);
    const adoption = adoptionRow && adoptionRoute(adoptionRow, courtOf(plan.child_id));
    const periods = (care.get(plan.child_id)?.periodsOfCare ?? []).map((period) => period.startDate);
    const enteredCare = enteredCareForDecision(periods, adoption?.shouldBePlacedDate ?? asOf);
    const sibling = siblingsOf.get(plan.child_id);
    return {
      childId: plan.child_id,
      planType: permanencePlanTypes[plan.plan_type as PermanencePlanType] ?? plan.plan_type,
      planStart: plan.start_date,
      stage: stageReached({
        planType: plan.plan_type,
        adoption,
        guardianAssessment: assessmentOf.get(plan.child_id),
        specialGuardianshipOrder: ordered(plan.child_id),
        longTermFosteringConfirmed: confirmed.has(plan.child_id),
      }),
      ...(enteredCare ? { enteredCare } : {}),
      scorecard: adoption
        ? scorecardDays(
            {
              ...(enteredCare ? { enteredCare } : {}),
              ...optionalDate('movedIn', movedInWithAdoptersDate(adoption)),
              ...optionalDate('placementOrder', adoption.placementOrderDate),
              ...optionalDate('matched', adoption.matchedDate),
            },
            asOf,
          )
        : {},
      ...(sibling
        ? {
            siblings: {
              group: sibling.sibling_group,
              together: sibling.placed === 'together',
              placed: siblingPlacedCodes[sibling.placed as SiblingPlaced],
              reason: sibling.reason,
            },
          }
        : {}),
    };
  });
  return { rows, averages };
}

/** Brothers and sisters placed together or not, counted by child and by group, as the council reports them. */
export function siblingGroupCounts(rows: readonly Pick<TrackerRow, 'siblings'>[]) {
  const groups = new Map<string, boolean>();
  const children = { together: 0, apart: 0 };
  for (const { siblings } of rows) {
    if (!siblings) continue;
    groups.set(siblings.group, siblings.together);
    children[siblings.together ? 'together' : 'apart'] += 1;
  }
  const together = [...groups.values()].filter(Boolean).length;
  return { children, groups: { together, apart: groups.size - together } };
}

const optionalDate = <K extends string>(key: K, value: string | null) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

/** The county's three-year averages of A1 and A2, from every child who moved in or was matched in the three years. */
async function scorecardAverages(db: Kysely<Database>, asOf: string) {
  const adoptions = await db
    .selectFrom('adoption_plans')
    .selectAll()
    .where((eb) => eb.or([eb('placed_date', 'is not', null), eb('matched_date', 'is not', null)]))
    .execute();
  const childIds = [...new Set(adoptions.map((row) => row.child_id))];
  const [care, court] = childIds.length
    ? await Promise.all([careJourney(db, childIds), finalOrdersOf(db, childIds)])
    : [new Map<number, never>(), new Map<number, FinalOrderMade[]>()];
  const movedIn: { on: string; days: number }[] = [];
  const matched: { on: string; days: number }[] = [];
  for (const row of adoptions) {
    const route = adoptionRoute(row, court.get(row.child_id) ?? []);
    const moved = movedInWithAdoptersDate(route);
    const periods = (care.get(row.child_id)?.periodsOfCare ?? []).map((period) => period.startDate);
    const entered = enteredCareForDecision(periods, row.should_be_placed_date);
    if (moved && entered) movedIn.push({ on: moved, days: daysBetween(entered, moved) });
    if (route.matchedDate && route.placementOrderDate)
      matched.push({ on: route.matchedDate, days: daysBetween(route.placementOrderDate, route.matchedDate) });
  }
  return {
    enteredCareToMovedIn: threeYearAverage(movedIn, asOf),
    placementOrderToMatch: threeYearAverage(matched, asOf),
    movedInCount: movedIn.length,
    matchedCount: matched.length,
  };
}
