// The plan itself, for a CIN or CP plan: the worker writes it (a long form, kept as a draft) and
// submits it; a manager authorises it or returns it with a reason; every version is kept.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import {
  addError,
  formBody,
  hasErrors,
  idParam,
  noErrors,
  saveOrShowAgain,
  today,
} from '../../platform/web/childPages.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { planPaths, planTables, type PagedPlanType } from './actions.ts';
import { planTypes } from './codes.ts';
import { planDecisionProblem } from './model.ts';
import { decideOnPlan, submitPlan } from './planVersions.ts';
import {
  planWithVersions,
  readDecision,
  readPlan,
  renderPlanDecision,
  renderPlanForm,
  renderPlanVersions,
  seenOf,
  storedPlan,
} from './planPresenters.ts';

export const planVersionRoutes = new RouteTable();

// The same pages under each kind of plan, as its actions are.
for (const [planType, segment] of Object.entries(planPaths) as [PagedPlanType, string][]) {
  const path = `/children/:childId/${segment}/:planId/plan`;
  planVersionRoutes
    .get(path, childRecordPage('child:record', planTables[planType], 'planId'), async (req, res, { child }) => {
      const shown = await planWithVersions(res, child, planType, idParam(req, 'planId'));
      // An ended plan no longer changes: its page shows the plan as it was.
      if (shown.plan.end_date) return res.redirect(shown.plan.path);
      const draft = await draftFor(req, res, child.id);
      renderPlanForm(res, child, shown, draft.values ?? storedPlan(shown), { draft });
    })
    .post(
      path,
      { permission: 'child:record', child: true, draft: planTypes[planType] },
      async (req, res, { child }) => {
        const shown = await planWithVersions(res, child, planType, idParam(req, 'planId'));
        if (await savedAsDraft(req, res, child.id)) return;
        const values = formBody(req);
        const errors = noErrors();
        const written = readPlan(values, errors);
        if (!written || hasErrors(errors)) return renderPlanForm(res, child, shown, values, { errors }, 400);
        const saved = await saveOrShowAgain(
          () =>
            submitPlan(res.locals.services.db, res.locals.actor, {
              childId: child.id,
              planType,
              planId: shown.plan.id,
              submittedDate: today(res).toString(),
              ...written,
            }),
          {
            record: shown,
            values,
            reload: () => planWithVersions(res, child, planType, shown.plan.id),
            // Their version is shown above the form; what this person wrote stays in it, to check and send again.
            render: (current, formValues, formErrors, status) =>
              renderPlanForm(
                res,
                child,
                current,
                { ...formValues, ...seenOf(current) },
                { errors: formErrors },
                status,
              ),
          },
        );
        if (!saved) return;
        await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
        req.session.flash = 'The plan is submitted for authorisation';
        res.redirect(shown.plan.path);
      },
    )
    .get(
      `${path}/authorise`,
      childRecordPage('plan:authorise', planTables[planType], 'planId'),
      async (req, res, { child }) => {
        await renderPlanDecision(res, child, await planWithVersions(res, child, planType, idParam(req, 'planId')), {});
      },
    )
    .post(`${path}/authorise`, { permission: 'plan:authorise', child: true }, async (req, res, { child }) => {
      const shown = await planWithVersions(res, child, planType, idParam(req, 'planId'));
      const values = formBody(req);
      const errors = noErrors();
      const problem = planDecisionProblem(shown.latest);
      if (problem) {
        addError(errors, 'record', problem);
        return renderPlanDecision(res, child, shown, values, errors, 409);
      }
      const decided = readDecision(values, errors);
      if (!decided || hasErrors(errors)) return renderPlanDecision(res, child, shown, values, errors, 400);
      // The version the manager read, by its number: a later one is not decided on unread.
      const read = shown.versions.find((each) => each.number === decided.number);
      const saved = await saveOrShowAgain(
        () =>
          read
            ? decideOnPlan(res.locals.services.db, res.locals.actor, {
                childId: child.id,
                id: read.id,
                version: decided.version,
                decision: decided.decision,
                returnReason: decided.returnReason,
                decisionDate: today(res).toString(),
              })
            : Promise.reject(new VersionConflictError('plan')),
        {
          record: shown,
          values,
          reload: () => planWithVersions(res, child, planType, shown.plan.id),
          render: (current, formValues, formErrors, status) =>
            renderPlanDecision(
              res,
              child,
              current,
              { ...formValues, number: String(current.latest?.number ?? 0) },
              formErrors,
              status,
            ),
        },
      );
      if (!saved) return;
      req.session.flash =
        decided.decision === 'authorised' ? 'The plan is authorised' : 'The plan is returned to the worker';
      res.redirect(shown.plan.path);
    })
    .get(
      `${path}/versions`,
      childRecordPage('child:view', planTables[planType], 'planId'),
      async (req, res, { child }) => {
        renderPlanVersions(res, child, await planWithVersions(res, child, planType, idParam(req, 'planId')));
      },
    );
}
