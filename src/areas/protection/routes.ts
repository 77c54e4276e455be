// Strategy discussion → section 47 enquiry → initial conference → child protection plan, its
// review conferences and core group meetings: the pages of a child's protection records.
import { openReferralOn } from '../assessment/index.ts';
import type { Request, Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import type { Child } from '../../platform/web/childPages.ts';
import {
  addError,
  childDueItems,
  codeItems,
  codeOf,
  codesOf,
  dateInputs,
  found,
  hasErrors,
  idParam,
  may,
  mergeErrors,
  noErrors,
  optionalText,
  readDate,
  refusalErrors,
  readVersion,
  renderChildPage,
  saveOrShowAgain,
  timescalesOf,
  userItems,
  usersWhoMay,
  versionField,
} from '../../platform/web/childPages.ts';
import { planActionsView, visitsBetween } from '../planning/index.ts';
import { amendmentsOf } from '../../platform/records/amend.ts';
import {
  agencies,
  categoriesOfAbuse,
  childParticipation,
  conferenceOutcomes,
  practiceRatings,
  section47Outcomes,
  strategyDecisions,
} from './codes.ts';
import type { ChildProtectionPlan, Section47Enquiry, StrategyDiscussion } from './schema.ts';
import {
  concludeSection47Enquiry,
  endChildProtectionPlan,
  recordCoreGroupMeeting,
  recordInitialConference,
  recordReviewConference,
  recordSeniorManagerReview,
  recordStrategyDiscussion,
  recordStrategyDiscussionHeld,
  startSection47Enquiry,
} from './store.ts';

// Conferences are long forms: kept as drafts, and kept across a session timeout.

const today = (res: Response) => res.locals.services.clock.today();
const plainDate = (iso: string) => Temporal.PlainDate.from(iso);
const named = <T extends Record<string, string>>(codes: T, code: string | null) =>
  code ? codes[code as keyof T] : null;

const heldSchema = z.object({
  agencies: codesOf(agencies, 'Select the agencies from the list'),
  decision: codeOf(strategyDecisions, 'Select whether a section 47 enquiry will be made').optional(),
});

const conclusionSchema = z.object({
  outcome: codeOf(section47Outcomes, 'Select the outcome of the enquiry'),
  version: versionField,
});

/** What both kinds of conference record; the chair's rating is read only from those who may chair. */
const conferenceFields = {
  childParticipation: codeOf(childParticipation, 'Select how the child took part'),
  chairId: z.coerce
    .number({ error: 'Select the chair from the list' })
    .int('Select the chair from the list')
    .positive('Select the chair from the list'),
};
const ratingSchema = z.object({
  practiceRating: codeOf(practiceRatings, 'Select red, amber or green for the practice seen'),
});

const initialConferenceSchema = z.object({
  outcome: z.enum(['plan', 'no-plan'], { error: 'Select whether the conference made a child protection plan' }),
  category: codeOf(categoriesOfAbuse, 'Select the category of abuse from the list').optional(),
  ...conferenceFields,
});

const reviewConferenceSchema = z.object({
  outcome: z.enum(['continue', 'end-plan'], { error: 'Select whether the plan continues or ends' }),
  category: codeOf(categoriesOfAbuse, 'Select the category of abuse from the list').optional(),
  ...conferenceFields,
});

const coreGroupSchema = z.object({ notes: optionalText(5000, 'Notes') });

const planEndSchema = z.object({
  reason: z
    .string({ error: 'Enter why the plan ended' })
    .trim()
    .min(1, 'Enter why the plan ended')
    .max(2000, 'Why the plan ended must be 2000 characters or fewer'),
});

/** A select posts '' for "not chosen": read as nothing chosen, not a bad code. */
const chosen = (body: Record<string, unknown>, ...fields: string[]) => ({
  ...body,
  ...Object.fromEntries(fields.map((field) => [field, body[field] === '' ? undefined : body[field]])),
});

async function discussionOf(res: Response, child: Child, id: number): Promise<StrategyDiscussion> {
  return found(
    await res.locals.services.db
      .selectFrom('strategy_discussions')
      .selectAll()
      .where('id', '=', id)
      .where('child_id', '=', child.id)
      .executeTakeFirst(),
  );
}
async function enquiryOf(res: Response, child: Child, id: number): Promise<Section47Enquiry> {
  return found(
    await res.locals.services.db
      .selectFrom('section_47_enquiries')
      .selectAll()
      .where('id', '=', id)
      .where('child_id', '=', child.id)
      .executeTakeFirst(),
  );
}
async function planOf(res: Response, child: Child, id: number): Promise<ChildProtectionPlan> {
  return found(
    await res.locals.services.db
      .selectFrom('child_protection_plans')
      .selectAll()
      .where('id', '=', id)
      .where('child_id', '=', child.id)
      .executeTakeFirst(),
  );
}

const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

/** Held date, agencies and decision, as both the new-discussion form and the "it was held" form post them. */
function readHeld(
  res: Response,
  values: Record<string, unknown>,
  decisionDate: string | null | undefined,
  errors: FormErrors,
  heldRequired: boolean,
) {
  const heldDate = readDate(
    values,
    'heldDate',
    {
      label: 'The date held',
      required: heldRequired,
      notAfter: today(res),
      ...(decisionDate
        ? {
            notBefore: plainDate(decisionDate),
            notBeforeMessage: 'The date held must be on or after the date of the decision to hold it',
          }
        : {}),
    },
    errors,
  );
  const form = parseForm(heldSchema, chosen(values, 'decision'));
  if (form.ok && heldDate && !form.value.decision)
    addError(errors, 'decision', 'Select whether a section 47 enquiry will be made');
  if (form.ok && heldDate === null && form.value.decision)
    addError(errors, 'heldDate', 'Enter the date the strategy discussion was held', '#heldDate-day');
  mergeErrors(errors, form.ok ? undefined : form.errors);
  return form.ok && heldDate !== undefined && !hasErrors(errors) ? { heldDate, ...form.value } : undefined;
}

const discussionFormItems = (
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
  dateFields: string[],
  stored: Record<string, string | null> = {},
) => ({
  values,
  errors,
  dates: dateInputs(values, errors, dateFields, stored),
  agencyItems: codeItems(agencies, values.agencies),
  decisionItems: codeItems(strategyDecisions, values.decision),
});

function renderNewDiscussion(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'protection/strategy-new',
    child,
    { pageTitle: 'Record a strategy discussion', ...discussionFormItems(values, errors, ['decisionDate', 'heldDate']) },
    status,
  );
}

