// Background jobs: work too long for a request, run by a queue (pg-boss on a PostgreSQL server,
// in-process on the embedded database; decision record 0008) and tracked in background_jobs so a
// page can show how far it has got. What a job does is defined once, whichever queue runs it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { BackgroundJob } from './schema.ts';

/** Reports how far a job has got: `done` of `total` (children, rows…). */
export type JobProgress = (done: number, total: number) => Promise<void>;
export type JobWork = (db: Kysely<Database>, progress: JobProgress) => Promise<void>;

const kinds = new Map<string, JobWork>();

/** What a kind of job does; the app defines each once (the due items rebuild, later nightly validation). */
export function defineJob(kind: string, work: JobWork): void {
  kinds.set(kind, work);
}

/** A queue that runs jobs in the background. */
export interface JobQueue {
  /** Records the job and hands it to the queue; returns at once with its id. */
  enqueue(kind: string, requestedBy: string): Promise<number>;
  /** Lets a job already running finish, then stops taking more. */
  stop(): Promise<void>;
}

/** Progress is written at most this often: a rebuild's batches should not each be a write. */
const progressEveryMilliseconds = 500;

export async function recordJob(db: Kysely<Database>, kind: string, requestedBy: string): Promise<number> {
  if (!kinds.has(kind)) throw new Error(`No background job is defined as ${kind}`);
  const row = await db
    .insertInto('background_jobs')
    .values({ kind, requested_by: requestedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Runs one recorded job, keeping its row up to date; a failure is recorded, never thrown at the queue. */
export async function runJob(db: Kysely<Database>, id: number): Promise<void> {
  const job = await db
    .updateTable('background_jobs')
    .set({ state: 'running', started_at: new Date() })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .returning(['kind'])
    .executeTakeFirst();
  if (!job) return;
  const work = kinds.get(job.kind);
  if (!work) {
    await db
      .updateTable('background_jobs')
      .set({ state: 'failed', finished_at: new Date(), error: `No background job is defined as ${job.kind}` })
      .where('id', '=', id)
      .execute();
    return;
  }
  let written = 0;
  const progress: JobProgress = async (done, total) => {
    if (done < total && Date.now() - written < progressEveryMilliseconds) return;
    written = Date.now();
    await db.updateTable('background_jobs').set({ done, total }).where('id', '=', id).execute();
  };
  try {
    await work(db, progress);
    await db
      .updateTable('background_jobs')
      .set({ state: 'done', finished_at: new Date() })
      .where('id', '=', id)
      .execute();
  } catch (error) {
    await db
      .updateTable('background_jobs')
      .set({ state: 'failed', finished_at: new Date(), error: error instanceof Error ? error.message : String(error) })
      .where('id', '=', id)
      .execute();
  }
}

/** The latest job of a kind, finished or not. */
export const latestJob = (db: Kysely<Database>, kind: string): Promise<BackgroundJob | undefined> =>
  db.selectFrom('background_jobs').selectAll().where('kind', '=', kind).orderBy('id', 'desc').executeTakeFirst();
