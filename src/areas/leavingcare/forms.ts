// The short forms of a care leaver's record: their personal adviser (from the workforce), their
// eligibility category, the needs assessment, pathway plan and its reviews, each contact with what
// the 903 OC3 asks (in touch, accommodation and whether suitable, activity), and the service closing.
import type { Response } from 'express';
import { z } from 'zod';
import { codeEntries, type CodeList } from '../../core/codeLists.ts';
import { longDate } from '../../core/dateText.ts';
import {
  addError,
  chosenId,
  codeOf,
  found,
  optionalText,
  today,
  versionField,
  yesNo,
  type Child,
} from '../../platform/web/childPages.ts';
import type { RecordForm } from '../../platform/web/recordForm.ts';
import { chosenWorker, workerItems, workersInPost, type WorkerRole } from '../workforce/index.ts';
import { accommodationCodes, activityCodes, eligibilityCategories, inTouchCodes } from './codes.ts';
import {
  changePersonalAdviser,
  recordCareLeaver,
  recordCareLeaverContact,
  recordCareLeaverProgress,
  recordPathwayPlan,
  recordPathwayPlanReview,
  setEligibility,
} from './store.ts';
import type { CareLeaverRow } from './schema.ts';

const items = (codes: CodeList, withCode = false) =>
  codeEntries(codes).map(([value, text]) => ({ value, text: withCode ? `${value}: ${text}` : text }));
const toLeavingCare = { to: (child: Child) => `/children/${child.id}/leaving-care` };
const past = (res: Response, label: string) => ({ label, notAfter: today(res) });
const dbOf = (res: Response) => res.locals.services.db;
const actorOf = (res: Response) => res.locals.actor;
const nothing = () => Promise.resolve(undefined);
const adviserRoles: readonly WorkerRole[] = ['personal-adviser'];

const careLeaverOf = (res: Response, child: Child) =>
  dbOf(res).selectFrom('care_leavers').selectAll().where('child_id', '=', child.id).executeTakeFirst();

/** The child's care leaver record, or a 404 until their personal adviser is recorded. */
const recordedCareLeaver = async (res: Response, child: Child) => found(await careLeaverOf(res, child));

export const adviserForm: RecordForm<
  CareLeaverRow | undefined,
  { personalAdviser: number; reason: string | null; version?: number }
> = {
  path: '/children/:childId/leaving-care/personal-adviser',
  record: 'care_leavers',
  title: 'Personal adviser',
  button: 'Save personal adviser',
  load: careLeaverOf,
  initial: (careLeaver) =>
    careLeaver
      ? { version: String(careLeaver.version), personalAdviser: String(careLeaver.personal_adviser_worker_id ?? '') }
      : {},
  fields: async (res, _child, careLeaver) => [
    {
      kind: 'select',
      name: 'personalAdviser',
      label: 'Personal adviser',
      hint: 'Personal advisers in post: your team first, then other teams',
      items: workerItems(await workersInPost(dbOf(res), today(res).toString(), adviserRoles), {
        ownTeamId: res.locals.user!.team_id,
        selected: undefined,
        prompt: 'Select the personal adviser',
      }),
    },
    ...(careLeaver
      ? [{ kind: 'textarea' as const, name: 'reason', label: 'Why the personal adviser is changing' }]
      : []),
  ],
  dates: () => ({}),
  schema: z.object({
    personalAdviser: chosenId('Select the personal adviser from the list'),
    reason: optionalText(2000, 'The reason'),
    version: versionField.optional(),
  }),
  check: (value, errors, careLeaver) => {
    if (careLeaver && !value.reason) addError(errors, 'reason', 'Enter why the personal adviser is changing');
  },
  save: async (res, child, value, careLeaver) => {
    const worker = await chosenWorker(dbOf(res), {
      workerId: value.personalAdviser,
      on: today(res).toString(),
      roles: adviserRoles,
      field: 'personalAdviser',
      message: 'Select a personal adviser in post from the list',
    });
    if (!careLeaver)
      return recordCareLeaver(dbOf(res), actorOf(res), { childId: child.id, personalAdviser: { workerId: worker.id } });
    return changePersonalAdviser(dbOf(res), actorOf(res), {
      careLeaverId: careLeaver.id,
      childId: child.id,
      version: value.version ?? 0,
      personalAdviser: { workerId: worker.id },
      reason: value.reason!,
    });
  },
  done: { flash: 'The personal adviser is saved', ...toLeavingCare },
};

export const eligibilityForm: RecordForm<undefined, { category: keyof typeof eligibilityCategories }> = {
  path: '/children/:childId/leaving-care/eligibility',
  record: 'care_leaver_eligibility',
  title: 'Care leaver category',
  button: 'Save category',
  load: nothing,
  fields: () => [
    { kind: 'radios', name: 'category', legend: 'Category', items: items(eligibilityCategories) },
    { kind: 'date', name: 'startDate', legend: 'From' },
  ],
  dates: (res) => ({ startDate: past(res, 'The date the category applies from') }),
  schema: z.object({ category: codeOf(eligibilityCategories, 'Select the category') }),
  save: (res, child, value) =>
    setEligibility(dbOf(res), actorOf(res), {
      childId: child.id,
      category: value.category,
      startDate: value.startDate!,
    }),
  done: { flash: 'The care leaver category is saved', ...toLeavingCare },
};