async function renderDiscussion(
  res: Response,
  child: Child,
  discussion: StrategyDiscussion,
  values: Record<string, unknown> = {},
  errors?: FormErrors,
  status = 200,
) {
  const { db } = res.locals.services;
  const enquiry = await db
    .selectFrom('section_47_enquiries')
    .select('id')
    .where('strategy_discussion_id', '=', discussion.id)
    .executeTakeFirst();
  const items = await childDueItems(res, child, today(res));
  renderChildPage(
    res,
    'protection/strategy',
    child,
    {
      pageTitle: 'Strategy discussion',
      discussion,
      agencyNames: discussion.agencies.map((code) => named(agencies, code)),
      decision: named(strategyDecisions, discussion.decision),
      enquiry,
      timescales: timescalesOf(items, ['strategy-discussion'], discussion.id, today(res)),
      ...discussionFormItems({ version: String(discussion.version), ...values }, errors, ['heldDate']),
    },
    status,
  );
}

async function renderEnquiry(
  res: Response,
  child: Child,
  enquiry: Section47Enquiry,
  values: Record<string, unknown> = {},
  errors?: FormErrors,
  status = 200,
) {
  const { db } = res.locals.services;
  const conference = await db
    .selectFrom('child_protection_conferences')
    .selectAll()
    .where('section_47_enquiry_id', '=', enquiry.id)
    .executeTakeFirst();
  const plan = conference
    ? await db
        .selectFrom('child_protection_plans')
        .select('id')
        .where('conference_id', '=', conference.id)
        .executeTakeFirst()
    : undefined;
  const items = await childDueItems(res, child, today(res));
  renderChildPage(
    res,
    'protection/enquiry',
    child,
    {
      pageTitle: 'Section 47 enquiry',
      enquiry,
      outcome: named(section47Outcomes, enquiry.outcome),
      conference: conference && {
        ...conference,
        outcomeName: named(conferenceOutcomes, conference.outcome),
        categoryName: named(categoriesOfAbuse, conference.category),
      },
      plan,
      timescales: timescalesOf(items, ['icpc'], enquiry.id, today(res)),
      values: { version: String(enquiry.version), ...values },
      errors,
      dates: dateInputs(values, errors, ['endDate']),
      outcomeItems: codeItems(section47Outcomes, values.outcome),
    },
    status,
  );
}

