// A PostgreSQL server's queue: pg-boss (decision record 0008). Jobs survive a restart and run on
// whichever Harbour process is free; progress is written to background_jobs as on the embedded
// database. Its schema is installed with Harbour's migrations, as the tables' owner. A job whose
// row was committed but never sent (the queue unreachable just then) is sent when a process starts.
import PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { jobQueueSchema as schema } from '../db/runtimeRole.ts';
import { queueHandingOffTo, runJob, unfinishedJobs, type JobQueue } from './jobs.ts';

const queueName = 'harbour-background-jobs';

/**
 * pg-boss's id for a background job, the same each time it is sent: pg-boss inserts on conflict
 * do nothing, so a job sent again (by every process that starts while it waits) is queued once.
 */
const bossJobId = (id: number) => `00000000-0000-4000-8000-${id.toString(16).padStart(12, '0')}`;

/** Installs pg-boss's schema and Harbour's queue, as the owner (at migration). */
export async function installPgBoss(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema, max: 2, supervise: false, schedule: false });
  await boss.start();
  // A job records its own failure (runJob), so pg-boss never runs it again behind the page's back.
  await boss.createQueue(queueName, { name: queueName, retryLimit: 0, expireInHours: 4 });
  await boss.stop({ graceful: false, wait: true });
}

export async function pgBossJobQueue(
  db: Kysely<Database>,
  connectionString: string,
  onError: (error: Error) => void,
): Promise<JobQueue> {
  const boss = new PgBoss({ connectionString, schema, max: 4, migrate: false });
  // Its own errors (a dropped connection while polling) are logged; it carries on polling.
  boss.on('error', onError);
  await boss.start();
  await boss.work<{ jobId: number }>(queueName, { pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await runJob(db, job.data.jobId);
  });
  const handOff = async (id: number) => {
    await boss.send(queueName, { jobId: id }, { id: bossJobId(id) });
  };
  // Only queued rows: a running one may be running on another process now.
  for (const job of await unfinishedJobs(db, ['queued'])) await handOff(job.id);
  return queueHandingOffTo(
    db,
    { handOff, stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }) },
    (error) => onError(error instanceof Error ? error : new Error(String(error))),
  );
}
