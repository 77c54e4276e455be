// Child in need plans and their reviews, the actions of CIN and CP plans, and visits: the pages of
// a child's plans.
import type { Request, Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import type { Child } from '../../platform/web/childPages.ts';
import {
  addError,
  childDueItems,
  codeItems,
  codeOf,
  dateInputs,
  found,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  optionalText,
  readDate,
  readVersion,
  refusalErrors,
  renderChildPage,
  saveOrShowAgain,
  timescalesOf,
  userItems,
  usersWhoMay,
  yesNo,
} from '../../platform/web/childPages.ts';
import { planActionsView, planPaths, type PagedPlanType } from './actions.ts';
import { planTypes, visitPurposes } from './codes.ts';
import { planActionDueDate } from './model.ts';
import type { ChildInNeedPlan, PlanAction } from './schema.ts';
import {
  completePlanAction,
  endChildInNeedPlan,
  recordChildInNeedPlanReview,
  recordPlanAction,
  recordVisit,
  startChildInNeedPlan,
} from './store.ts';
import { visitsBetween } from './visits.ts';

// A visit, with the child's wishes and feelings in their own words, is a long form.

const today = (res: Response) => res.locals.services.clock.today();
const plainDate = (iso: string) => Temporal.PlainDate.from(iso);
const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

const reviewSchema = z.object({ notes: optionalText(5000, 'Notes') });
const actionSchema = z.object({
  description: z
    .string({ error: 'Enter what the action is' })
    .trim()
    .min(1, 'Enter what the action is')
    .max(1000, 'The action must be 1000 characters or fewer'),
  ownerName: z
    .string({ error: 'Enter who owns the action' })
    .trim()
    .min(1, 'Enter who owns the action')
    .max(200, 'The owner must be 200 characters or fewer'),
});
const visitSchema = z.object({
  purpose: codeOf(visitPurposes, 'Select the purpose of the visit'),
  childSeen: yesNo('Select yes if the child was seen'),
  seenAlone: yesNo('Select yes if the child was seen alone').optional(),
  wishesAndFeelings: optionalText(10000, 'Wishes and feelings'),
  visitedBy: z.coerce
    .number({ error: 'Select who visited from the list' })
    .int('Select who visited from the list')
    .positive('Select who visited from the list'),
});

async function cinPlanOf(res: Response, child: Child, id: number): Promise<ChildInNeedPlan> {
  return found(
    await res.locals.services.db
      .selectFrom('cin_plans')
      .selectAll()
      .where('id', '=', id)
      .where('child_id', '=', child.id)
      .executeTakeFirst(),
  );
}

/** The CIN or CP plan an action page belongs to, with what its pages need. */
async function planOf(res: Response, child: Child, planType: PagedPlanType, id: number) {
  const { db } = res.locals.services;
  const plan = found(
    planType === 'child-in-need'
      ? await db
          .selectFrom('cin_plans')
          .select(['id', 'start_date', 'end_date'])
          .where('id', '=', id)
          .where('child_id', '=', child.id)
          .executeTakeFirst()
      : await db
          .selectFrom('child_protection_plans')
          .select(['id', 'start_date', 'end_date'])
          .where('id', '=', id)
          .where('child_id', '=', child.id)
          .executeTakeFirst(),
  );
  return {
    ...plan,
    planType,
    title: planTypes[planType],
    path: `/children/${child.id}/${planPaths[planType]}/${plan.id}`,
  };
}
type PlanOnPage = Awaited<ReturnType<typeof planOf>>;

async function actionOf(res: Response, child: Child, plan: PlanOnPage, id: number): Promise<PlanAction> {
  return found(
    await res.locals.services.db
      .selectFrom('plan_actions')
      .selectAll()
      .where('id', '=', id)
      .where('child_id', '=', child.id)
      .where('plan_type', '=', plan.planType)
      .where('plan_id', '=', plan.id)
      .executeTakeFirst(),
  );
}

/** An open CIN episode on the day, which a CIN plan belongs to. */
const openReferralOn = (res: Response, child: Child, on: string) =>
  res.locals.services.db
    .selectFrom('referrals')
    .select('id')
    .where('child_id', '=', child.id)
    .where('referral_date', '<=', on)
    .where((eb) => eb.or([eb('closure_date', 'is', null), eb('closure_date', '>=', on)]))
    .executeTakeFirst();

function renderDateForm(
  res: Response,
  child: Child,
  view: string,
  context: Record<string, unknown> & { values: Record<string, unknown>; errors?: FormErrors | undefined },
  dateField: string,
  status = 200,
) {
  renderChildPage(
    res,
    view,
    child,
    { ...context, dates: dateInputs(context.values, context.errors, [dateField]) },
    status,
  );
}

async function renderCinPlan(res: Response, child: Child, plan: ChildInNeedPlan) {
  const { db } = res.locals.services;
  const [reviews, visits, actions, items] = await Promise.all([
    db.selectFrom('cin_plan_reviews').selectAll().where('cin_plan_id', '=', plan.id).orderBy('review_date').execute(),
    visitsBetween(db, child.id, plan.start_date, plan.end_date ?? today(res).toString(), 'child-in-need'),
    planActionsView(res.locals.services.timescales, db, child, 'child-in-need', plan.id, today(res)),
    childDueItems(res, child, today(res)),
  ]);
  renderChildPage(res, 'planning/cin-plan', child, {
    pageTitle: 'Child in need plan',
    columns: 'full',
    plan,
    reviews,
    visits,
    actions,
    timescales: plan.end_date ? [] : timescalesOf(items, ['cin-visit', 'cin-review'], plan.id, today(res)),
  });
}

function renderAction(
  res: Response,
  child: Child,
  plan: PlanOnPage,
  action: PlanAction,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderDateForm(
    res,
    child,
    'planning/action',
    { pageTitle: 'Plan action', plan, action, values: { version: String(action.version), ...values }, errors },
    'doneDate',
    status,
  );
}

async function renderVisitForm(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  const visitors = await usersWhoMay(res.locals.services.db, 'child:record');
  renderChildPage(
    res,
    'planning/visit-new',
    child,
    {
      pageTitle: 'Record a visit',
      values,
      ...extras,
      dates: dateInputs(values, extras.errors, ['visitDate']),
      purposeItems: codeItems(visitPurposes, values.purpose),
      visitorItems: userItems(visitors, values.visitedBy, 'Select who visited'),
    },
    status,
  );
}

export const planningRoutes = new RouteTable()
  .get(
    '/children/:childId/child-in-need-plans/new',
    { permission: 'child:record', child: true, audit: { event: 'child-record-viewed', record: 'cin_plans' } },
    (_req, res, { child }) => {
      renderDateForm(
        res,
        child,
        'planning/cin-plan-new',
        { pageTitle: 'Start a child in need plan', values: {} },
        'startDate',
      );
    },
  )
  .post(
    '/children/:childId/child-in-need-plans/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const values = body(req);
      const errors = noErrors();
      const startDate = readDate(values, 'startDate', { label: 'The start date', notAfter: today(res) }, errors);
      const render = (formErrors: FormErrors) =>
        renderDateForm(
          res,
          child,
          'planning/cin-plan-new',
          { pageTitle: 'Start a child in need plan', values, errors: formErrors },
          'startDate',
          400,
        );
      if (!startDate) return render(errors);
      try {
        const referral = await openReferralOn(res, child, startDate);
        const plan = await startChildInNeedPlan(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          referralId: referral?.id ?? null,
          startDate,
        });
        req.session.flash = 'The child in need plan has started';
        res.redirect(`/children/${child.id}/child-in-need-plans/${plan.id}`);
      } catch (error) {
        const refused = refusalErrors(error, ['startDate'], { referralId: 'startDate' });
        if (refused) return render(refused);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/child-in-need-plans/:planId',
    {
      permission: 'child:view',
      child: true,
      audit: { event: 'child-record-viewed', record: 'cin_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      const plan = await cinPlanOf(res, child, idParam(req, 'planId'));
      await renderCinPlan(res, child, plan);
    },
  )
  .get(
    '/children/:childId/child-in-need-plans/:planId/end',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'cin_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      const plan = await cinPlanOf(res, child, idParam(req, 'planId'));
      renderDateForm(
        res,
        child,
        'planning/cin-plan-end',
        { pageTitle: 'End the child in need plan', plan, values: { version: String(plan.version) } },
        'endDate',
      );
    },
  )
  .post(
    '/children/:childId/child-in-need-plans/:planId/end',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const plan = await cinPlanOf(res, child, idParam(req, 'planId'));
      const values = body(req);
      const errors = noErrors();
      const render = (
        shown: ChildInNeedPlan,
        formValues: Record<string, unknown>,
        formErrors: FormErrors,
        status: number,
      ) =>
        renderDateForm(
          res,
          child,
          'planning/cin-plan-end',
          { pageTitle: 'End the child in need plan', plan: shown, values: formValues, errors: formErrors },
          'endDate',
          status,
        );
      const endDate = readDate(
        values,
        'endDate',
        {
          label: 'The end date',
          notAfter: today(res),
          notBefore: plainDate(plan.start_date),
          notBeforeMessage: 'The end date must be on or after the start date',
        },
        errors,
      );
      const version = readVersion(values, errors);
      if (!endDate || version === undefined) return render(plan, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          endChildInNeedPlan(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: plan.id,
            version,
            endDate,
          }),
        {
          record: plan,
          values,
          dateFields: ['endDate'],
          reload: () => cinPlanOf(res, child, plan.id),
          render,
        },
      );
      if (!saved) return;
      req.session.flash = 'The child in need plan has ended';
      res.redirect(`/children/${child.id}/child-in-need-plans/${plan.id}`);
    },
  )
  .get(
    '/children/:childId/child-in-need-plans/:planId/reviews/new',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'cin_plans', recordId: 'planId' },
    },
    async (req, res, { child }) => {
      const plan = await cinPlanOf(res, child, idParam(req, 'planId'));
      renderDateForm(
        res,
        child,
        'planning/cin-review-new',
        { pageTitle: 'Record a child in need plan review', plan, values: {} },
        'reviewDate',
      );
    },
  )
  .post(
    '/children/:childId/child-in-need-plans/:planId/reviews/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const plan = await cinPlanOf(res, child, idParam(req, 'planId'));
      const values = body(req);
      const errors = noErrors();
      const render = (formErrors: FormErrors) =>
        renderDateForm(
          res,
          child,
          'planning/cin-review-new',
          { pageTitle: 'Record a child in need plan review', plan, values, errors: formErrors },
          'reviewDate',
          400,
        );
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
      const form = parseForm(reviewSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (!form.ok || !reviewDate) return render(errors);
      try {
        await recordChildInNeedPlanReview(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          planId: plan.id,
          date: reviewDate,
          notes: form.value.notes,
        });
      } catch (error) {
        const refused = refusalErrors(error, ['reviewDate'], { planId: 'reviewDate' });
        if (refused) return render(refused);
        throw error;
      }
      req.session.flash = 'The review is recorded';
      res.redirect(`/children/${child.id}/child-in-need-plans/${plan.id}`);
    },
  )
  .get(
    '/children/:childId/visits',
    { permission: 'child:view', child: true, audit: { event: 'child-record-viewed', record: 'visits' } },
    async (_req, res, { child }) => {
      const visits = await visitsBetween(res.locals.services.db, child.id, '0001-01-01', '9999-12-31');
      renderChildPage(res, 'planning/visits', child, {
        pageTitle: 'Visits',
        columns: 'full',
        visits: visits.reverse(),
      });
    },
  )
  .get(
    '/children/:childId/visits/new',
    { permission: 'child:record', child: true, audit: { event: 'child-record-viewed', record: 'visits' } },
    async (req, res, { child }) => {
      const draft = await draftFor(req, res, child.id);
      const purpose =
        typeof req.query.purpose === 'string' && req.query.purpose in visitPurposes ? req.query.purpose : undefined;
      await renderVisitForm(res, child, draft.values ?? { purpose, visitedBy: String(res.locals.user!.id) }, { draft });
    },
  )
  .post(
    '/children/:childId/visits/new',
    { permission: 'child:record', child: true, draft: true },
    async (req, res, { child }) => {
      if (await savedAsDraft(req, res, child.id)) return;
      const values = body(req);
      const errors = noErrors();
      const visitDate = readDate(values, 'visitDate', { label: 'The date of the visit', notAfter: today(res) }, errors);
      const form = parseForm(visitSchema, {
        ...values,
        visitedBy: values.visitedBy === '' ? undefined : values.visitedBy,
      });
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (form.ok) {
        if (form.value.childSeen === 'yes' && !form.value.seenAlone)
          addError(errors, 'seenAlone', 'Select yes if the child was seen alone');
        if (form.value.childSeen === 'no' && form.value.seenAlone === 'yes')
          addError(errors, 'seenAlone', 'A child seen alone must also be recorded as seen');
        const visitors = await usersWhoMay(res.locals.services.db, 'child:record');
        if (!visitors.some((visitor) => visitor.id === form.value.visitedBy))
          addError(errors, 'visitedBy', 'Select who visited from the list');
      }
      if (!form.ok || !visitDate || hasErrors(errors)) return renderVisitForm(res, child, values, { errors }, 400);
      try {
        await recordVisit(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          date: visitDate,
          purpose: form.value.purpose,
          childSeen: form.value.childSeen === 'yes',
          seenAlone: form.value.seenAlone === 'yes',
          wishesAndFeelings: form.value.wishesAndFeelings,
          visitedBy: form.value.visitedBy,
        });
      } catch (error) {
        const refused = refusalErrors(error, ['visitDate']);
        if (refused) return renderVisitForm(res, child, values, { errors: refused }, 400);
        throw error;
      }
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash = 'The visit is recorded';
      res.redirect(`/children/${child.id}/visits`);
    },
  );