interface ConferenceForm {
  kind: 'initial' | 'review';
  title: string;
  action: string;
  outcomes: Record<string, string>;
  /** The date the conference is counted from, for the person recording it. */
  started: { label: string; date: string };
}

async function renderConference(
  res: Response,
  child: Child,
  form: ConferenceForm,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  const chairs = await usersWhoMay(res.locals.services.db, 'conference:chair');
  renderChildPage(
    res,
    'protection/conference',
    child,
    {
      pageTitle: form.title,
      form,
      values,
      ...extras,
      outcomeItems: codeItems(form.outcomes, values.outcome),
      dates: dateInputs(values, extras.errors, ['conferenceDate']),
      categoryItems: codeItems(categoriesOfAbuse, values.category, true),
      participationItems: codeItems(childParticipation, values.childParticipation),
      ratingItems: codeItems(practiceRatings, values.practiceRating),
      chairItems: userItems(chairs, values.chairId, 'Select the chair'),
      mayChair: may(res, 'conference:chair'),
    },
    status,
  );
}

/** The chair of a new conference is the person recording it when they may chair. */
const newConferenceValues = (res: Response) =>
  may(res, 'conference:chair') ? { chairId: String(res.locals.user!.id) } : {};

/**
 * Reads the conference date, the fields both conferences share and, from a chair, the RAG rating.
 * The chair must be someone who may chair conferences.
 */
async function readConference<S extends typeof initialConferenceSchema | typeof reviewConferenceSchema>(
  res: Response,
  schema: S,
  values: Record<string, unknown>,
  earliest: { date: string; message: string },
  errors: FormErrors,
) {
  const conferenceDate = readDate(
    values,
    'conferenceDate',
    {
      label: 'The date of the conference',
      notAfter: today(res),
      notBefore: plainDate(earliest.date),
      notBeforeMessage: earliest.message,
    },
    errors,
  );
  const form = parseForm(schema, chosen(values, 'category', 'chairId'));
  mergeErrors(errors, form.ok ? undefined : form.errors);
  const rating = may(res, 'conference:chair') ? parseForm(ratingSchema, values) : undefined;
  mergeErrors(errors, rating && !rating.ok ? rating.errors : undefined);
  const value = form.ok ? (form.value as z.infer<S>) : undefined;
  if (value) {
    const chairs = await usersWhoMay(res.locals.services.db, 'conference:chair');
    if (!chairs.some((chair) => chair.id === value.chairId))
      addError(errors, 'chairId', 'Select the chair from the list');
  }
  if (!value || !conferenceDate || hasErrors(errors)) return undefined;
  return { ...value, conferenceDate, practiceRating: rating?.ok ? rating.value.practiceRating : null };
}

const initialConferenceForm = (child: Child, enquiry: Section47Enquiry): ConferenceForm => ({
  kind: 'initial',
  title: 'Record the initial child protection conference',
  action: `/children/${child.id}/section-47-enquiries/${enquiry.id}/conference`,
  outcomes: { plan: conferenceOutcomes.plan, 'no-plan': conferenceOutcomes['no-plan'] },
  started: { label: 'Section 47 enquiry started', date: enquiry.start_date },
});

const reviewConferenceForm = (child: Child, plan: ChildProtectionPlan): ConferenceForm => ({
  kind: 'review',
  title: 'Record a review child protection conference',
  action: `/children/${child.id}/child-protection-plans/${plan.id}/review-conference`,
  outcomes: { continue: conferenceOutcomes.continue, 'end-plan': conferenceOutcomes['end-plan'] },
  started: { label: 'Plan started', date: plan.start_date },
});

