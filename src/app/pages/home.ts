// The signed-in home page, "My work": what each of the person's roles gives them to do today, each
// count a link to the list behind it. It reads stored due items and statuses (reports), so the app
// serves it rather than the platform's sign-in pages.
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { RouteTable, type DraftForms } from '../../platform/web/routeSpec.ts';
import type { Services } from '../../platform/web/services.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { User } from '../../platform/access/schema.ts';
import { isPartner, roleTitles, rolesAllow, type Role } from '../../platform/access/roles.ts';
import { caseloadOf, knownTo } from '../../platform/access/recordScope.ts';
import { childrenViewedRecently } from '../../platform/access/audit.ts';
import { listTeams } from '../../platform/access/teams.ts';
import { draftsOf } from '../../platform/web/drafts.ts';
import { namesShownTo } from '../../platform/web/childPages.ts';
import { childrenChairedBy } from '../../areas/protection/index.ts';
import { childrenReviewedBy } from '../../areas/care/index.ts';
import { contactsAwaitingDecision, contactsWaiting } from '../../areas/frontdoor/index.ts';
import { countBy, dueAcrossChildren } from '../../reports/journey/dueAcrossChildren.ts';
import { plansReturnedTo } from '../../areas/planning/index.ts';
import { advisesAnyYoungPerson } from '../../areas/leavingcare/index.ts';
import { childrenAllocatedToUser, childrenByIds, unallocatedChildren } from '../../reports/journey/openCases.ts';
import {
  awaitingAuthorisation,
  awaitingAuthorisationList,
  dueKind,
  plansAwaiting,
  plansAwaitingList,
  teamCaseloads,
  teamDueRows,
} from './teamWork.ts';
import { performanceHeadline } from './indicatorDashboard.ts';

