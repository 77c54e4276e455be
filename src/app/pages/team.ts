// A manager's view of their team: caseloads, what is due and overdue across the team's children
// and the oversight lists. They read every area's timescales, so the app assembles them.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import { sendCsv } from '../../platform/web/csv.ts';
import { NotFoundError } from '../../core/errors.ts';
import { listTeams } from '../../platform/access/teams.ts';
import { knownTo } from '../../platform/access/recordScope.ts';
import {
  caseloadBand,
  caseloadsOn,
  councilCaseloadStandards,
  workerRoles,
  type WorkerRole,
} from '../../areas/workforce/index.ts';
import { childrenAwaitingContactDecision, teamChildren, unallocatedChildren } from '../../reports/journey/openCases.ts';
import { countBy, dueAcrossChildren, type DueRow } from '../../reports/journey/dueAcrossChildren.ts';
import { dueItemsRebuildState } from '../../reports/journey/storedDueItems.ts';
import { pageAskedFor, paginationFor, showing } from '../../platform/web/pagination.ts';

/** The team a manager is looking at: the one chosen, else their own, else the first. */
async function chosenTeam(req: Request, res: Response) {
  const teams = await listTeams(res.locals.services.db);
  const asked = Number(req.query.team);
  const team = teams.find((t) => t.id === asked) ?? teams.find((t) => t.id === res.locals.user!.team_id) ?? teams[0];
  if (req.query.team !== undefined && req.query.team !== '' && team?.id !== asked) throw new NotFoundError();
  return { team, teamItems: teams.map((t) => ({ value: String(t.id), text: t.name, selected: t.id === team?.id })) };
}

async function teamDue(req: Request, res: Response) {
  const { db, clock } = res.locals.services;
  const { team, teamItems } = await chosenTeam(req, res);
  const today = clock.today();
  const { shown, withheld } = await knownTo(
    db,
    res.locals.user!,
    team ? await teamChildren(db, team.id, today.toString()) : [],
  );
  const [rows, rebuild] = await Promise.all([dueAcrossChildren(db, shown, today), dueItemsRebuildState(db)]);
  return { team, teamItems, today, withheld, rows, rebuild };
}

const groupings = {
  rule: {
    title: 'By timescale',
    key: (row: DueRow) => (row.title.startsWith('Plan action') ? 'Plan action done' : row.title),
  },
  worker: { title: 'By worker', key: (row: DueRow) => row.workerName ?? 'Not allocated' },
  child: { title: 'By child', key: (row: DueRow) => row.childName },
} as const;

const dueQuerySchema = z.object({
  by: z.enum(['rule', 'worker', 'child']).default('rule'),
  group: z.string().max(300).optional(),
  format: z.enum(['csv']).optional(),
  page: z.string().max(10).optional(),
});

/** Rows of the due list on one page; the CSV holds the whole list. */
const dueRowsPerPage = 100;

/** Oversight: the lists managers are asked to watch (Ofsted 2017 recommendations). */
const oversightLists: { title: string; rules: string[]; statuses: DueRow['status'][] }[] = [
  { title: 'Assessments past 45 working days', rules: ['assessment'], statuses: ['overdue'] },
  { title: 'Initial child protection conferences past 15 working days', rules: ['icpc'], statuses: ['overdue'] },
  {
    title: 'Child protection plans at 9 months or more, awaiting senior review',
    rules: ['cp-plan-senior-oversight'],
    statuses: ['overdue', 'due'],
  },
  { title: 'Visits overdue', rules: ['cp-visit', 'cin-visit', 'cla-visit'], statuses: ['overdue'] },
  { title: 'Plan actions overdue', rules: ['plan-action'], statuses: ['overdue'] },
];