async function renderPlan(res: Response, child: Child, plan: ChildProtectionPlan) {
  const { db } = res.locals.services;
  const [conferences, meetings, visits, actions, items, amendments] = await Promise.all([
    db
      .selectFrom('child_protection_conferences')
      .leftJoin('users', 'users.id', 'child_protection_conferences.chair_id')
      .selectAll('child_protection_conferences')
      .select('users.display_name as chair_name')
      .where((eb) =>
        eb.or([
          eb('child_protection_conferences.id', '=', plan.conference_id),
          eb('child_protection_plan_id', '=', plan.id),
        ]),
      )
      .orderBy('conference_date')
      .execute(),
    db
      .selectFrom('core_group_meetings')
      .selectAll()
      .where('child_protection_plan_id', '=', plan.id)
      .orderBy('meeting_date')
      .execute(),
    visitsBetween(db, child.id, plan.start_date, plan.end_date ?? today(res).toString(), 'child-protection'),
    planActionsView(res.locals.services.timescales, db, child, 'child-protection', plan.id, today(res)),
    childDueItems(res, child, today(res)),
    amendmentsOf(db, 'child_protection_plans', plan.id),
  ]);
  renderChildPage(res, 'protection/plan', child, {
    pageTitle: 'Child protection plan',
    columns: 'full',
    plan,
    // A plan ended away from a review conference keeps why in its amendment; a conference's outcome says why itself.
    endReason: plan.end_date ? amendments.find((amendment) => amendment.field === 'end_date')?.reason : undefined,
    initialCategory: named(categoriesOfAbuse, plan.initial_category),
    latestCategory: named(categoriesOfAbuse, plan.latest_category),
    conferences: conferences.map((conference) => ({
      ...conference,
      outcomeName: named(conferenceOutcomes, conference.outcome),
      participation: named(childParticipation, conference.child_participation),
      rating: named(practiceRatings, conference.practice_rating),
    })),
    meetings,
    visits,
    actions,
    timescales: plan.end_date
      ? []
      : timescalesOf(
          items,
          ['first-core-group', 'cp-visit', 'cp-review', 'cp-plan-senior-oversight'],
          plan.id,
          today(res),
        ),
  });
}

/** A refusal of the whole form, shown against the plan's details. */
function planErrors(message: string): FormErrors {
  const errors = noErrors();
  addError(errors, 'record', message);
  return errors;
}

function renderPlanEnd(
  res: Response,
  child: Child,
  plan: ChildProtectionPlan,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'protection/plan-end',
    child,
    {
      pageTitle: 'End the child protection plan',
      plan,
      values,
      errors,
      dates: dateInputs(values, errors, ['endDate']),
    },
    status,
  );
}

function renderSeniorReview(
  res: Response,
  child: Child,
  plan: ChildProtectionPlan,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'protection/plan-senior-review',
    child,
    {
      pageTitle: "Record the senior manager's review",
      plan,
      values,
      errors,
      dates: dateInputs(values, errors, ['reviewDate'], { reviewDate: plan.senior_manager_review_date }),
    },
    status,
  );
}

function renderCoreGroup(
  res: Response,
  child: Child,
  plan: ChildProtectionPlan,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'protection/core-group-new',
    child,
    {
      pageTitle: 'Record a core group meeting',
      plan,
      values,
      errors,
      dates: dateInputs(values, errors, ['meetingDate']),
    },
    status,
  );
}

