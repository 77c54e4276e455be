// Child protection plans: core groups, senior manager review and the end of the plan (review conferences
// are recorded in conferenceRoutes.ts).
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import {
  formBody,
  idParam,
  mergeErrors,
  noErrors,
  plainDate,
  readDate,
  readVersion,
  refusalErrors,
  saveOrShowAgain,
  today,
} from '../../platform/web/childPages.ts';
import { endChildProtectionPlan, recordCoreGroupMeetings, recordSeniorManagerReview } from './store.ts';
import {
  coreGroupSchema,
  planEndSchema,
  planOf,
  renderPlan,
  planErrors,
  renderPlanEnd,
  renderSeniorReview,
  seniorReviewSchema,
  renderCoreGroup,
  chosenToo,
  siblingsOnPlans,
} from './presenters.ts';

export const childProtectionPlanRoutes = new RouteTable()
  .get(
    '/children/:childId/child-protection-plans/:planId',
    childRecordPage('child:view', 'child_protection_plans', 'planId'),
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      await renderPlan(res, child, plan);
    },
  )
  .get(
    '/children/:childId/child-protection-plans/:planId/end',
    childRecordPage('child:record', 'child_protection_plans', 'planId'),
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
      const values = formBody(req);
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
    childRecordPage('child:oversee', 'child_protection_plans', 'planId'),
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
      const values = formBody(req);
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
      const form = parseForm(seniorReviewSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      const version = readVersion(values, errors);
      if (!reviewDate || !form.ok || version === undefined)
        return renderSeniorReview(res, child, plan, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          recordSeniorManagerReview(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: plan.id,
            version,
            reviewDate,
            ...form.value,
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
    childRecordPage('child:record', 'child_protection_plans', 'planId'),
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      renderCoreGroup(res, child, plan, await siblingsOnPlans(res, child), {});
    },
  )
  .post(
    '/children/:childId/child-protection-plans/:planId/core-groups/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const plan = await planOf(res, child, idParam(req, 'planId'));
      const values = formBody(req);
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
      const onPlans = await siblingsOnPlans(res, child);
      if (!form.ok || !meetingDate) return renderCoreGroup(res, child, plan, onPlans, values, errors, 400);
      const meetings = [{ key: child.id, planId: plan.id }, ...chosenToo(values, onPlans)];
      try {
        await recordCoreGroupMeetings(
          res.locals.services.db,
          res.locals.actor,
          meetings.map((each) => ({
            childId: each.key,
            planId: each.planId,
            date: meetingDate,
            notes: form.value.notes,
          })),
        );
      } catch (error) {
        const refused = refusalErrors(error, ['meetingDate'], { planId: 'meetingDate' });
        if (refused) return renderCoreGroup(res, child, plan, onPlans, values, refused, 400);
        throw error;
      }
      req.session.flash =
        meetings.length > 1
          ? `The core group meeting is recorded for ${meetings.length} children`
          : 'The core group meeting is recorded';
      res.redirect(`/children/${child.id}/child-protection-plans/${plan.id}`);
    },
  );
