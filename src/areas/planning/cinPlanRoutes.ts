// Child in need plans: starting one, its page, its reviews and its end.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
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
import type { ChildInNeedPlan } from './schema.ts';
import { endChildInNeedPlan, recordChildInNeedPlanReview, startChildInNeedPlan } from './store.ts';
import { reviewSchema, cinPlanOf, renderDateForm, renderCinPlan } from './presenters.ts';

export const childInNeedPlanRoutes = new RouteTable()
  .get(
    '/children/:childId/child-in-need-plans/new',
    childRecordPage('child:record', 'cin_plans'),
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
      const values = formBody(req);
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
        const plan = await startChildInNeedPlan(res.locals.services.db, res.locals.actor, {
          childId: child.id,
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
    childRecordPage('child:view', 'cin_plans', 'planId'),
    async (req, res, { child }) => {
      const plan = await cinPlanOf(res, child, idParam(req, 'planId'));
      await renderCinPlan(res, child, plan);
    },
  )
  .get(
    '/children/:childId/child-in-need-plans/:planId/end',
    childRecordPage('child:record', 'cin_plans', 'planId'),
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
      const values = formBody(req);
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
    childRecordPage('child:record', 'cin_plans', 'planId'),
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
      const values = formBody(req);
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
  );
