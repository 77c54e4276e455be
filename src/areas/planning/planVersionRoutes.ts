// The plan itself, for a CIN or CP plan: the worker writes it (a task list, planForm.ts) and submits
// it; a manager authorises it or returns it with a reason; every version is kept.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
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
import { planDecisionProblem } from './model.ts';
import { decideOnPlan } from './planVersions.ts';
import { planFormRoutes } from './planForm.ts';
import { planWithVersions, readDecision, renderPlanDecision, renderPlanVersions } from './planPresenters.ts';

export const planVersionRoutes = new RouteTable();

// The same pages under each kind of plan, as its actions are.
for (const [planType, segment] of Object.entries(planPaths) as [PagedPlanType, string][]) {
  const path = `/children/:childId/${segment}/:planId/plan`;
  planFormRoutes(planVersionRoutes, planType, segment)
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
