// The short forms of a child's permanence record: the plan, each step of the adoption route and
// leaving it, the special guardian's assessment and the order, long-term fostering confirmed, and
// whether brothers and sisters are placed together (decided once for the group).
import type { Response } from 'express';
import { z } from 'zod';
import { codeEntries, type CodeList } from '../../core/codeLists.ts';
import { longDate } from '../../core/dateText.ts';
import { asList } from '../../platform/web/forms.ts';
import {
  addError,
  codeOf,
  found,
  optionalText,
  plainDate,
  requiredText,
  today,
  versionField,
  type Child,
} from '../../platform/web/childPages.ts';
import type { RecordForm } from '../../platform/web/recordForm.ts';
import { siblingsToRecordFor } from '../people/index.ts';
import {
  adopterLegalStatusCodes,
  adopterSexCodes,
  adoptionPlanChangeReasons,
  permanencePlanTypes,
  type AdopterLegalStatus,
  type AdopterSex,
  reasonsPlacedForAdoptionCeased,
  siblingPlacedCodes,
} from './codes.ts';
import {
  completeSpecialGuardianAssessment,
  confirmLongTermFostering,
  leaveAdoptionRoute,
  recordAdoptionDecision,
  recordAdoptionProgress,
  recordSiblingPlacement,
  recordSpecialGuardianshipOrder,
  setPermanencePlan,
  startSpecialGuardianAssessment,
} from './store.ts';
import type { AdoptionPlanRow } from './schema.ts';
import { finalOrdersOf, type FinalOrderMade } from '../court/index.ts';
import { effectivePlacementOrder } from './courtOrders.ts';
import { adoptersAgree } from './adopters.ts';

/** A code list as radios' items. */
export const items = (codes: CodeList) => codeEntries(codes).map(([value, text]) => ({ value, text }));
const toPermanence = { to: (child: Child) => `/children/${child.id}/permanence` };
const past = (res: Response, label: string) => ({ label, notAfter: today(res) });
const optionalPast = (res: Response, label: string) => ({ ...past(res, label), required: false });
const nothing = () => Promise.resolve(undefined);
const dbOf = (res: Response) => res.locals.services.db;
const actorOf = (res: Response) => res.locals.actor;

/** The child's adoption plan still under way, or a 404, with the court's placement order when that is the one it counts from. */
type OpenAdoption = { plan: AdoptionPlanRow; courtPlacementOrder?: string };

async function openAdoptionPlan(res: Response, child: Child): Promise<OpenAdoption> {
  const plan = found(
    await dbOf(res)
      .selectFrom('adoption_plans')
      .selectAll()
      .where('child_id', '=', child.id)
      .where('ended_date', 'is', null)
      .where('adoption_order_date', 'is', null)
      .executeTakeFirst(),
  );
  const order = effectivePlacementOrder(plan, await courtOrdersOf(res, child));
  return order?.byCourt ? { plan, courtPlacementOrder: order.date } : { plan };
}

/** The court's final orders for the child (the orders permanence does not ask for again). */
const courtOrdersOf = async (res: Response, child: Child) =>
  (await finalOrdersOf(dbOf(res), [child.id])).get(child.id)!;

const summaryRow = (key: string, text: string) => ({ key: { text: key }, value: { text } });
const datedRow = (key: string, value: string | null) => summaryRow(key, value ? longDate(value) : 'Not yet');

const adoptionSummary = ({ plan, courtPlacementOrder }: OpenAdoption) => [
  datedRow('Should be placed for adoption (ADM decision)', plan.should_be_placed_date),
  courtPlacementOrder
    ? summaryRow(
        'Placement order',
        `${longDate(courtPlacementOrder)}, made by the court when the care proceedings concluded`,
      )
    : datedRow('Placement order', plan.placement_order_date),
  datedRow('Matched with adopters', plan.matched_date),
  datedRow('Placed for adoption', plan.placed_date),
];

const versioned = z.object({ version: versionField });