const careLeaverProgressForm = (
  path: string,
  title: string,
  field: 'needsAssessmentDate' | 'serviceEndDate',
  legend: string,
  flash: string,
): RecordForm<CareLeaverRow, { version: number }> => ({
  path: `/children/:childId/leaving-care/${path}`,
  record: 'care_leavers',
  title,
  button: 'Save',
  load: recordedCareLeaver,
  initial: (careLeaver) => ({ version: String(careLeaver.version) }),
  stored: (careLeaver) => ({
    needsAssessmentDate: careLeaver.needs_assessment_date,
    serviceEndDate: careLeaver.service_end_date,
  }),
  fields: () => [{ kind: 'date', name: field, legend }],
  dates: (res) => ({ [field]: past(res, legend) }),
  schema: z.object({ version: versionField }),
  save: (res, _child, value, careLeaver) =>
    recordCareLeaverProgress(dbOf(res), actorOf(res), {
      careLeaverId: careLeaver.id,
      version: value.version,
      [field]: value[field]!,
    }),
  done: { flash, ...toLeavingCare },
});

export const needsAssessmentForm = careLeaverProgressForm(
  'needs-assessment',
  'Needs assessment',
  'needsAssessmentDate',
  'The date the needs assessment was completed',
  'The needs assessment is recorded',
);

export const serviceClosedForm = careLeaverProgressForm(
  'service-closed',
  'Leaving care service closed',
  'serviceEndDate',
  'The date the leaving care service closed',
  'The leaving care service is recorded as closed',
);

export const pathwayPlanForm: RecordForm<undefined, object> = {
  path: '/children/:childId/leaving-care/pathway-plan',
  record: 'pathway_plans',
  title: 'Pathway plan',
  button: 'Record pathway plan',
  load: nothing,
  fields: () => [{ kind: 'date', name: 'planDate', legend: 'The date the pathway plan was agreed' }],
  dates: (res) => ({ planDate: past(res, 'The date the pathway plan was agreed') }),
  schema: z.object({}),
  save: (res, child, value) =>
    recordPathwayPlan(dbOf(res), actorOf(res), { childId: child.id, planDate: value.planDate! }),
  done: { flash: 'The pathway plan is recorded', ...toLeavingCare },
};

export const pathwayPlanReviewForm: RecordForm<{ id: number; plan_date: string }, object> = {
  path: '/children/:childId/leaving-care/pathway-plan-review',
  record: 'pathway_plan_reviews',
  title: 'Pathway plan review',
  button: 'Record review',
  load: async (res, child) =>
    found(
      await dbOf(res)
        .selectFrom('pathway_plans')
        .select(['id', 'plan_date'])
        .where('child_id', '=', child.id)
        .orderBy('plan_date', 'desc')
        .executeTakeFirst(),
    ),
  summary: (plan) => [{ key: { text: 'Pathway plan' }, value: { text: longDate(plan.plan_date) } }],
  fields: () => [{ kind: 'date', name: 'reviewDate', legend: 'The date of the review' }],
  dates: (res) => ({ reviewDate: past(res, 'The date of the review') }),
  schema: z.object({}),
  save: (res, child, value, plan) =>
    recordPathwayPlanReview(dbOf(res), actorOf(res), {
      childId: child.id,
      pathwayPlanId: plan.id,
      reviewDate: value.reviewDate!,
    }),
  done: { flash: 'The pathway plan review is recorded', ...toLeavingCare },
};

export const contactForm: RecordForm<
  undefined,
  {
    inTouch: keyof typeof inTouchCodes;
    accommodation?: keyof typeof accommodationCodes;
    accommodationSuitable?: 'yes' | 'no';
    activity?: keyof typeof activityCodes;
  }
> = {
  path: '/children/:childId/leaving-care/contacts/new',
  record: 'care_leaver_contacts',
  title: 'Contact with the young person',
  button: 'Record contact',
  load: nothing,
  fields: () => [
    { kind: 'date', name: 'contactDate', legend: 'Date of the contact' },
    { kind: 'radios', name: 'inTouch', legend: 'In touch (903 IN_TOUCH)', items: items(inTouchCodes) },
    {
      kind: 'radios',
      name: 'accommodation',
      legend: 'Where they live (903 ACCOM)',
      hint: 'Leave unanswered when not known, or when they have died or returned home',
      items: items(accommodationCodes, true),
    },
    {
      kind: 'radios',
      name: 'accommodationSuitable',
      legend: 'Is the accommodation suitable?',
      items: [
        { value: 'yes', text: 'Suitable' },
        { value: 'no', text: 'Not suitable' },
      ],
    },
    { kind: 'radios', name: 'activity', legend: 'Main activity (903 ACTIV)', items: items(activityCodes, true) },
  ],
  dates: (res) => ({ contactDate: past(res, 'The date of the contact') }),
  schema: z.object({
    inTouch: codeOf(inTouchCodes, 'Select whether you are in touch with the young person'),
    accommodation: codeOf(accommodationCodes, 'Select the accommodation from the list').optional(),
    accommodationSuitable: yesNo('Select whether the accommodation is suitable').optional(),
    activity: codeOf(activityCodes, 'Select the activity from the list').optional(),
  }),
  check: (value, errors) => {
    if (value.accommodation && !value.accommodationSuitable)
      addError(errors, 'accommodationSuitable', 'Select whether the accommodation is suitable');
    if (!value.accommodation && value.accommodationSuitable)
      addError(errors, 'accommodation', 'Select the accommodation, or leave whether it is suitable unanswered');
  },
  save: (res, child, value) =>
    recordCareLeaverContact(dbOf(res), actorOf(res), {
      childId: child.id,
      contactDate: value.contactDate!,
      inTouch: value.inTouch,
      accommodation: value.accommodation ?? null,
      accommodationSuitable: value.accommodationSuitable ? value.accommodationSuitable === 'yes' : null,
      activity: value.activity ?? null,
    }),
  done: { flash: 'The contact is recorded', ...toLeavingCare },
};
