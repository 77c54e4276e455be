// A team's work as its manager sees it, on the team's pages and their home page: what is due and
// overdue for the team's children and of which kind, what awaits the manager's authorisation, and
// the workers' caseloads against the council's aspiration.
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import type { User } from '../../platform/access/schema.ts';
import { knownTo } from '../../platform/access/recordScope.ts';
import { assessmentsAwaitingAuthorisation } from '../../areas/assessment/index.ts';
import { plansAwaitingAuthorisation } from '../../areas/planning/index.ts';
import {
  caseloadBand,
  caseloadsOn,
  councilCaseloadStandards,
  workerRoles,
  type WorkerRole,
} from '../../areas/workforce/index.ts';
import { teamChildren } from '../../reports/journey/openCases.ts';
import { dueAcrossChildren, type DueRow } from '../../reports/journey/dueAcrossChildren.ts';
import { timescaleRules } from '../../reports/timescales/index.ts';

/** What is due and overdue for the team's children this person may know of, and how many are withheld. */
export async function teamDueRows(db: Kysely<Database>, user: User, teamId: number, today: Temporal.PlainDate) {
  const { shown, withheld } = await knownTo(db, user, await teamChildren(db, teamId, today.toString()));
  return { rows: await dueAcrossChildren(db, shown, today), withheld, children: shown };
}

/** Each rule's title: the kind of work its items are, whatever each is titled by its own record. */
const ruleTitles = new Map<string, string>(timescaleRules.map((rule) => [rule.id, rule.title]));

/** The kind of work a due row is, as the due list groups "by timescale": its rule (every plan action is one kind). */
export const dueKind = (row: DueRow) => ruleTitles.get(row.rule) ?? row.title;

/** Of a team's due rows, the assessments submitted and waiting for a manager to authorise them. */
export async function awaitingAuthorisation(db: Kysely<Database>, rows: readonly DueRow[]) {
  const assessments = rows.filter((row) => row.rule === 'assessment');
  const awaiting = new Set(
    (await assessmentsAwaitingAuthorisation(db, [...new Set(assessments.map((row) => row.childId))])).map(String),
  );
  return assessments.filter((row) => awaiting.has(row.recordId));
}

/** Of a team's children, the plans submitted and awaiting a manager's decision, each named with its child and worker. */
export async function plansAwaiting(
  db: Kysely<Database>,
  children: readonly { id: number; forename: string; surname: string; worker_name: string | null }[],
) {
  const named = new Map(children.map((child) => [child.id, child]));
  return (await plansAwaitingAuthorisation(db, [...named.keys()])).map((version) => {
    const child = named.get(version.child_id)!;
    return {
      childId: child.id,
      childName: `${child.forename} ${child.surname}`,
      workerName: child.worker_name,
      title: `${version.title}, version ${version.number}`,
      submittedDate: version.submitted_date,
      submittedBy: version.submitted_by_name,
      href: version.authorisePath,
    };
  });
}

/** The team's workers in post with their caseloads, each against the council's aspiration (none without a team). */
export async function teamCaseloads(db: Kysely<Database>, teamId: number | undefined, on: string) {
  const [standards, loads] = await Promise.all([
    councilCaseloadStandards(db),
    teamId === undefined ? [] : caseloadsOn(db, on, teamId),
  ]);
  return {
    standards,
    workers: loads.map((worker) => ({
      ...worker,
      roleName: workerRoles[worker.role as WorkerRole] ?? worker.role,
      band: caseloadBand(worker.role, worker.caseload, standards),
    })),
  };
}

/** The oversight page's list of assessments awaiting authorisation, by its id: the home page links to it. */
export const awaitingAuthorisationList = 'awaiting-authorisation';
/** The oversight page's list of plans awaiting authorisation, by its id: the home page links to it too. */
export const plansAwaitingList = 'plans-awaiting-authorisation';
