// The children in care manager's lists for their team: the looked-after reviews, visits, health
// assessments, dental checks and education plans due or overdue (stored due items), children with
// three or more placements this year, placed out of area, and missing now. Every count links to
// the children behind it; a restricted child is counted as withheld, never named.
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { TimescaleRuleId } from '../../core/timescales/model.ts';
import { childrenInCareLists } from '../../reports/childrenInCare/lists.ts';
import { teamDueRows } from './teamWork.ts';
import { chosenTeam } from './team.ts';

const dueLists: { id: string; title: string; rules: TimescaleRuleId[] }[] = [
  { id: 'reviews', title: 'Looked-after reviews', rules: ['cla-review'] },
  { id: 'visits', title: 'Statutory visits', rules: ['cla-visit'] },
  {
    id: 'health-assessments',
    title: 'Health assessments',
    rules: ['initial-health-assessment', 'review-health-assessment'],
  },
  { id: 'dental-checks', title: 'Dental checks', rules: ['dental-check'] },
  { id: 'education-plans', title: 'Personal education plans', rules: ['pep'] },
];

const childLists = {
  unstable: 'Children with 3 or more placements this year (since 1 April)',
  'out-of-area': 'Children placed out of area',
  missing: 'Children missing or away now',
} as const;

const querySchema = z.object({
  team: z.string().max(10).optional(),
  list: z.enum([...dueLists.map((list) => list.id), ...Object.keys(childLists)] as [string, ...string[]]).optional(),
});

export const childrenInCareRoutes = new RouteTable().get(
  '/children-in-care',
  { permission: 'team:oversee', audit: 'children-listed' },
  async (req, res, { listed }) => {
    const query = parseForm(querySchema, req.query);
    if (!query.ok) throw new NotFoundError();
    const { db, clock } = res.locals.services;
    const today = clock.today();
    const { team, teamItems } = await chosenTeam(req, res);
    const { rows, withheld, children } = team
      ? await teamDueRows(db, res.locals.user!, team.id, today)
      : { rows: [], withheld: 0, children: [] };
    const named = children.map((child) => ({ ...child, name: `${child.forename} ${child.surname}` }));
    const lists = await childrenInCareLists(db, named, today, res.locals.services.config.councilName);
    const childRows = { unstable: lists.unstable, 'out-of-area': lists.outOfArea, missing: lists.missing };
    const due = dueLists.map((list) => {
      const mine = rows.filter((row) => (list.rules as string[]).includes(row.rule));
      return {
        ...list,
        rows: mine,
        overdue: mine.filter((row) => row.status === 'overdue').length,
        due: mine.filter((row) => row.status === 'due').length,
      };
    });
    const chosen = query.value.list;
    const shownDue = due.find((list) => list.id === chosen);
    const shownChildren = chosen && chosen in childRows ? childRows[chosen as keyof typeof childRows] : undefined;
    await listed(shownDue?.rows.map((row) => row.childId) ?? shownChildren?.map((child) => child.id) ?? [], {
      team: team?.id,
      list: chosen ?? 'counts',
    });
    res.render('pages/children-in-care', {
      pageTitle: team ? `${team.name}: children in care` : 'Children in care',
      team,
      teamItems,
      withheld,
      due,
      others: Object.entries(childLists).map(([id, title]) => ({
        id,
        title,
        count: childRows[id as keyof typeof childRows].length,
      })),
      chosen,
      shownDue,
      shownChildren: shownChildren && { title: childLists[chosen as keyof typeof childLists], rows: shownChildren },
    });
  },
);
