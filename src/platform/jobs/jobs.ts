// Background jobs: work too long for a request, run by a queue (pg-boss on a PostgreSQL server,
// in-process on the embedded database; decision record 0008) and tracked in background_jobs so a
// page can show how far it has got. What a job does is defined once, whichever queue runs it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { BackgroundJob } from './schema.ts';

/** Reports how far a job has got: `done` of `total` (children, rows…). */
export type JobProgress = (done: number, total: number) => Promise<void>;
/** The job being run: work that builds something for one request finds it by the job's id. */
export interface RunningJob {
  readonly id: number;
  readonly requestedBy: string;
}
export type JobWork = (db: Kysely<Database>, progress: JobProgress, job: RunningJob) => Promise<void>;

const kinds = new Map<string, JobWork>();

/** What a kind of job does; the app defines each once (the due items rebuild, later nightly validation). */
export function defineJob(kind: string, work: JobWork): void {
  kinds.set(kind, work);
}

/** A queue that runs jobs in the background. */
export interface JobQueue {
  /**
   * Records the job and hands it to the queue; returns at once with its id. Given `alongside` (a
   * settings save), the job's row is written in that work's transaction, so both are kept or
   * neither: a change never commits without the job that follows from it. It is given the job's id
   * (written first), so a request the job will build can name its job.
   */
  enqueue(
    kind: string,
    requestedBy: string,
    alongside?: (trx: Kysely<Database>, jobId: number) => Promise<void>,
  ): Promise<number>;
  /** Lets a job already running finish, then stops taking more. */
  stop(): Promise<void>;
}

/**
 * A queue over its runner's hand-off. The hand-off follows the commit (the embedded queue runs
 * in this process, pg-boss has its own connections); if it fails, the committed row stays queued,
 * the failure is logged rather than thrown at a change already saved, and each queue runs the
 * queued rows it finds when it starts.
 */
export function queueHandingOffTo(
  db: Kysely<Database>,
  runner: { handOff(id: number): Promise<void> | void; stop(): Promise<void> },
  onError: (error: unknown) => void,
): JobQueue {
  return {
    async enqueue(kind, requestedBy, alongside) {
      const id = await inTransaction(db, async (trx) => {
        const jobId = await recordJob(trx, kind, requestedBy);
        await alongside?.(trx, jobId);
        return jobId;
      });
      try {
        await runner.handOff(id);
      } catch (error) {
        onError(error);
      }
      return id;
    },
    stop: () => runner.stop(),
  };
}

/** Jobs recorded but not finished, oldest first: what a queue takes up when it starts. */
export const unfinishedJobs = (db: Kysely<Database>, states: readonly ('queued' | 'running')[]) =>
  db.selectFrom('background_jobs').select('id').where('state', 'in', states).orderBy('id').execute();

/** Progress is written at most this often: a rebuild's batches should not each be a write. */
const progressEveryMilliseconds = 500;

async function recordJob(db: Kysely<Database>, kind: string, requestedBy: string): Promise<number> {
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
    .returning(['kind', 'requested_by'])
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
    await work(db, progress, { id, requestedBy: job.requested_by });
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
