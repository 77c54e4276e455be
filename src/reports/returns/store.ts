// Harbour's own returns, validated: each run kept with its counts (the page's count falls as people
// fix what was found), the latest run's findings read by rule, by child, and for one child's page.
import type { Kysely } from 'kysely';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { ValidationReport } from './findings.ts';
import { isQuery } from './findings.ts';
import { fixPathOf } from './fixPaths.ts';
import { latestJob, type JobQueue } from '../../platform/jobs/jobs.ts';

export type ReturnKind = '903' | 'cin';

export const returnTitles: Readonly<Record<ReturnKind, string>> = {
  '903': 'SSDA903 (children looked after)',
  cin: 'Children in need census',
};

export interface OwnReturnValidation {
  readonly kind: ReturnKind;
  readonly yearLabel: string;
  readonly report: ValidationReport;
  /** Harbour's child for the return's child identifier (null when it names none Harbour holds). */
  readonly childIdOf: (ref: string) => number | null;
  readonly rulesRun: number;
}

/** Rows per insert statement: well under PostgreSQL's limit of bind parameters. */
const rowsPerInsert = 2000;

/** Keeps a run and what it found, in one transaction. */
export async function saveValidationRun(
  db: Kysely<Database>,
  run: OwnReturnValidation,
  requestedBy: string,
  startedAt: Date,
): Promise<number> {
  const findings = run.report.findings.map((finding) => {
    const childId = finding.child === null ? null : run.childIdOf(finding.child);
    return {
      child_id: childId,
      rule: finding.rule,
      table_name: finding.table,
      row_number: finding.row,
      message: finding.message,
      is_query: isQuery(finding.rule),
      fix_path: fixPathOf(run.kind, finding.table, childId),
    };
  });
  const queries = findings.filter((finding) => finding.is_query).length;
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto('return_validation_runs')
      .values({
        return_kind: run.kind,
        collection_year: run.yearLabel,
        started_at: startedAt,
        finished_at: new Date(),
        errors: findings.length - queries,
        queries,
        rules_run: run.rulesRun,
        rules_not_run: JSON.stringify(run.report.notRun),
        requested_by: requestedBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let start = 0; start < findings.length; start += rowsPerInsert)
      await trx
        .insertInto('return_findings')
        .values(findings.slice(start, start + rowsPerInsert).map((finding) => ({ ...finding, run_id: id })))
        .execute();
    return id;
  });
}

/** Each return's runs for a year, newest first (the page draws the count over time from them). */
export const runsOf = (db: Kysely<Database>, kind: ReturnKind, yearLabel: string, limit = 30) =>
  db
    .selectFrom('return_validation_runs')
    .selectAll()
    .where('return_kind', '=', kind)
    .where('collection_year', '=', yearLabel)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

/** A run's findings counted by rule, the most frequent first (only `rule`'s, when given). */
export const findingsByRule = (db: Kysely<Database>, runId: number, rule?: string) =>
  db
    .selectFrom('return_findings')
    .select((eb) => ['rule', 'message', 'is_query', eb.fn.countAll<string>().as('count')])
    .where('run_id', '=', runId)
    .$if(rule !== undefined, (query) => query.where('rule', '=', rule!))
    .groupBy(['rule', 'message', 'is_query'])
    .orderBy('count', 'desc')
    .orderBy('rule')
    .execute();

/** A rule's findings in a run, by child. */
export const findingsOfRule = (db: Kysely<Database>, runId: number, rule: string, limit: number) =>
  db
    .selectFrom('return_findings')
    .select(['child_id', 'table_name', 'row_number', 'fix_path', 'message'])
    .where('run_id', '=', runId)
    .where('rule', '=', rule)
    .orderBy('child_id')
    .orderBy('id')
    .limit(limit)
    .execute();

/** The latest run of each return: what people are putting right now. */
const latestRuns = (db: Kysely<Database>) =>
  db
    .selectFrom('return_validation_runs as latest')
    .select((inner) => inner.fn.max('latest.id').as('id'))
    .groupBy('latest.return_kind');

/** What the latest run of each return found about these children: what their workers have to put right. */
export async function openFindingsOfChildren(db: Kysely<Database>, childIds: readonly number[]) {
  if (!childIds.length) return [];
  return db
    .selectFrom('return_findings')
    .innerJoin('return_validation_runs as run', 'run.id', 'return_findings.run_id')
    .select([
      'child_id',
      'run.return_kind',
      'run.collection_year',
      'rule',
      'message',
      'is_query',
      'fix_path',
      'table_name',
    ])
    .where('child_id', 'in', [...childIds])
    .where('run_id', 'in', latestRuns(db))
    .orderBy('child_id')
    .orderBy('run.return_kind')
    .orderBy('rule')
    .execute();
}

/** What the latest run of each return found about one child, for their page. */
export const openFindingsOfChild = (db: Kysely<Database>, childId: number) => openFindingsOfChildren(db, [childId]);

/**
 * The latest run of each return's findings counted by the team of each child's allocated worker on
 * the day (children with no worker together, `team_id` null): counts only, so no child is named.
 */
export const findingsByTeam = (db: Kysely<Database>, on: string) =>
  db
    .selectFrom('return_findings as finding')
    .leftJoin('allocations as allocation', (join) =>
      join
        .onRef('allocation.child_id', '=', 'finding.child_id')
        .on('allocation.start_date', '<=', on)
        .on((eb) => eb.or([eb('allocation.end_date', 'is', null), eb('allocation.end_date', '>', on)])),
    )
    .leftJoin('teams as team', 'team.id', 'allocation.team_id')
    .select((eb) => [
      'team.id as team_id',
      'team.name as team_name',
      eb.fn.count<string>('finding.child_id').distinct().as('children'),
      eb.fn.countAll<string>().filterWhere('finding.is_query', '=', false).as('errors'),
      eb.fn.countAll<string>().filterWhere('finding.is_query', '=', true).as('queries'),
    ])
    .where('finding.run_id', 'in', latestRuns(db))
    .where('finding.child_id', 'is not', null)
    .groupBy(['team.id', 'team.name'])
    .orderBy('team.name')
    .execute();

/** The background job that validates Harbour's own returns: nightly, and when an analyst asks. */
export const returnsValidationJob = 'returns-validation';

/** The validation under way (queued or running), or the latest if it failed; nothing once it finished. */
export async function returnsValidationState(db: Kysely<Database>) {
  const latest = await latestJob(db, returnsValidationJob);
  return latest && latest.state !== 'done' ? latest : undefined;
}

/** Harbour validates its returns again when the latest validation is older than this (nightly). */
const revalidateAfterMilliseconds = 24 * 60 * 60 * 1000;

/** Starts a validation when none has finished in the last day and none is queued or running. */
export async function validateIfDue(db: Kysely<Database>, jobs: JobQueue, now: Date): Promise<void> {
  const state = await returnsValidationState(db);
  if (state?.state === 'queued' || state?.state === 'running') return;
  const latest = await db
    .selectFrom('return_validation_runs')
    .select((eb) => eb.fn.max('finished_at').as('finished_at'))
    .executeTakeFirst();
  const at = latest?.finished_at;
  if (!at || now.getTime() - new Date(at).getTime() > revalidateAfterMilliseconds)
    await jobs.enqueue(returnsValidationJob, 'harbour');
}