export const planForm: RecordForm<undefined, { planType: keyof typeof permanencePlanTypes }> = {
  path: '/children/:childId/permanence/plan',
  record: 'permanence_plans',
  title: 'Permanence plan',
  button: 'Save plan',
  load: nothing,
  fields: () => [
    { kind: 'radios', name: 'planType', legend: 'The plan for permanence', items: items(permanencePlanTypes) },
    {
      kind: 'date',
      name: 'startDate',
      legend: 'Agreed on',
      hint: 'The plan agreed at the review. For example, 27 3 2026',
    },
  ],
  dates: (res) => ({ startDate: past(res, 'The date the plan was agreed') }),
  schema: z.object({ planType: codeOf(permanencePlanTypes, 'Select the plan for permanence') }),
  save: (res, child, value) =>
    setPermanencePlan(dbOf(res), actorOf(res), {
      childId: child.id,
      planType: value.planType,
      startDate: value.startDate!,
    }),
  done: { flash: 'The permanence plan is saved', ...toPermanence },
};

export const adoptionDecisionForm: RecordForm<undefined, { fosteringForAdoption: 'yes' | 'no' }> = {
  path: '/children/:childId/permanence/adoption/decision',
  record: 'adoption_plans',
  title: 'Decision that the child should be placed for adoption',
  button: 'Record decision',
  load: nothing,
  fields: () => [
    { kind: 'date', name: 'shouldBePlacedDate', legend: "Date of the agency decision maker's decision" },
    {
      kind: 'radios',
      name: 'fosteringForAdoption',
      legend: 'Is the child fostered for adoption (early permanence)?',
      items: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
    },
    {
      kind: 'date',
      name: 'fosteringForAdoptionDate',
      legend: 'Moved in with the foster carers who hope to adopt (if known)',
    },
  ],
  dates: (res) => ({
    shouldBePlacedDate: past(res, "The date of the agency decision maker's decision"),
    fosteringForAdoptionDate: optionalPast(res, 'The date the child moved in with the carers'),
  }),
  schema: z.object({
    fosteringForAdoption: z.enum(['yes', 'no'], { error: 'Select whether the child is fostered for adoption' }),
  }),
  check: (value, errors) => {
    if (value.fosteringForAdoption === 'no' && value.fosteringForAdoptionDate)
      addError(
        errors,
        'fosteringForAdoptionDate',
        'Only give this date when the child is fostered for adoption',
        '#fosteringForAdoptionDate-day',
      );
  },
  save: (res, child, value) =>
    recordAdoptionDecision(dbOf(res), actorOf(res), {
      childId: child.id,
      shouldBePlacedDate: value.shouldBePlacedDate!,
      fosteringForAdoption: value.fosteringForAdoption === 'yes',
      fosteringForAdoptionDate: value.fosteringForAdoptionDate,
    }),
  done: { flash: 'The decision that the child should be placed for adoption is recorded', ...toPermanence },
};

const adoptionSteps = {
  placementOrderDate: ['placement_order_date', 'Placement order made'],
  matchedDate: ['matched_date', 'Matched with adopters (panel and ADM)'],
  placedDate: ['placed_date', 'Placed for adoption: moved in with the adopters'],
  adoptionOrderDate: ['adoption_order_date', 'Adoption order made'],
} as const;

/** The steps still asked: not the placement order when the court made it for this plan. */
const stepsAsked = (adoption: OpenAdoption) =>
  Object.entries(adoptionSteps).filter(([field]) => !(field === 'placementOrderDate' && adoption.courtPlacementOrder));

/** Who the child is matched with, as the 903's AD1 counts them: asked until recorded, then corrected with a reason. */
const adopterFields = [
  {
    kind: 'radios' as const,
    name: 'adoptersSex',
    legend: 'The adopters matched with the child (903 SEX_ADOPTR)',
    hint: 'Leave blank until the match. The adopters are not named on the child’s record.',
    items: items(adopterSexCodes),
  },
  {
    kind: 'radios' as const,
    name: 'adoptersLegalStatus',
    legend: 'The adopters’ legal status (903 LS_ADOPTR)',
    items: items(adopterLegalStatusCodes),
  },
];

type AdoptionProgressValue = { version: number; adoptersSex?: AdopterSex; adoptersLegalStatus?: AdopterLegalStatus };

