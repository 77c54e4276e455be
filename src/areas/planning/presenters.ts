// The planning pages' view models, form readers and record loaders, shared by its route files.
import type { Response } from 'express';
import { z } from 'zod';
import { parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import type { Child } from '../../platform/web/childPages.ts';
import {
  childDueItems,
  childRecordOf,
  chosenId,
  codeOf,
  dateInputs,
  found,
  mergeErrors,
  optionalText,
  readDate,
  renderChildPage,
  requiredText,
  timescalesOf,
  today,
} from '../../platform/web/childPages.ts';
import {
  actionsWithOwners,
  ownerName,
  planActionsView,
  planPaths,
  type PagedPlanType,
  type PlanActionWithOwner,
} from './actions.ts';
import { actionOwnerKinds, planTypes } from './codes.ts';
import type { ActionOwner } from './store.ts';
import { planVersionsView } from './planVersions.ts';
import type { ChildInNeedPlan } from './schema.ts';
import { visitsBetween } from '../visits/index.ts';
import { familyNetwork } from '../people/index.ts';
import { workerItems, workersInPost } from '../workforce/index.ts';

export const reviewSchema = z.object({ notes: optionalText(5000, 'Notes') });
export const actionSchema = z.object({
  description: requiredText(1000, 'Enter what the action is', 'The action must be 1000 characters or fewer'),
});
const ownerKindSchema = z.object({ ownerKind: codeOf(actionOwnerKinds, 'Select who owns the action') });
const workerOwnerSchema = z.object({ ownerWorkerId: chosenId('Select the worker who owns the action') });
const familyOwnerSchema = z.object({ ownerAdultId: chosenId('Select the family member who owns the action') });
const professionalOwnerSchema = z.object({
  ownerName: requiredText(
    200,
    'Enter the professional’s name',
    'The professional’s name must be 200 characters or fewer',
  ),
  ownerAgency: requiredText(200, 'Enter the professional’s agency', 'The agency must be 200 characters or fewer'),
});

/** Reads a form's fields into `errors`; undefined when refused. */
function readInto<S extends z.ZodType>(schema: S, values: Record<string, unknown>, errors: FormErrors) {
  const form = parseForm(schema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  return form.ok ? form.value : undefined;
}

/** The owner chosen on an action's form: of one of the kinds, with what names them. Undefined when refused. */
export function readOwner(values: Record<string, unknown>, errors: FormErrors): ActionOwner | undefined {
  const kind = readInto(ownerKindSchema, values, errors)?.ownerKind;
  if (kind === 'worker') {
    const owner = readInto(workerOwnerSchema, values, errors);
    return owner && { kind, workerId: owner.ownerWorkerId };
  }
  if (kind === 'family-member') {
    const owner = readInto(familyOwnerSchema, values, errors);
    return owner && { kind, adultId: owner.ownerAdultId };
  }
  if (kind === 'professional') {
    const owner = readInto(professionalOwnerSchema, values, errors);
    return owner && { kind, name: owner.ownerName, agency: owner.ownerAgency };
  }
  return undefined;
}

/**
 * What the owner's part of an action's form offers: the kinds, the workforce (the person's own team
 * first) and the adults of the child's family network.
 */
export async function ownerChoices(res: Response, child: Child, values: Record<string, unknown>) {
  const { db } = res.locals.services;
  const [workers, network] = await Promise.all([workersInPost(db, today(res).toString()), familyNetwork(db, child.id)]);
  const adults = network.filter((member) => member.kind === 'adult');
  return {
    ownerKinds: actionOwnerKinds,
    ownerWorkerItems: workerItems(workers, {
      ownTeamId: res.locals.user!.team_id,
      selected: values.ownerWorkerId,
      prompt: 'Select the worker',
    }),
    ownerAdultItems: adults.length
      ? [
          { value: '', text: 'Select the family member' },
          ...adults.map((adult) => ({
            value: String(adult.id),
            text: `${adult.name} (${adult.relationship})`,
            selected: fieldText(values.ownerAdultId) === String(adult.id),
          })),
        ]
      : [],
  };
}
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

export async function actionOf(
  res: Response,
  child: Child,
  plan: PlanOnPage,
  id: number,
): Promise<PlanActionWithOwner> {
  return found(
    await actionsWithOwners(res.locals.services.db)
      .where('plan_actions.id', '=', id)
      .where('plan_actions.child_id', '=', child.id)
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
  const [reviews, visits, actions, planContent, items] = await Promise.all([
    db.selectFrom('cin_plan_reviews').selectAll().where('cin_plan_id', '=', plan.id).orderBy('review_date').execute(),
    visitsBetween(db, child.id, plan.start_date, plan.end_date ?? today(res).toString(), 'child-in-need'),
    planActionsView(res.locals.services.timescales, db, child, 'child-in-need', plan.id, today(res)),
    planVersionsView(db, child.id, 'child-in-need', plan.id),
    childDueItems(res, child, today(res)),
  ]);
  renderChildPage(res, 'planning/cin-plan', child, {
    pageTitle: 'Child in need plan',
    columns: 'full',
    plan,
    reviews,
    visits,
    actions,
    planContent,
    timescales: plan.end_date ? [] : timescalesOf(items, ['cin-visit', 'cin-review'], plan.id, today(res)),
  });
}

export function renderAction(
  res: Response,
  child: Child,
  plan: PlanOnPage,
  action: PlanActionWithOwner,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderDateForm(
    res,
    child,
    'planning/action',
    {
      pageTitle: 'Plan action',
      plan,
      action,
      owner: ownerName(action),
      values: { version: String(action.version), ...values },
      errors,
    },
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
