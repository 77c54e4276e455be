// The embedded database's queue: jobs run one after another in Harbour's own process, between
// requests. The embedded database has one connection and one process, so there is nobody else to
// hand work to; a job cut off by a stop is run again at the next start.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { recordJob, runJob, type JobQueue } from './jobs.ts';

export async function inProcessJobQueue(
  db: Kysely<Database>,
  onError: (error: unknown) => void = () => undefined,
): Promise<JobQueue> {
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = (id: number) => {
    // A job whose own bookkeeping failed (the database gone) is logged; the next still runs.
    chain = chain.then(() => (stopped ? undefined : runJob(db, id))).catch(onError);
  };
  // Jobs a previous run did not finish.
  const unfinished = await db
    .selectFrom('background_jobs')
    .select('id')
    .where('state', 'in', ['queued', 'running'])
    .orderBy('id')
    .execute();
  for (const job of unfinished) run(job.id);
  return {
    async enqueue(kind, requestedBy) {
      const id = await recordJob(db, kind, requestedBy);
      run(id);
      return id;
    },
    async stop() {
      stopped = true;
      await chain;
    },
  };
}