export const protectionRoutes = new RouteTable()
  .get(
    '/children/:childId/strategy-discussions/new',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'strategy_discussions' },
    },
    (_req, res, { child }) => {
      renderNewDiscussion(res, child, {});
    },
  )
  .post(
    '/children/:childId/strategy-discussions/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const values = body(req);
      const errors = noErrors();
      const decisionDate = readDate(
        values,
        'decisionDate',
        { label: 'The date of the decision', notAfter: today(res) },
        errors,
      );
      const held = readHeld(res, values, decisionDate, errors, false);
      if (!decisionDate || !held) return renderNewDiscussion(res, child, values, errors, 400);
      const { db } = res.locals.services;
      // The discussion belongs to the CIN episode open on the day it was decided, when there is one.
      const referral = await openReferralOn(db, child.id, decisionDate);
      try {
        const discussion = await recordStrategyDiscussion(db, res.locals.actor, {
          childId: child.id,
          referralId: referral?.id ?? null,
          decisionDate,
          ...held,
          decision: held.decision ?? null,
        });
        req.session.flash = 'The strategy discussion is recorded';
        res.redirect(`/children/${child.id}/strategy-discussions/${discussion.id}`);
      } catch (error) {
        const refused = refusalErrors(error, ['decisionDate', 'heldDate'], { referralId: 'decisionDate' });
        if (refused) return renderNewDiscussion(res, child, values, refused, 400);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/strategy-discussions/:discussionId',
    {
      permission: 'child:view',
      child: true,
      audit: { event: 'child-record-viewed', record: 'strategy_discussions', recordId: 'discussionId' },
    },
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      await renderDiscussion(res, child, discussion);
    },
  )
  .post(
    '/children/:childId/strategy-discussions/:discussionId/held',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      const values = body(req);
      const errors = noErrors();
      const held = readHeld(res, values, discussion.decision_date, errors, true);
      const version = versionField.safeParse(values.version);
      if (!held?.heldDate || !held.decision || !version.success)
        return renderDiscussion(res, child, discussion, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          recordStrategyDiscussionHeld(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: discussion.id,
            version: version.data,
            heldDate: held.heldDate!,
            agencies: held.agencies,
            decision: held.decision!,
          }),
        {
          record: discussion,
          values,
          dateFields: ['heldDate'],
          reload: () => discussionOf(res, child, discussion.id),
          render: (shown, formValues, formErrors, status) =>
            renderDiscussion(res, child, shown, formValues, formErrors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The strategy discussion is recorded as held';
      res.redirect(`/children/${child.id}/strategy-discussions/${discussion.id}`);
    },
  )
  .post(
    '/children/:childId/strategy-discussions/:discussionId/section-47',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      try {
        const enquiry = await startSection47Enquiry(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          strategyDiscussionId: discussion.id,
        });
        req.session.flash = 'The section 47 enquiry is started';
        res.redirect(`/children/${child.id}/section-47-enquiries/${enquiry.id}`);
      } catch (error) {
        const refused = refusalErrors(error, [], { strategyDiscussionId: 'record' });
        if (refused) return renderDiscussion(res, child, discussion, {}, refused, 400);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/section-47-enquiries/:enquiryId',
    {
      permission: 'child:view',
      child: true,
      audit: { event: 'child-record-viewed', record: 'section_47_enquiries', recordId: 'enquiryId' },
    },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      await renderEnquiry(res, child, enquiry);
    },
  )
  .post(
    '/children/:childId/section-47-enquiries/:enquiryId/outcome',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      const values = body(req);
      const errors = noErrors();
      const endDate = readDate(
        values,
        'endDate',
        {
          label: 'The date the enquiry concluded',
          notAfter: today(res),
          notBefore: plainDate(enquiry.start_date),
          notBeforeMessage: 'The date the enquiry concluded must be on or after the start date',
        },
        errors,
      );
      const form = parseForm(conclusionSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || !endDate) return renderEnquiry(res, child, enquiry, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          concludeSection47Enquiry(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: enquiry.id,
            version: form.value.version,
            endDate,
            outcome: form.value.outcome,
          }),
        {
          record: enquiry,
          values,
          dateFields: ['endDate'],
          reload: () => enquiryOf(res, child, enquiry.id),
          render: (shown, formValues, formErrors, status) =>
            renderEnquiry(res, child, shown, formValues, formErrors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The outcome of the section 47 enquiry is recorded';
      res.redirect(`/children/${child.id}/section-47-enquiries/${enquiry.id}`);
    },
  )
  .get(
    '/children/:childId/section-47-enquiries/:enquiryId/conference',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'section_47_enquiries', recordId: 'enquiryId' },
    },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      const draft = await draftFor(req, res, child.id);
      await renderConference(
        res,
        child,
        initialConferenceForm(child, enquiry),
        draft.values ?? newConferenceValues(res),
        { draft },
      );
    },
  )
  .post(
    '/children/:childId/section-47-enquiries/:enquiryId/conference',
    { permission: 'child:record', child: true, draft: true },
    async (req, res, { child }) => {
      const enquiry = await enquiryOf(res, child, idParam(req, 'enquiryId'));
      if (await savedAsDraft(req, res, child.id)) return;
      const values = body(req);
      const form = initialConferenceForm(child, enquiry);
      const errors = noErrors();
      const conference = await readConference(
        res,
        initialConferenceSchema,
        values,
        {
          date: enquiry.start_date,
          message: 'The date of the conference must be on or after the start of the section 47 enquiry',
        },
        errors,
      );
      if (conference?.outcome === 'plan' && !conference.category)
        addError(errors, 'category', 'Select the category of abuse for the plan');
      if (!conference || hasErrors(errors)) return renderConference(res, child, form, values, { errors }, 400);
      try {
        const { plan } = await recordInitialConference(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          section47EnquiryId: enquiry.id,
          date: conference.conferenceDate,
          outcome: conference.outcome,
          category: conference.outcome === 'plan' ? (conference.category ?? null) : null,
          childParticipation: conference.childParticipation,
          practiceRating: conference.practiceRating,
          chairId: conference.chairId,
        });
        await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
        req.session.flash = plan
          ? 'The initial conference is recorded and the child protection plan has started'
          : 'The initial conference is recorded';
        res.redirect(
          plan
            ? `/children/${child.id}/child-protection-plans/${plan.id}`
            : `/children/${child.id}/section-47-enquiries/${enquiry.id}`,
        );
      } catch (error) {
        const refused = refusalErrors(error, ['conferenceDate'], {
          section47EnquiryId: 'conferenceDate',
          startDate: 'conferenceDate',
          conferenceId: 'conferenceDate',
        });
        if (refused) return renderConference(res, child, form, values, { errors: refused }, 400);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/child-protection-plans/:planId',
    {
      permission: 'child:view',
      child: true,
      audit: { event: 'child-record-viewed', record: 'child_protection_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      await renderPlan(res, child, plan);
    },
  )
  .get(
    '/children/:childId/child-protection-plans/:planId/review-conference',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'child_protection_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      const draft = await draftFor(req, res, child.id);
      await renderConference(res, child, reviewConferenceForm(child, plan), draft.values ?? newConferenceValues(res), {
        draft,
      });
    },
  )
  .post(
    '/children/:childId/child-protection-plans/:planId/review-conference',
    { permission: 'child:record', child: true, draft: true },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      if (await savedAsDraft(req, res, child.id)) return;
      const values = body(req);
      const form = reviewConferenceForm(child, plan);
      const errors = noErrors();
      const conference = await readConference(
        res,
        reviewConferenceSchema,
        values,
        { date: plan.start_date, message: 'The date of the conference must be on or after the start of the plan' },
        errors,
      );
      if (conference?.outcome === 'end-plan' && conference.conferenceDate === plan.start_date)
        addError(
          errors,
          'conferenceDate',
          'A conference that ends the plan must be after the day the plan started',
          '#conferenceDate-day',
        );
      if (!conference || hasErrors(errors)) return renderConference(res, child, form, values, { errors }, 400);
      try {
        await recordReviewConference(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          planId: plan.id,
          date: conference.conferenceDate,
          outcome: conference.outcome,
          category: conference.category ?? null,
          childParticipation: conference.childParticipation,
          practiceRating: conference.practiceRating,
          chairId: conference.chairId,
        });
      } catch (error) {
        const refused = refusalErrors(error, ['conferenceDate'], {
          planId: 'conferenceDate',
          endDate: 'conferenceDate',
        });
        if (refused) return renderConference(res, child, form, values, { errors: refused }, 400);
        throw error;
      }
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash =
        conference.outcome === 'end-plan'
          ? 'The review conference is recorded and the plan has ended'
          : 'The review conference is recorded';
      res.redirect(`/children/${child.id}/child-protection-plans/${plan.id}`);
    },
  )
  .get(
    '/children/:childId/child-protection-plans/:planId/end',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'child_protection_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      renderPlanEnd(res, child, plan, { version: String(plan.version) });
    },
  )
  .post(
    '/children/:childId/child-protection-plans/:planId/end',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      const values = body(req);
      if (plan.end_date)
        return renderPlanEnd(res, child, plan, values, planErrors('This child protection plan has already ended'), 400);
      const errors = noErrors();
      // That the plan ends after the day it starts is the store's rule (planEndProblem).
      const endDate = readDate(values, 'endDate', { label: 'The end date', notAfter: today(res) }, errors);
      const form = parseForm(planEndSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      const version = readVersion(values, errors);
      if (!endDate || !form.ok || version === undefined) return renderPlanEnd(res, child, plan, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          endChildProtectionPlan(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: plan.id,
            version,
            endDate,
            reason: form.value.reason,
          }),
        {
          record: plan,
          values,
          dateFields: ['endDate'],
          reload: () => planOf(res, child, plan.id),
          render: (shown, formValues, formErrors, status) =>
            renderPlanEnd(res, child, shown, formValues, formErrors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The child protection plan has ended';
      res.redirect(`/children/${child.id}/child-protection-plans/${plan.id}`);
    },
  )
  .get(
    '/children/:childId/child-protection-plans/:planId/senior-manager-review',
    {
      permission: 'child:oversee',
      child: true,
      audit: { event: 'child-record-viewed', record: 'child_protection_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      renderSeniorReview(res, child, plan, { version: String(plan.version) });
    },
  )
  .post(
    '/children/:childId/child-protection-plans/:planId/senior-manager-review',
    { permission: 'child:oversee', child: true },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      const values = body(req);
      // Nothing is due of an ended plan: the review is oversight of a plan still open.
      if (plan.end_date)
        return renderSeniorReview(
          res,
          child,
          plan,
          values,
          planErrors(
            'This child protection plan has ended: a senior manager review is recorded while the plan is open',
          ),
          400,
        );
      const errors = noErrors();
      const reviewDate = readDate(
        values,
        'reviewDate',
        {
          label: 'The date of the review',
          notAfter: today(res),
          notBefore: plainDate(plan.start_date),
          notBeforeMessage: 'The date of the review must be on or after the start of the plan',
        },
        errors,
      );
      const version = readVersion(values, errors);
      if (!reviewDate || version === undefined) return renderSeniorReview(res, child, plan, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          recordSeniorManagerReview(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: plan.id,
            version,
            reviewDate,
          }),
        {
          record: plan,
          values,
          dateFields: ['reviewDate'],
          aliases: { seniorManagerReviewDate: 'reviewDate' },
          reload: () => planOf(res, child, plan.id),
          render: (shown, formValues, formErrors, status) =>
            renderSeniorReview(res, child, shown, formValues, formErrors, status),
        },
      );
      if (!saved) return;
      req.session.flash = "The senior manager's review is recorded";
      res.redirect(`/children/${child.id}/child-protection-plans/${plan.id}`);
    },
  )
  .get(
    '/children/:childId/child-protection-plans/:planId/core-groups/new',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'child_protection_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      renderCoreGroup(res, child, await planOf(res, child, idParam(req, 'planId')), {});
    },
  )
  .post(
    '/children/:childId/child-protection-plans/:planId/core-groups/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      const values = body(req);
      const errors = noErrors();
      const meetingDate = readDate(
        values,
        'meetingDate',
        {
          label: 'The date of the meeting',
          notAfter: today(res),
          notBefore: plainDate(plan.start_date),
          notBeforeMessage: 'The date of the meeting must be on or after the start of the plan',
        },
        errors,
      );
      const form = parseForm(coreGroupSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || !meetingDate) return renderCoreGroup(res, child, plan, values, errors, 400);
      try {
        await recordCoreGroupMeeting(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          planId: plan.id,
          date: meetingDate,
          notes: form.value.notes,
        });
      } catch (error) {
        const refused = refusalErrors(error, ['meetingDate'], { planId: 'meetingDate' });
        if (refused) return renderCoreGroup(res, child, plan, values, refused, 400);
        throw error;
      }
      req.session.flash = 'The core group meeting is recorded';
      res.redirect(`/children/${child.id}/child-protection-plans/${plan.id}`);
    },
  );
