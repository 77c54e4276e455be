// A CIN or CP plan as a GOV.UK task list: what needs to change, the actions (kept on their own
// pages), the contingency, checked together before the version is submitted for authorisation.
import { fieldText } from '../../platform/web/forms.ts';
import { taskListRoutes } from '../../platform/web/taskList.ts';
import type { RouteTable } from '../../platform/web/routeSpec.ts';
import { hasErrors, idParam, noErrors, saveOrShowAgain, today, type Child } from '../../platform/web/childPages.ts';
import type { Response } from 'express';
import { longDate } from '../../core/dateText.ts';
import { actionsWithOwners, ownerName, planTables, type PagedPlanType } from './actions.ts';
import { planTypes } from './codes.ts';
import { submitPlan } from './planVersions.ts';
import { planWithVersions, readPlan, seenOf, storedPlan, type PlanWithVersions } from './planPresenters.ts';

const text = (value: unknown) => fieldText(value).trim();

/** The plan's actions, kept on their own pages: the task list counts them and the check page lists them. */
const actionsOf = (res: Response, child: Child, shown: PlanWithVersions) =>
  actionsWithOwners(res.locals.services.db)
    .where('plan_actions.child_id', '=', child.id)
    .where('plan_type', '=', shown.plan.planType)
    .where('plan_id', '=', shown.plan.id)
    .orderBy('due_date')
    .orderBy('plan_actions.id')
    .execute();

/** The plan's task list under `/children/:childId/<segment>/:planId/plan`. */
export const planFormRoutes = (table: RouteTable, planType: PagedPlanType, segment: string) =>
  taskListRoutes(table, {
    name: planTypes[planType],
    path: `/children/:childId/${segment}/:planId/plan`,
    submitText: 'Submit for authorisation',
    record: { table: planTables[planType], idParam: 'planId' },
    permission: 'child:record',
    sections: [
      {
        slug: 'what-needs-to-change',
        title: 'What needs to change',
        // Why it is changing is asked here once there is a version to change.
        fields: ['whatNeedsToChange', 'changeReason'],
        template: 'planning/sections/what-needs-to-change.njk',
      },
      { slug: 'actions', title: 'Actions', fields: [] },
      {
        slug: 'contingency',
        title: 'Contingency',
        fields: ['contingency'],
        template: 'planning/sections/contingency.njk',
      },
    ],
    load: (req, res, child) => planWithVersions(res, child, planType, idParam(req, 'planId')),
    // An ended plan no longer changes: its page shows the plan as it was.
    closedAt: (shown) => (shown.plan.end_date ? shown.plan.path : undefined),
    formPath: (shown) => shown.path,
    title: (shown) =>
      shown.latest ? `Change the ${shown.plan.title.toLowerCase()}` : `Write the ${shown.plan.title.toLowerCase()}`,
    stored: storedPlan,
    view: (_res, _child, shown) => ({ plan: shown.plan, latest: shown.latest }),
    checkIntro: 'planning/sections/as-it-stands.njk',
    check(_res, _child, _shown, values) {
      const errors = noErrors();
      const written = readPlan(values, errors);
      return written && !hasErrors(errors) ? { submission: written } : { errors };
    },
    async answers(res, child, shown, values) {
      const actions = await actionsOf(res, child, shown);
      return {
        'what-needs-to-change': [
          { key: 'What needs to change for the child', value: text(values.whatNeedsToChange) },
          ...(shown.latest ? [{ key: 'Why the plan is changing', value: text(values.changeReason) }] : []),
        ],
        actions: actions.length
          ? actions.map((action) => ({
              key: action.description,
              value: `${ownerName(action)}, by ${longDate(action.due_date)}`,
            }))
          : [{ key: 'Who does what by when', value: '' }],
        contingency: [{ key: 'What will happen if things do not change', value: text(values.contingency) }],
      };
    },
    async linked(res, child, shown) {
      const actions = await actionsOf(res, child, shown);
      return {
        actions: {
          href: `${shown.plan.path}#actions`,
          status: actions.length > 0 ? 'Completed' : 'Not yet started',
        },
      };
    },
    async submit(res, { child, record: shown, submission, values }, again) {
      const saved = await saveOrShowAgain(
        () =>
          submitPlan(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            planType,
            planId: shown.plan.id,
            submittedDate: today(res).toString(),
            ...submission,
          }),
        {
          record: shown,
          values,
          reload: () => planWithVersions(res, child, planType, shown.plan.id),
          // Their version is on the plan's page; what this person wrote stays, to check and send again.
          render: (current, written, errors, status) =>
            again(errors, status, { ...written, ...seenOf(current) }, current),
        },
      );
      return saved && { flash: 'The plan is submitted for authorisation', redirect: shown.plan.path };
    },
  });
