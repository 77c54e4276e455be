// The returns an analyst downloads from the Returns page (issue 14): each request is kept in
// return_files with the background job that builds it, so the page shows how far the build has got
// (the job's row) and, once built, offers the file. The build is the CLI's own export, run as the
// person who asked: it audits the children it holds once, when it is built.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.ts';
import type { Actor } from '../platform/access/audit.ts';
import { findUserByUsername } from '../platform/access/users.ts';
import { defineJob, type JobProgress, type JobQueue, type RunningJob } from '../platform/jobs/jobs.ts';
import { configFromEnvironment } from '../platform/settings/config.ts';
import type { Temporal } from 'temporal-polyfill';
import { collectionYear, previousCollectionYear } from '../reports/returns/returnDates.ts';
import { validatedYear } from '../reports/returns/continuous.ts';
import { exportAnnexA } from '../reports/returns/annexA/exportAnnexA.ts';
import { exportCscApi } from '../reports/returns/cscApi/feed.ts';
import type { ReturnFilesTable } from '../reports/returns/schema.ts';
import { export903, exportCin } from './exportCommands.ts';

export type ReturnFileKind = ReturnFilesTable['return_kind'];

/** What each download is, as the page names it, and whether it is built for a year or as at a date. */
export const returnFileKinds: Readonly<Record<ReturnFileKind, { title: string; by: 'year' | 'asAt' }>> = {
  '903': { title: 'SSDA903 (children looked after): the tables as a ZIP of CSV files', by: 'year' },
  cin: { title: 'Children in need census: the XML file', by: 'year' },
  'annex-a': { title: 'Ofsted’s Annex A: the lists as an Excel workbook', by: 'asAt' },
  'csc-api': { title: 'The DfE’s CSC API feed: a ZIP of its JSON files', by: 'asAt' },
};

export type ReturnFileRequest =
  | { kind: '903'; year: string }
  | { kind: 'cin'; year: string }
  | { kind: 'annex-a'; asAt: string }
  | { kind: 'csc-api'; asAt: string };

/** The years offered: the one under way and the two before (last year's return is sent in the summer). */
export function offeredYears(today: Temporal.PlainDate): string[] {
  const current = validatedYear(today);
  const last = previousCollectionYear(current);
  return [current, last, previousCollectionYear(last)].map((year) => year.label);
}

/** The background job that builds one requested file. */
const returnFileJob = 'return-file';

/** Records the request with its job, in one transaction, and hands the job to the queue. */
export const requestReturnFile = (jobs: JobQueue, requestedBy: string, request: ReturnFileRequest) =>
  jobs.enqueue(returnFileJob, requestedBy, async (trx, jobId) => {
    const { kind, ...parameters } = request;
    await trx
      .insertInto('return_files')
      .values({ job_id: jobId, return_kind: kind, parameters: JSON.stringify(parameters), requested_by: requestedBy })
      .execute();
  });

interface Built {
  fileName: string;
  contentType: string;
  content: Buffer;
  children: number[];
}

const zipType = 'application/zip';

/** A folder's files (its subfolders' too) as a ZIP, each under its path in the folder. */
async function zipOf(folder: string): Promise<Buffer> {
  // Loaded when first used, not by every process that imports the app (each test file, the server).
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((each) => each.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(entry.parentPath, entry.name);
    zip.file(relative(folder, path).split('\\').join('/'), await readFile(path));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Runs the CLI's export of the request into a scratch folder, audited as the actor, and reads the file back. */
async function build(db: Kysely<Database>, actor: Actor, request: ReturnFileRequest, folder: string): Promise<Built> {
  if (request.kind === '903' || request.kind === 'cin') {
    const year = collectionYear(request.year);
    if (!year) throw new Error(`${request.year} is not a collection year`);
    if (request.kind === '903') {
      const { tables, previous } = await export903(db, actor, year, folder);
      return {
        fileName: `ssda903-${year.label}.zip`,
        contentType: zipType,
        content: await zipOf(folder),
        children: [...tables.Header, ...previous.Header].map((row) => Number(row.CHILD)),
      };
    }
    const file = join(folder, `cin-census-${year.label}.xml`);
    const census = await exportCin(db, actor, year, file, configFromEnvironment().councilLaNumber ?? '');
    return {
      fileName: `cin-census-${year.label}.xml`,
      contentType: 'application/xml',
      content: await readFile(file),
      children: census.children.map((child) => child.childId),
    };
  }
  if (request.kind === 'annex-a') {
    const file = join(folder, 'annex-a.xlsx');
    const { children } = await exportAnnexA(db, actor, {
      asAt: request.asAt,
      file,
      councilName: configFromEnvironment().councilName,
    });
    return {
      fileName: `annex-a-${request.asAt}.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: await readFile(file),
      children,
    };
  }
  const { named } = await exportCscApi(db, actor, { asAt: request.asAt, dir: folder });
  return {
    fileName: `csc-api-${request.asAt}.zip`,
    contentType: zipType,
    content: await zipOf(folder),
    children: named,
  };
}

/** The job's work: builds the file its request asked for (three steps: build, package, keep). */
async function buildReturnFile(db: Kysely<Database>, progress: JobProgress, job: RunningJob): Promise<void> {
  const row = await db
    .selectFrom('return_files')
    .select(['id', 'return_kind', 'parameters'])
    .where('job_id', '=', job.id)
    .executeTakeFirstOrThrow();
  const user = await findUserByUsername(db, job.requestedBy);
  const actor: Actor = { userId: user?.id ?? null, username: job.requestedBy };
  const request = { kind: row.return_kind, ...row.parameters } as ReturnFileRequest;
  await progress(0, 3);
  const folder = await mkdtemp(join(tmpdir(), 'harbour-return-'));
  try {
    const built = await build(db, actor, request, folder);
    await progress(2, 3);
    await db
      .updateTable('return_files')
      .set({
        built_at: new Date(),
        file_name: built.fileName,
        content_type: built.contentType,
        content: built.content,
        child_ids: [...new Set(built.children)],
      })
      .where('id', '=', row.id)
      .execute();
    await progress(3, 3);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

defineJob(returnFileJob, buildReturnFile);

/** The latest requests, newest first, with how far each job has got. */
export const recentReturnFiles = (db: Kysely<Database>, limit = 20) =>
  db
    .selectFrom('return_files')
    .innerJoin('background_jobs as job', 'job.id', 'return_files.job_id')
    .select([
      'return_files.id',
      'return_kind',
      'parameters',
      'return_files.requested_by',
      'requested_at',
      'built_at',
      'file_name',
      'job.state',
      'job.done',
      'job.total',
    ])
    .orderBy('return_files.id', 'desc')
    .limit(limit)
    .execute();

/** A built file, to download. */
export const builtReturnFile = (db: Kysely<Database>, id: number) =>
  db
    .selectFrom('return_files')
    .select(['id', 'return_kind', 'parameters', 'file_name', 'content_type', 'content', 'child_ids'])
    .where('id', '=', id)
    .where('built_at', 'is not', null)
    .executeTakeFirst();
