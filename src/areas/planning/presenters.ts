// The planning pages' view models, form readers and record loaders, shared by its route files.
import type { Response } from 'express';
import { z } from 'zod';
import { type FormErrors, fieldText } from '../../platform/web/forms.ts';
import type { Child } from '../../platform/web/childPages.ts';
import {
  childDueItems,
  childRecordOf,
  dateInputs,
  found,
  optionalText,
  readDate,
  renderChildPage,
  timescalesOf,
  today,
} from '../../platform/web/childPages.ts';
import { planActionsView, planPaths, type PagedPlanType } from './actions.ts';
import { planTypes } from './codes.ts';
import type { ChildInNeedPlan, PlanAction } from './schema.ts';
import { visitsBetween } from '../visits/index.ts';

export const reviewSchema = z.object({ notes: optionalText(5000, 'Notes') });
export const actionSchema = z.object({
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
export const cinPlanOf = (res: Response, child: Child, id: number): Promise<ChildInNeedPlan> =>
  childRecordOf(res, child, 'cin_plans', id);

/** The CIN or CP plan an action page belongs to, with what its pages need. */
export async function planOf(res: Response, child: Child, planType: PagedPlanType, id: number) {
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
export type PlanOnPage = Awaited<ReturnType<typeof planOf>>;

export async function actionOf(res: Response, child: Child, plan: PlanOnPage, id: number): Promise<PlanAction> {
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

export function renderDateForm(
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

export async function renderCinPlan(res: Response, child: Child, plan: ChildInNeedPlan) {
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

export function renderAction(
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

/**
 * The due date as the person entered it. A blank date or "ongoing" typed into it is kept as
 * entered, so the plan-action rule (model.ts) refuses it in its own words; anything else must be
 * a real date. Undefined when refused here.
 */
export function dueDateAsEntered(values: Record<string, unknown>, errors: FormErrors): string | undefined {
  const parts = ['day', 'month', 'year'].map((part) => fieldText(values[`dueDate-${part}`]).trim());
  if (parts.every((part) => part === '')) return '';
  if (parts.some((part) => /^ongoing$/i.test(part))) return 'ongoing';
  return readDate(values, 'dueDate', { label: 'The due date' }, errors) ?? undefined;
}