export const adoptionProgressForm: RecordForm<OpenAdoption, AdoptionProgressValue> = {
  path: '/children/:childId/permanence/adoption',
  record: 'adoption_plans',
  title: 'The adoption route',
  button: 'Save the adoption route',
  load: openAdoptionPlan,
  initial: ({ plan }) => ({ version: String(plan.version) }),
  stored: ({ plan }) =>
    Object.fromEntries(Object.entries(adoptionSteps).map(([field, [column]]) => [field, plan[column]])),
  // The decision, and the court's placement order when it is not asked for.
  summary: (adoption) => adoptionSummary(adoption).slice(0, adoption.courtPlacementOrder ? 2 : 1),
  fields: (_res, _child, progress) => [
    ...stepsAsked(progress).map(([name, [, legend]]) => ({
      kind: 'date' as const,
      name,
      legend,
      hint: 'Leave blank until it happens. A date already recorded is corrected with a reason, not here.',
    })),
    ...(progress.plan.adopters_sex ? [] : adopterFields),
  ],
  dates: (res, progress) =>
    Object.fromEntries(stepsAsked(progress).map(([field, [, label]]) => [field, optionalPast(res, label)])),
  schema: z.object({
    version: versionField,
    adoptersSex: codeOf(adopterSexCodes, 'Select the adopters from the list').optional(),
    adoptersLegalStatus: codeOf(adopterLegalStatusCodes, 'Select the adopters’ legal status from the list').optional(),
  }),
  check: (value, errors, { plan }) => {
    const { adoptersSex: sex, adoptersLegalStatus: legalStatus } = value;
    if (sex && !legalStatus) addError(errors, 'adoptersLegalStatus', 'Select the adopters’ legal status');
    if (legalStatus && !sex) addError(errors, 'adoptersSex', 'Select the adopters matched with the child');
    if (sex && legalStatus && !adoptersAgree(sex, legalStatus))
      addError(
        errors,
        'adoptersLegalStatus',
        `${adopterLegalStatusCodes[legalStatus]} cannot be ${adopterSexCodes[sex].toLowerCase()}: check both answers`,
      );
    if ((sex || legalStatus) && !value.matchedDate && !plan.matched_date)
      addError(errors, 'matchedDate', 'Enter the date the child was matched with these adopters', '#matchedDate-day');
  },
  save: (res, _child, value, { plan }) =>
    recordAdoptionProgress(dbOf(res), actorOf(res), {
      adoptionPlanId: plan.id,
      version: value.version,
      ...Object.fromEntries(
        Object.keys(adoptionSteps).flatMap((field) => (value[field] ? [[field, value[field]]] : [])),
      ),
      ...(value.adoptersSex && value.adoptersLegalStatus
        ? { adoptersSex: value.adoptersSex, adoptersLegalStatus: value.adoptersLegalStatus }
        : {}),
    }),
  done: { flash: 'The adoption route is saved', ...toPermanence },
};

export const leaveAdoptionForm: RecordForm<
  OpenAdoption,
  {
    version: number;
    planChangeReason: keyof typeof adoptionPlanChangeReasons;
    reasonPlacedCeased?: keyof typeof reasonsPlacedForAdoptionCeased;
  }
> = {
  path: '/children/:childId/permanence/adoption/leave',
  record: 'adoption_plans',
  title: 'The plan is no longer adoption',
  button: 'Record the change of plan',
  load: openAdoptionPlan,
  initial: ({ plan }) => ({ version: String(plan.version) }),
  summary: adoptionSummary,
  fields: (_res, _child, { plan }) => [
    { kind: 'date', name: 'endedDate', legend: 'Date the plan changed' },
    {
      kind: 'radios',
      name: 'planChangeReason',
      legend: 'Why the plan changed',
      items: items(adoptionPlanChangeReasons),
    },
    ...(plan.placed_date
      ? [
          {
            kind: 'radios' as const,
            name: 'reasonPlacedCeased',
            legend: 'Why the placement for adoption ceased (903 REASON_PLACED_CEASED)',
            items: codeEntries(reasonsPlacedForAdoptionCeased).map(([value, text]) => ({
              value,
              text: `${value}: ${text}`,
            })),
          },
        ]
      : []),
  ],
  dates: (res, { plan }) => ({
    endedDate: {
      ...past(res, 'The date the plan changed'),
      notBefore: plainDate(plan.should_be_placed_date),
      notBeforeMessage: `The date the plan changed must be on or after the decision, ${longDate(plan.should_be_placed_date)}`,
    },
  }),
  schema: z.object({
    version: versionField,
    planChangeReason: codeOf(adoptionPlanChangeReasons, 'Select why the plan changed'),
    reasonPlacedCeased: codeOf(reasonsPlacedForAdoptionCeased, 'Select why the placement ceased').optional(),
  }),
  check: (value, errors, { plan }) => {
    if (plan.placed_date && !value.reasonPlacedCeased)
      addError(errors, 'reasonPlacedCeased', 'Select why the placement for adoption ceased');
  },
  save: (res, _child, value, { plan }) =>
    leaveAdoptionRoute(dbOf(res), actorOf(res), {
      adoptionPlanId: plan.id,
      version: value.version,
      endedDate: value.endedDate!,
      planChangeReason: value.planChangeReason,
      ...(plan.placed_date && value.reasonPlacedCeased ? { reasonPlacedCeased: value.reasonPlacedCeased } : {}),
    }),
  done: { flash: 'The change of plan away from adoption is recorded', ...toPermanence },
};

