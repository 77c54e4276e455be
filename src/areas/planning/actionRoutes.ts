// The actions of a CIN plan or a CP plan: adding one, its page, and marking it done.
import type { Response } from 'express';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import type { Child } from '../../platform/web/childPages.ts';
import {
  addError,
  formBody,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  refusalErrors,
  saveDoneOn,
  today,
} from '../../platform/web/childPages.ts';
import { planPaths, type PagedPlanType } from './actions.ts';
import { planActionDueDate } from './model.ts';
import { completePlanAction, recordPlanAction } from './store.ts';
import {
  actionSchema,
  planOf,
  type PlanOnPage,
  actionOf,
  renderDateForm,
  renderAction,
  dueDateAsEntered,
  ownerChoices,
  readOwner,
} from './presenters.ts';

export const planActionRoutes = new RouteTable();

// Actions belong to a CIN plan or a CP plan: the same pages under each.
for (const [planType, segment] of Object.entries(planPaths) as [PagedPlanType, string][]) {
  const renderNewAction = async (
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
      {
        pageTitle: `Add an action to the ${plan.title.toLowerCase()}`,
        plan,
        values,
        errors,
        ...(await ownerChoices(res, child, values)),
      },
      'dueDate',
      status,
    );
  planActionRoutes
    .get(
      `/children/:childId/${segment}/:planId/actions/new`,
      childRecordPage('child:record', 'plan_actions'),
      async (req, res, { child }) => {
        await renderNewAction(res, child, await planOf(res, child, planType, idParam(req, 'planId')), {});
      },
    )
    .post(
      `/children/:childId/${segment}/:planId/actions/new`,
      { permission: 'child:record', child: true },
      async (req, res, { child }) => {
        const plan = await planOf(res, child, planType, idParam(req, 'planId'));
        const values = formBody(req);
        const errors = noErrors();
        const form = parseForm(actionSchema, values);
        mergeErrors(errors, form.ok ? undefined : form.errors);
        const owner = readOwner(values, errors);
        const dueDate = dueDateAsEntered(values, errors);
        const due = dueDate === undefined ? undefined : planActionDueDate(dueDate, today(res).toString());
        if (due && 'message' in due) addError(errors, 'dueDate', due.message, '#dueDate-day');
        if (!form.ok || !owner || dueDate === undefined || hasErrors(errors))
          return renderNewAction(res, child, plan, values, errors, 400);
        try {
          await recordPlanAction(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            planType,
            planId: plan.id,
            description: form.value.description,
            owner,
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
      childRecordPage('child:view', 'plan_actions', 'actionId'),
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
        const saved = await saveDoneOn(req, res, {
          record: action,
          notBefore: {
            date: action.recorded_date,
            message: 'The date done must be on or after the date the action was recorded',
          },
          save: (done) =>
            completePlanAction(res.locals.services.db, res.locals.actor, { childId: child.id, id: action.id, ...done }),
          reload: () => actionOf(res, child, plan, action.id),
          render: (shown, formValues, formErrors, status) =>
            renderAction(res, child, plan, shown, formValues, formErrors, status),
        });
        if (!saved) return;
        req.session.flash = `Action done: ${action.description}`;
        res.redirect(plan.path);
      },
    );
}