/** The work each role gives on the home page; someone with several roles sees each of theirs. */
const workOf = {
  caseload: ['practitioner', 'partner'],
  team: ['team-manager', 'service-manager'],
  chairing: ['iro'],
  frontDoor: ['front-door'],
  performance: ['analyst', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

const hasWork = (user: User, work: keyof typeof workOf) => workOf[work].some((role: Role) => user.roles.includes(role));

/** How many of the children a person opened most recently are listed. */
const recentlyOpenedShown = 5;

/** How far ahead a chair sees the reviews they will chair: time to book one and invite to it. */
const chairingDaysAhead = 42;

/**
 * The children allocated to the person as a worker, each with where they are and what is next, and
 * all their due work. A partner practitioner's are every child they work with (as lead practitioner
 * or in the team around the family): they find no other child.
 */
async function caseload(db: Kysely<Database>, services: Services, user: User, today: Temporal.PlainDate) {
  const on = today.toString();
  const children = isPartner(user.roles)
    ? byName(await childrenByIds(db, await caseloadOf(db, user, on)))
    : await childrenAllocatedToUser(db, user.id, on);
  const { shown, withheld } = await knownTo(db, user, children);
  const ids = shown.map((child) => child.id);
  const [due, statuses] = await Promise.all([
    dueAcrossChildren(db, shown, today),
    services.childStatuses.statusesOf(db, ids, on),
  ]);
  // Due rows come overdue first, then soonest: a child's first is the next thing to do for them.
  const next = new Map<number, (typeof due)[number]>();
  for (const row of due) if (!next.has(row.childId)) next.set(row.childId, row);
  return {
    children: shown.map((child) => ({ ...child, statuses: statuses.get(child.id) ?? [], next: next.get(child.id) })),
    due,
    overdue: due.filter((row) => row.status === 'overdue').length,
    withheld,
  };
}

const byName = <T extends { forename: string; surname: string; id: number }>(children: T[]) =>
  children.sort((a, b) => a.surname.localeCompare(b.surname) || a.forename.localeCompare(b.forename) || a.id - b.id);

/** The plans returned to the person to change, about children they may know of (a restricted child is not named). */
async function returnedPlans(res: Response, user: User) {
  const returned = await plansReturnedTo(res.locals.services.db, user.id);
  const { names } = await namesShownTo(
    res,
    returned.map((plan) => plan.child_id),
  );
  return returned.flatMap((plan) => {
    const childName = names.get(plan.child_id);
    return childName ? [{ ...plan, childName }] : [];
  });
}

/** The person's team at a glance: each count as the list it links to counts it. */
async function teamAtAGlance(db: Kysely<Database>, services: Services, user: User, today: Temporal.PlainDate) {
  const on = today.toString();
  const teamId = user.team_id ?? undefined;
  const [teams, due, caseloads, unallocated, contacts] = await Promise.all([
    listTeams(db),
    teamId === undefined ? { rows: [], withheld: 0, children: [] } : teamDueRows(db, user, teamId, today),
    teamCaseloads(db, teamId, on),
    unallocatedChildren(db, on).then((children) => knownTo(db, user, children)),
    contactsWaiting(db, services.clock.now()),
  ]);
  // What awaits the manager's authorisation, assessments and plans, read together.
  const [assessments, plans] = await Promise.all([
    awaitingAuthorisation(db, due.rows),
    plansAwaiting(db, due.children),
  ]);
  const overdue = due.rows.filter((row) => row.status === 'overdue');
  return {
    team: teams.find((team) => team.id === teamId),
    overdue: overdue.length,
    overdueByKind: countBy(overdue, dueKind).map((kind) => ({ name: kind.name, count: kind.overdue })),
    awaitingAuthorisation: assessments.length,
    awaitingAuthorisationList,
    plansAwaiting: plans.length,
    plansAwaitingList,
    aboveAspiration: caseloads.workers.filter((worker) => worker.band === 'above').length,
    unallocated: unallocated.shown.length,
    contacts,
  };
}

/**
 * The reviews the person will chair, overdue and due in the weeks ahead: child protection review
 * conferences of the children whose last conference they chaired, and looked-after reviews of the
 * children in care whose last review they chaired.
 */
async function chairing(db: Kysely<Database>, user: User, today: Temporal.PlainDate) {
  const [conferences, lookedAfter] = await Promise.all([
    childrenChairedBy(db, user.id),
    childrenReviewedBy(db, user.id),
  ]);
  const { shown } = await knownTo(db, user, await childrenByIds(db, [...new Set([...conferences, ...lookedAfter])]));
  const horizon = today.add({ days: chairingDaysAhead }).toString();
  const theirs = (row: { rule: string; childId: number }) =>
    (row.rule === 'cp-review' && conferences.includes(row.childId)) ||
    (row.rule === 'cla-review' && lookedAfter.includes(row.childId));
  const reviews = (await dueAcrossChildren(db, shown, today)).filter(theirs);
  return {
    overdue: reviews.filter((row) => row.status === 'overdue'),
    comingUp: reviews.filter((row) => row.status === 'due' && row.dueOn <= horizon),
    weeksAhead: chairingDaysAhead / 7,
  };
}

/** The front door's queue as its page shows it: how many wait, how many are overdue, and since when the oldest. */
async function frontDoorQueue(db: Kysely<Database>, services: Services) {
  const queue = await contactsAwaitingDecision(db, services.clock.now(), await services.timescales.councilSettings(db));
  const received = queue.map((contact) => contact.receivedAt.getTime());
  return {
    waiting: queue.length,
    overdue: queue.filter((contact) => contact.overdue).length,
    oldest: received.length ? new Date(Math.min(...received)) : undefined,
  };
}

/** The person's saved drafts they may still continue, each named by its form and its child. */
async function drafts(db: Kysely<Database>, user: User, draftForms: DraftForms) {
  const saved = (await draftsOf(db, user.id)).flatMap((draft) => {
    const form = draftForms(draft.form_path);
    return form ? [{ ...draft, form }] : [];
  });
  // A draft about no child has no restriction to withhold it by.
  const { shown } = await knownTo(
    db,
    user,
    saved.map((draft) => ({ ...draft, id: draft.child_id ?? 0 })),
  );
  return shown.map((draft) => ({
    form: draft.form,
    href: draft.form_path,
    savedAt: draft.saved_at,
    childId: draft.child_id,
    childName: draft.child_id === null ? undefined : `${draft.forename} ${draft.surname}`,
  }));
}

/** The children whose records the person opened most recently, those they may still know of. */
async function recentlyOpened(db: Kysely<Database>, user: User) {
  const viewed = await childrenViewedRecently(db, user.id, recentlyOpenedShown);
  const { shown } = await knownTo(
    db,
    user,
    await childrenByIds(
      db,
      viewed.map((view) => view.childId),
    ),
  );
  const named = new Map(shown.map((child) => [child.id, child]));
  return viewed.flatMap((view) => {
    const child = named.get(view.childId);
    return child ? [{ ...child, viewedAt: view.viewedAt }] : [];
  });
}

const none = Promise.resolve(undefined);

export const homeRoutes = new RouteTable().get(
  '/',
  { permission: 'home:view', audit: 'children-listed' },
  async (_req, res, { user, listed }) => {
    const { services } = res.locals;
    const { db } = services;
    const today = services.clock.today();
    const [mine, returned, advises, team, chaired, queue, saved, recent, performance] = await Promise.all([
      hasWork(user, 'caseload') ? caseload(db, services, user, today) : none,
      hasWork(user, 'caseload') && !isPartner(user.roles) ? returnedPlans(res, user) : none,
      hasWork(user, 'caseload') && !isPartner(user.roles) ? advisesAnyYoungPerson(db, user.id) : none,
      hasWork(user, 'team') ? teamAtAGlance(db, services, user, today) : none,
      hasWork(user, 'chairing') ? chairing(db, user, today) : none,
      hasWork(user, 'frontDoor') ? frontDoorQueue(db, services) : none,
      rolesAllow(user.roles, 'child:record') || rolesAllow(user.roles, 'case-note:record')
        ? drafts(db, user, res.locals.draftForms)
        : none,
      rolesAllow(user.roles, 'child:view') ? recentlyOpened(db, user) : none,
      hasWork(user, 'performance') ? performanceHeadline(res) : none,
    ]);
    // The page names children (a caseload, reviews to chair, drafts, recent records): listed as any list is.
    await listed([
      ...(mine?.children ?? []).map((child) => child.id),
      ...(returned ?? []).map((plan) => plan.child_id),
      ...[...(chaired?.overdue ?? []), ...(chaired?.comingUp ?? [])].map((row) => row.childId),
      ...(saved ?? []).flatMap((draft) => (draft.childId === null ? [] : [draft.childId])),
      ...(recent ?? []).map((child) => child.id),
    ]);
    res.render('pages/home', {
      pageTitle: 'My work',
      roleNames: user.roles.map((role) => roleTitles[role]),
      mine,
      partner: isPartner(user.roles),
      returned,
      advises,
      team,
      chaired,
      queue,
      drafts: saved,
      recent,
      performance,
    });
  },
);