export const guardianAssessmentForm: RecordForm<undefined, { specialGuardian: string }> = {
  path: '/children/:childId/permanence/special-guardian-assessment',
  record: 'special_guardian_assessments',
  title: 'Assessment of a special guardian',
  button: 'Record the assessment',
  load: nothing,
  fields: () => [
    {
      kind: 'text',
      name: 'specialGuardian',
      label: 'Who is being assessed',
      hint: 'Their name and relationship to the child',
    },
    { kind: 'date', name: 'startedDate', legend: 'Assessment started' },
  ],
  dates: (res) => ({ startedDate: past(res, 'The date the assessment started') }),
  schema: z.object({
    specialGuardian: requiredText(
      200,
      'Enter who is being assessed',
      'Who is being assessed must be 200 characters or fewer',
    ),
  }),
  save: (res, child, value) =>
    startSpecialGuardianAssessment(dbOf(res), actorOf(res), {
      childId: child.id,
      specialGuardian: value.specialGuardian,
      startedDate: value.startedDate!,
    }),
  done: { flash: 'The assessment of the special guardian is recorded', ...toPermanence },
};

type Assessment = { id: number; version: number; special_guardian: string; started_date: string };

export const guardianAssessmentCompletedForm: RecordForm<Assessment, { version: number }> = {
  path: '/children/:childId/permanence/special-guardian-assessment/completed',
  record: 'special_guardian_assessments',
  title: 'Assessment of the special guardian completed',
  button: 'Record completed',
  load: async (res, child) =>
    found(
      await dbOf(res)
        .selectFrom('special_guardian_assessments')
        .select(['id', 'version', 'special_guardian', 'started_date'])
        .where('child_id', '=', child.id)
        .where('completed_date', 'is', null)
        .orderBy('id', 'desc')
        .executeTakeFirst(),
    ),
  initial: (assessment) => ({ version: String(assessment.version) }),
  summary: (assessment) => [
    { key: { text: 'Special guardian' }, value: { text: assessment.special_guardian } },
    { key: { text: 'Assessment started' }, value: { text: longDate(assessment.started_date) } },
  ],
  fields: () => [{ kind: 'date', name: 'completedDate', legend: 'Assessment completed' }],
  dates: (res) => ({ completedDate: past(res, 'The date the assessment was completed') }),
  schema: versioned,
  save: (res, child, value, assessment) =>
    completeSpecialGuardianAssessment(dbOf(res), actorOf(res), {
      childId: child.id,
      assessmentId: assessment.id,
      version: value.version,
      completedDate: value.completedDate!,
    }),
  done: { flash: 'The assessment of the special guardian is completed', ...toPermanence },
};

const courtSpecialGuardianshipOrders = async (res: Response, child: Child) =>
  (await courtOrdersOf(res, child)).filter((order) => order.order === 'special-guardianship-order');