export const teamRoutes = new RouteTable()
  .get('/team', { permission: 'team:oversee', audit: 'children-listed' }, async (req, res, { listed }) => {
    const { db, clock } = res.locals.services;
    const { team, teamItems } = await chosenTeam(req, res);
    const on = clock.today().toString();
    const [standards, loads, allocated, open] = await Promise.all([
      councilCaseloadStandards(db),
      team ? caseloadsOn(db, on, team.id) : Promise.resolve([]),
      team ? teamChildren(db, team.id, on) : Promise.resolve([]),
      unallocatedChildren(db, on),
    ]);
    const [{ shown: children, withheld }, { shown: unallocated, withheld: unallocatedWithheld }] = await Promise.all([
      knownTo(db, res.locals.user!, allocated),
      knownTo(db, res.locals.user!, open),
    ]);
    await listed(
      [...children, ...unallocated].map((child) => child.id),
      { team: team?.id },
    );
    res.render('pages/team/team', {
      pageTitle: team ? `${team.name}: caseloads` : 'My team',
      team,
      teamItems,
      standards,
      workers: loads.map((worker) => ({
        ...worker,
        roleName: workerRoles[worker.role as WorkerRole] ?? worker.role,
        band: caseloadBand(worker.role, worker.caseload, standards),
      })),
      children,
      unallocated,
      withheld: withheld + unallocatedWithheld,
    });
  })
  .get('/team/due', { permission: 'team:oversee', audit: 'children-listed' }, async (req, res, { listed: audited }) => {
    const query = parseForm(dueQuerySchema, req.query);
    if (!query.ok) throw new NotFoundError();
    const { team, teamItems, today, rows, withheld, rebuild } = await teamDue(req, res);
    const grouping = groupings[query.value.by];
    const groups = countBy(rows, grouping.key);
    const listed = query.value.group ? rows.filter((row) => grouping.key(row) === query.value.group) : rows;
    const csv = query.value.format === 'csv';
    const page = pageAskedFor(req, dueRowsPerPage);
    const onPage = csv ? listed : listed.slice(page.offset, page.offset + page.size);
    // A page or an export is audited as what it shows: this page's rows, or every row of the CSV.
    await audited(
      onPage.map((row) => row.childId),
      {
        team: team?.id,
        by: query.value.by,
        group: query.value.group,
        ...(csv ? { exported: 'csv', rows: listed.length } : { page: page.number }),
      },
    );
    if (csv)
      return sendCsv(
        res,
        `due-and-overdue-${team?.name.replace(/\W+/g, '-').toLowerCase() ?? 'team'}-${today.toString()}.csv`,
        ['Harbour ID', 'Child', 'Worker', 'What is due', 'Due by', 'Status', 'Source'],
        listed.map((row) => [
          row.childId,
          row.childName,
          row.workerName ?? '',
          row.title,
          row.dueOn,
          row.status,
          row.source,
        ]),
      );
    res.render('pages/team/due', {
      pageTitle: team ? `${team.name}: due and overdue` : 'Due and overdue',
      rebuild,
      team,
      teamItems,
      by: query.value.by,
      byTitle: grouping.title,
      group: query.value.group,
      groups,
      listed: onPage,
      showing: showing(page, listed.length),
      pagination: paginationFor(
        '/team/due',
        { team: team ? String(team.id) : undefined, by: query.value.by, group: query.value.group },
        page,
        listed.length,
      ),
      withheld,
      overdue: rows.filter((row) => row.status === 'overdue').length,
      due: rows.filter((row) => row.status === 'due').length,
      csvQuery: new URLSearchParams({
        ...(team ? { team: String(team.id) } : {}),
        by: query.value.by,
        ...(query.value.group ? { group: query.value.group } : {}),
        format: 'csv',
      }).toString(),
    });
  })
  .get('/team/oversight', { permission: 'team:oversee', audit: 'children-listed' }, async (req, res, { listed }) => {
    const { db, clock } = res.locals.services;
    const { team, teamItems, today, rows, withheld, rebuild } = await teamDue(req, res);
    // Contacts are the front door's until decided: shown for the whole county.
    const contactChildren = await childrenAwaitingContactDecision(db);
    const { shown: named, withheld: contactsWithheld } = await knownTo(
      db,
      res.locals.user!,
      contactChildren.length
        ? await db
            .selectFrom('children')
            .select(['id', 'forename', 'surname', 'access_restriction'])
            .where('id', 'in', contactChildren)
            .execute()
        : [],
    );
    const contacts = (await dueAcrossChildren(db, named, clock.today())).filter(
      (row) => row.rule === 'contact-decision',
    );
    const lists = [
      { title: 'Contacts near or past their decision deadline', rows: contacts },
      ...oversightLists.map((list) => ({
        title: list.title,
        rows: rows.filter((row) => list.rules.includes(row.rule) && list.statuses.includes(row.status)),
      })),
    ];
    await listed(
      lists.flatMap((list) => list.rows.map((row) => row.childId)),
      { team: team?.id },
    );
    res.render('pages/team/oversight', {
      pageTitle: team ? `${team.name}: management oversight` : 'Management oversight',
      rebuild,
      team,
      teamItems,
      today: today.toString(),
      lists,
      withheld: withheld + contactsWithheld,
    });
  });
