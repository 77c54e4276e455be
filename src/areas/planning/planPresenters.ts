// The plan's own pages (writing it, a manager's decision, its versions): what they show and read.
import type { Response } from 'express';
import { z } from 'zod';
import { fieldText, integerRange, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  addError,
  mergeErrors,
  optionalText,
  renderChildPage,
  requiredText,
  today,
  versionField,
  type Child,
} from '../../platform/web/childPages.ts';
import { planActionsView, type PagedPlanType } from './actions.ts';
import { planDecisionProblem } from './model.ts';
import { planVersionsView } from './planVersions.ts';
import { planOf } from './presenters.ts';

const reload = 'Reload the page and try again';
/** A count the form posts back unchanged: the plan's latest version number or its version, 0 when none was written. */
const seenCount = z.coerce.number({ error: reload }).int(reload).min(0, reload).max(integerRange.max, reload);

const planSchema = z.object({
  whatNeedsToChange: requiredText(
    10000,
    'Enter what needs to change for the child',
    'What needs to change must be 10000 characters or fewer',
  ),
  contingency: requiredText(
    5000,
    'Enter what will happen if things do not change',
    'What will happen if things do not change must be 5000 characters or fewer',
  ),
  changeReason: optionalText(5000, 'Why the plan is changing'),
});
const seenSchema = z.object({ basedOn: seenCount, version: seenCount });

const decisionSchema = z.object({
  decision: z.enum(['authorised', 'returned'], {
    error: 'Select whether you authorise the plan or return it to the worker',
  }),
  returnReason: optionalText(5000, 'Why you are returning the plan'),
});
const decidedVersionSchema = z.object({ number: seenCount, version: versionField });

/** A CIN or CP plan with its versions, newest first: what the plan's own pages show. */
export async function planWithVersions(res: Response, child: Child, planType: PagedPlanType, planId: number) {
  // Read together: the versions are read by the child too, so another child's plan shows nothing before its 404.
  const [plan, versions] = await Promise.all([
    planOf(res, child, planType, planId),
    planVersionsView(res.locals.services.db, child.id, planType, planId),
  ]);
  // The version a change is checked against: the latest version's, none (0) before the plan is written.
  return { plan, ...versions, version: versions.latest?.version ?? 0 };
}
export type PlanWithVersions = Awaited<ReturnType<typeof planWithVersions>>;

/** The plan's latest version, as the form opens with it, with what the form posts back to check it. */
export const storedPlan = (shown: PlanWithVersions) => ({
  whatNeedsToChange: shown.latest?.what_needs_to_change,
  contingency: shown.latest?.contingency,
  ...seenOf(shown),
});

/** The latest version the form was opened on (a conflict shows the newer one, and so posts its own). */
export const seenOf = (shown: PlanWithVersions) => ({
  basedOn: String(shown.latest?.number ?? 0),
  version: String(shown.version),
});

/** What the worker wrote, read into `errors`: why it changes is asked once there is a version to change. */
export function readPlan(values: Record<string, unknown>, errors: FormErrors) {
  const form = parseForm(planSchema, values);
  const seen = seenSchema.safeParse(values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  if (seen.success && seen.data.basedOn > 0 && !fieldText(values.changeReason).trim())
    addError(errors, 'changeReason', 'Enter why the plan is changing');
  if (!seen.success) addError(errors, 'record', reload);
  if (!form.ok || !seen.success) return undefined;
  return { ...form.value, seen: { number: seen.data.basedOn, version: seen.data.version } };
}

/** The manager's decision, read into `errors`: a return needs its reason. */
export function readDecision(values: Record<string, unknown>, errors: FormErrors) {
  const form = parseForm(decisionSchema, values);
  const decided = decidedVersionSchema.safeParse(values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  if (!decided.success) addError(errors, 'record', reload);
  if (form.ok && form.value.decision === 'returned' && !form.value.returnReason)
    addError(errors, 'returnReason', 'Enter why you are returning the plan');
  if (!form.ok || !decided.success) return undefined;
  return { ...form.value, ...decided.data };
}

export async function renderPlanDecision(
  res: Response,
  child: Child,
  shown: PlanWithVersions,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const actions = await planActionsView(
    res.locals.services.timescales,
    res.locals.services.db,
    child,
    shown.plan.planType,
    shown.plan.id,
    today(res),
  );
  renderChildPage(
    res,
    'planning/plan-authorise',
    child,
    {
      pageTitle: `Authorise the ${shown.plan.title.toLowerCase()}`,
      plan: shown.plan,
      latest: shown.latest,
      inForce: shown.inForce,
      problem: planDecisionProblem(shown.latest),
      actions,
      planPath: shown.path,
      values: { number: String(shown.latest?.number ?? 0), version: String(shown.version), ...values },
      errors,
    },
    status,
  );
}

export function renderPlanVersions(res: Response, child: Child, shown: PlanWithVersions) {
  renderChildPage(res, 'planning/plan-versions', child, {
    pageTitle: `Every version of the ${shown.plan.title.toLowerCase()}`,
    plan: shown.plan,
    versions: shown.versions,
  });
}