/** Offered only for an order the court area does not hold (the permanence page leaves it out when it holds one). */
export const specialGuardianshipOrderForm: RecordForm<FinalOrderMade[], object> = {
  path: '/children/:childId/permanence/special-guardianship-order',
  record: 'special_guardianship_orders',
  title: 'Special guardianship order',
  button: 'Record the order',
  load: courtSpecialGuardianshipOrders,
  summary: (court) =>
    court.map((order) => ({
      key: { text: 'Made by the court' },
      value: { text: `${longDate(order.madeDate)}, when the care proceedings concluded` },
    })),
  fields: () => [{ kind: 'date', name: 'orderDate', legend: 'Date of the order' }],
  dates: (res) => ({ orderDate: past(res, 'The date of the order') }),
  schema: z.object({}),
  check: (value, errors, court) => {
    if (court.some((order) => order.madeDate === value.orderDate))
      addError(
        errors,
        'orderDate',
        'The court’s special guardianship order of this date is already on the record',
        '#orderDate-day',
      );
  },
  save: (res, child, value) =>
    recordSpecialGuardianshipOrder(dbOf(res), actorOf(res), { childId: child.id, orderDate: value.orderDate! }),
  done: { flash: 'The special guardianship order is recorded', ...toPermanence },
};

export const longTermFosteringForm: RecordForm<undefined, object> = {
  path: '/children/:childId/permanence/long-term-fostering',
  record: 'long_term_fostering_confirmations',
  title: 'Long-term fostering confirmed',
  button: 'Record confirmed',
  load: nothing,
  fields: () => [
    { kind: 'date', name: 'panelDate', legend: 'Fostering panel recommended the match' },
    { kind: 'date', name: 'confirmedDate', legend: 'Agency decision maker confirmed long-term fostering' },
  ],
  dates: (res) => ({
    panelDate: past(res, 'The date of the panel'),
    confirmedDate: past(res, 'The date long-term fostering was confirmed'),
  }),
  schema: z.object({}),
  save: (res, child, value) =>
    confirmLongTermFostering(dbOf(res), actorOf(res), {
      childId: child.id,
      panelDate: value.panelDate!,
      confirmedDate: value.confirmedDate!,
    }),
  done: { flash: 'Long-term fostering is confirmed', ...toPermanence },
};

type Siblings = Awaited<ReturnType<typeof siblingsToRecordFor>>;

export const siblingPlacementForm: RecordForm<
  Siblings,
  { together: string[]; placed: keyof typeof siblingPlacedCodes; reason: string | null }
> = {
  path: '/children/:childId/permanence/siblings',
  record: 'sibling_placements',
  title: 'Brothers and sisters placed together or apart',
  button: 'Record for these children',
  load: siblingsToRecordFor,
  fields: (_res, _child, siblings) => [
    {
      kind: 'checkboxes',
      name: 'together',
      legend: 'Brothers and sisters this decision is also for',
      hint: 'The decision is recorded on each child’s own record',
      items: siblings.map((sibling) => ({ value: String(sibling.id), text: sibling.name })),
    },
    { kind: 'radios', name: 'placed', legend: 'Are they placed together?', items: items(siblingPlacedCodes) },
    {
      kind: 'textarea',
      name: 'reason',
      label: 'Why they are not all placed together',
      hint: 'Leave blank if they are placed together',
    },
    { kind: 'date', name: 'decidedDate', legend: 'Date decided' },
  ],
  dates: (res) => ({ decidedDate: past(res, 'The date decided') }),
  schema: z.object({
    together: z.preprocess(asList, z.array(z.string())),
    placed: codeOf(siblingPlacedCodes, 'Select whether they are placed together'),
    reason: optionalText(2000, 'The reason'),
  }),
  check: (value, errors, siblings) => {
    const offered = new Set(siblings.map((sibling) => String(sibling.id)));
    if (value.together.length === 0 || !value.together.every((id) => offered.has(id)))
      addError(errors, 'together', 'Select the brothers and sisters this decision is for');
    if (value.placed !== 'together' && !value.reason)
      addError(errors, 'reason', 'Enter why they are not all placed together');
  },
  save: (res, child, value) =>
    recordSiblingPlacement(dbOf(res), actorOf(res), {
      childIds: [child.id, ...value.together.map(Number)],
      decidedDate: value.decidedDate!,
      placed: value.placed,
      reason: value.placed === 'together' ? null : value.reason,
    }),
  done: { flash: 'Whether the brothers and sisters are placed together is recorded', ...toPermanence },
};
