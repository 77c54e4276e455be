// Personal education plans (CPPCR reg 5): the list with the plan's clock, and recording one.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { childDueItems, renderChildPage, timescaleView, today } from '../../platform/web/childPages.ts';
import { recordPersonalEducationPlan } from './reviews.ts';
import { addDatedForm } from './healthForms.ts';

const routes = new RouteTable().get(
  '/children/:childId/education-plans',
  childRecordPage('child:view', 'personal_education_plans'),
  async (_req, res, { child }) => {
    const on = today(res);
    const [plans, items] = await Promise.all([
      res.locals.services.db
        .selectFrom('personal_education_plans')
        .selectAll()
        .where('child_id', '=', child.id)
        .orderBy('plan_date', 'desc')
        .execute(),
      childDueItems(res, child, on),
    ]);
    renderChildPage(res, 'care/education-plans', child, {
      pageTitle: 'Personal education plans',
      plans,
      due: items
        .filter((item) => item.rule === 'pep')
        .filter((item) => item.status === 'due' || item.status === 'overdue')
        .map((item) => timescaleView(item, on)),
    });
  },
);

addDatedForm(routes, {
  path: '/education-plans/new',
  listPath: '/education-plans',
  record: 'personal_education_plans',
  title: 'Record a personal education plan',
  date: {
    field: 'planDate',
    legend: 'Date of the plan or its review',
    label: 'The date of the personal education plan',
  },
  read: () => ({}),
  save: (db, actor, { childId, date }) => recordPersonalEducationPlan(db, actor, { childId, planDate: date }),
  saved: 'The personal education plan is recorded',
});

export const pepRoutes = routes;
