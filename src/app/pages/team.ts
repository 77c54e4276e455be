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
  childrenAwaitingContactDecision,
  childrenByIds,
  teamChildren,
  unallocatedChildren,
} from '../../reports/journey/openCases.ts';
import { countBy, dueAcrossChildren, type DueRow } from '../../reports/journey/dueAcrossChildren.ts';
import { dueItemsRebuildState } from '../../reports/journey/storedDueItems.ts';
import { pageOrExport } from '../../platform/web/pagination.ts';
import { nhsNumberAsWritten } from '../../areas/people/index.ts';
import {
  awaitingAuthorisation,
  awaitingAuthorisationList,
  dueKind,
  plansAwaiting,
  plansAwaitingList,
  teamCaseloads,
  teamDueRows,
} from './teamWork.ts';

/** The team a manager is looking at: the one chosen, else their own, else the first. */
export async function chosenTeam(req: Request, res: Response) {
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
  const [{ rows, withheld, children }, rebuild] = await Promise.all([
    team ? teamDueRows(db, res.locals.user!, team.id, today) : { rows: [], withheld: 0, children: [] },
    dueItemsRebuildState(db),
  ]);
  return { team, teamItems, today, withheld, rows, children, rebuild };
}

const groupings = {
  rule: { title: 'By timescale', key: dueKind },
  worker: { title: 'By worker', key: (row: DueRow) => row.workerName ?? 'Not allocated' },
  child: { title: 'By child', key: (row: DueRow) => row.childName },
} as const;

/** A list's page (read by pageAskedFor) or its CSV. */
export const listQuerySchema = z.object({ format: z.enum(['csv']).optional(), page: z.string().max(10).optional() });

const dueQuerySchema = listQuerySchema.extend({
  by: z.enum(['rule', 'worker', 'child']).default('rule'),
  group: z.string().max(300).optional(),
  /** Only the overdue (or only the due) work: what a count on the manager's home page lists. */
  status: z.enum(['overdue', 'due']).optional(),
});

/** The team page narrowed to the workers above the caseload aspiration and their children. */
const teamQuerySchema = z.object({ team: z.string().max(10).optional(), caseload: z.enum(['above']).optional() });

/** Rows of a list on one page; the CSV holds the whole list. */
export const rowsPerPage = 100;

/**
 * The child's consistent identifier in a list that leaves Harbour, written as on an NHS card: the
 * spaces also keep a spreadsheet from reading it as a number.
 */
export const nhsNumberInList = (digits: string | null) => (digits ? nhsNumberAsWritten(digits) : '');

/** A file name for a list's CSV: what it is, whose, and on which day. */
export const csvName = (list: string, on: string) => `${list.replace(/\W+/g, '-').toLowerCase()}-${on}.csv`;

