// A PostgreSQL server's queue: pg-boss (decision record 0008). Jobs survive a restart and run on
// whichever Harbour process is free; progress is written to background_jobs as on the embedded
// database. Its schema is installed with Harbour's migrations, as the tables' owner.
import PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { jobQueueSchema as schema } from '../db/runtimeRole.ts';
import { recordJob, runJob, type JobQueue } from './jobs.ts';

const queueName = 'harbour-background-jobs';

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
  return {
    async enqueue(kind, requestedBy) {
      const id = await recordJob(db, kind, requestedBy);
      await boss.send(queueName, { jobId: id });
      return id;
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