// Actions belong to a CIN plan or a CP plan: the same pages under each.
for (const [planType, segment] of Object.entries(planPaths) as [PagedPlanType, string][]) {
  const renderNewAction = (
    res: Response,
    child: Child,
    plan: PlanOnPage,
    values: Record<string, unknown>,
    errors?: FormErrors,
    status = 200,
  ) =>
    renderDateForm(
      res,
      child,
      'planning/action-new',
      { pageTitle: `Add an action to the ${plan.title.toLowerCase()}`, plan, values, errors },
      'dueDate',
      status,
    );
  planningRoutes
    .get(
      `/children/:childId/${segment}/:planId/actions/new`,
      { permission: 'child:record', child: true, audit: { event: 'child-record-viewed', record: 'plan_actions' } },
      async (req, res, { child }) => {
        renderNewAction(res, child, await planOf(res, child, planType, idParam(req, 'planId')), {});
      },
    )
    .post(
      `/children/:childId/${segment}/:planId/actions/new`,
      { permission: 'child:record', child: true },
      async (req, res, { child }) => {
        const plan = await planOf(res, child, planType, idParam(req, 'planId'));
        const values = body(req);
        const form = parseForm(actionSchema, values);
        const errors = form.ok ? noErrors() : form.errors;
        const dueDate = dueDateAsEntered(values, errors);
        const due = dueDate === undefined ? undefined : planActionDueDate(dueDate, today(res).toString());
        if (due && 'message' in due) addError(errors, 'dueDate', due.message, '#dueDate-day');
        if (!form.ok || dueDate === undefined || hasErrors(errors))
          return renderNewAction(res, child, plan, values, errors, 400);
        try {
          await recordPlanAction(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            planType,
            planId: plan.id,
            description: form.value.description,
            ownerName: form.value.ownerName,
            recordedDate: today(res).toString(),
            dueDate,
          });
        } catch (error) {
          const refused = refusalErrors(error, ['dueDate'], { planId: 'description' });
          if (refused) return renderNewAction(res, child, plan, values, refused, 400);
          throw error;
        }
        req.session.flash = 'The action is added to the plan';
        res.redirect(plan.path);
      },
    )
    .get(
      `/children/:childId/${segment}/:planId/actions/:actionId`,
      {
        permission: 'child:view',
        child: true,
        audit: { event: 'child-record-viewed', record: 'plan_actions', recordId: 'actionId' },
      },
      async (req, res, { child }) => {
        const plan = await planOf(res, child, planType, idParam(req, 'planId'));
        const action = await actionOf(res, child, plan, idParam(req, 'actionId'));
        renderAction(res, child, plan, action, {});
      },
    )
    .post(
      `/children/:childId/${segment}/:planId/actions/:actionId/done`,
      { permission: 'child:record', child: true },
      async (req, res, { child }) => {
        const plan = await planOf(res, child, planType, idParam(req, 'planId'));
        const action = await actionOf(res, child, plan, idParam(req, 'actionId'));
        const values = body(req);
        const errors = noErrors();
        const doneDate = readDate(
          values,
          'doneDate',
          {
            label: 'The date done',
            notAfter: today(res),
            notBefore: plainDate(action.recorded_date),
            notBeforeMessage: 'The date done must be on or after the date the action was recorded',
          },
          errors,
        );
        const version = readVersion(values, errors);
        if (!doneDate || version === undefined) return renderAction(res, child, plan, action, values, errors, 400);
        const saved = await saveOrShowAgain(
          () =>
            completePlanAction(res.locals.services.db, res.locals.actor, {
              childId: child.id,
              id: action.id,
              version,
              doneDate,
            }),
          {
            record: action,
            values,
            dateFields: ['doneDate'],
            reload: () => actionOf(res, child, plan, action.id),
            render: (shown, formValues, formErrors, status) =>
              renderAction(res, child, plan, shown, formValues, formErrors, status),
          },
        );
        if (!saved) return;
        req.session.flash = `Action done: ${action.description}`;
        res.redirect(plan.path);
      },
    );
}

/**
 * The due date as the person entered it. A blank date or "ongoing" typed into it is kept as
 * entered, so the plan-action rule (model.ts) refuses it in its own words; anything else must be
 * a real date. Undefined when refused here.
 */
function dueDateAsEntered(values: Record<string, unknown>, errors: FormErrors): string | undefined {
  const parts = ['day', 'month', 'year'].map((part) => fieldText(values[`dueDate-${part}`]).trim());
  if (parts.every((part) => part === '')) return '';
  if (parts.some((part) => /^ongoing$/i.test(part))) return 'ongoing';
  return readDate(values, 'dueDate', { label: 'The due date' }, errors) ?? undefined;
}
