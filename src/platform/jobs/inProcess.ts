// The embedded database's queue: jobs run one after another in Harbour's own process, between
// requests. The embedded database has one connection and one process, so there is nobody else to
// hand work to; a job cut off by a stop, or recorded and never handed on, runs at the next start.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { queueHandingOffTo, runJob, unfinishedJobs, type JobQueue } from './jobs.ts';

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
  // Jobs a previous run did not finish, or never started: nobody else could be running them.
  for (const job of await unfinishedJobs(db, ['queued', 'running'])) run(job.id);
  return queueHandingOffTo(
    db,
    {
      handOff: run,
      async stop() {
        stopped = true;
        await chain;
      },
    },
    onError,
  );
}