/** The address query of a list's CSV: the list's own query, the page left out. */
export const csvQuery = (query: Record<string, string | undefined>) =>
  new URLSearchParams([
    ...Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
    ['format', 'csv'],
  ]).toString();

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
    const query = parseForm(teamQuerySchema, req.query);
    if (!query.ok) throw new NotFoundError();
    const { db, clock } = res.locals.services;
    const { team, teamItems } = await chosenTeam(req, res);
    const on = clock.today().toString();
    // The team's rows only: the county's open children with no worker are a page of their own.
    const [{ standards, workers }, allocated] = await Promise.all([
      teamCaseloads(db, team?.id, on),
      team ? teamChildren(db, team.id, on) : Promise.resolve([]),
    ]);
    const above = query.value.caseload === 'above';
    const shownWorkers = above ? workers.filter((worker) => worker.band === 'above') : workers;
    const theirs = new Set(shownWorkers.map((worker) => worker.id));
    const { shown: children, withheld } = await knownTo(
      db,
      res.locals.user!,
      above ? allocated.filter((child) => theirs.has(child.worker_id)) : allocated,
    );
    await listed(
      children.map((child) => child.id),
      { team: team?.id, ...(above ? { caseload: 'above' } : {}) },
    );
    res.render('pages/team/team', {
      pageTitle: team ? `${team.name}: caseloads` : 'My team',
      team,
      teamItems,
      standards,
      above,
      workers: shownWorkers,
      children,
      withheld,
    });
  })
  .get('/team/due', { permission: 'team:oversee', audit: 'children-listed' }, async (req, res, { listed: audited }) => {
    const query = parseForm(dueQuerySchema, req.query);
    if (!query.ok) throw new NotFoundError();
    const { team, teamItems, today, rows, withheld, rebuild } = await teamDue(req, res);
    const grouping = groupings[query.value.by];
    const groups = countBy(rows, grouping.key);
    const { group, status } = query.value;
    const grouped = rows.filter((row) => (!group || grouping.key(row) === group) && (!status || row.status === status));
    const listQuery = { team: team ? String(team.id) : undefined, by: query.value.by, group, status };
    const shown = await pageOrExport(req, audited, grouped, {
      path: '/team/due',
      query: listQuery,
      size: rowsPerPage,
      csv: query.value.format === 'csv',
      childIdOf: (row) => row.childId,
      detail: { team: team?.id, by: query.value.by, group, status },
    });
    if (query.value.format === 'csv')
      return sendCsv(
        res,
        csvName(`due-and-overdue-${team?.name ?? 'team'}`, today.toString()),
        ['Harbour ID', 'NHS number', 'Child', 'Worker', 'What is due', 'Due by', 'Status', 'Source'],
        shown.rows.map((row) => [
          row.childId,
          nhsNumberInList(row.nhsNumber),
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
      group,
      status,
      groups,
      listed: shown.rows,
      showing: shown.showing,
      pagination: shown.pagination,
      withheld,
      overdue: rows.filter((row) => row.status === 'overdue').length,
      due: rows.filter((row) => row.status === 'due').length,
      csvQuery: csvQuery(listQuery),
    });
  })
  .get('/team/unallocated', { permission: 'team:oversee', audit: 'children-listed' }, async (req, res, { listed }) => {
    const query = parseForm(listQuerySchema, req.query);
    if (!query.ok) throw new NotFoundError();
    const { db, clock } = res.locals.services;
    const today = clock.today().toString();
    // The whole county's open children, so a manager of any team sees who is waiting for one.
    const { shown: children, withheld } = await knownTo(db, res.locals.user!, await unallocatedChildren(db, today));
    const shown = await pageOrExport(req, listed, children, {
      path: '/team/unallocated',
      query: {},
      size: rowsPerPage,
      csv: query.value.format === 'csv',
      childIdOf: (child) => child.id,
      detail: {},
    });
    if (query.value.format === 'csv')
      return sendCsv(
        res,
        csvName('open-children-with-no-allocated-worker', today),
        ['Harbour ID', 'NHS number', 'Child', 'Date of birth', 'Without a worker since'],
        shown.rows.map((child) => [
          child.id,
          nhsNumberInList(child.nhs_number),
          `${child.forename} ${child.surname}`,
          child.date_of_birth,
          child.since,
        ]),
      );
    res.render('pages/team/unallocated', {
      pageTitle: 'Open children with no allocated worker',
      children: shown.rows,
      showing: shown.showing,
      pagination: shown.pagination,
      withheld,
      csvQuery: csvQuery({}),
    });
  })
  .get('/team/oversight', { permission: 'team:oversee', audit: 'children-listed' }, async (req, res, { listed }) => {
    const { db, clock } = res.locals.services;
    const { team, teamItems, today, rows, withheld, children, rebuild } = await teamDue(req, res);
    // Contacts are the front door's until decided: shown for the whole county. The three lists are read together.
    const contactsNearDeadline = async () => {
      const { shown: named, withheld: contactsWithheld } = await knownTo(
        db,
        res.locals.user!,
        await childrenByIds(db, await childrenAwaitingContactDecision(db)),
      );
      const rows = await dueAcrossChildren(db, named, clock.today());
      return { rows: rows.filter((row) => row.rule === 'contact-decision'), withheld: contactsWithheld };
    };
    const [contacts, assessments, plans] = await Promise.all([
      contactsNearDeadline(),
      awaitingAuthorisation(db, rows),
      plansAwaiting(db, children),
    ]);
    const lists = [
      { title: 'Contacts near or past their decision deadline', rows: contacts.rows },
      ...oversightLists.map((list) => ({
        title: list.title,
        rows: rows.filter((row) => list.rules.includes(row.rule) && list.statuses.includes(row.status)),
      })),
      { id: awaitingAuthorisationList, title: 'Assessments submitted, awaiting authorisation', rows: assessments },
    ];
    await listed(
      [...lists.flatMap((list) => list.rows.map((row) => row.childId)), ...plans.map((plan) => plan.childId)],
      { team: team?.id },
    );
    res.render('pages/team/oversight', {
      pageTitle: team ? `${team.name}: management oversight` : 'Management oversight',
      rebuild,
      team,
      teamItems,
      today: today.toString(),
      lists,
      plans,
      plansAwaitingList,
      withheld: withheld + contacts.withheld,
    });
  });
