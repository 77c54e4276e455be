import { validateIfDue } from '../reports/returns/store.ts';
import type { Server } from 'node:http';
import { sql } from 'kysely';
import pino, { type Logger } from 'pino';
import type { JobQueue } from '../platform/jobs/jobs.ts';
import { inProcessJobQueue } from '../platform/jobs/inProcess.ts';
import { installPgBoss, pgBossJobQueue } from '../platform/jobs/pgBoss.ts';
import { loggableError } from '../platform/web/requestContext.ts';
import { configFromEnvironment, type HarbourConfig } from '../platform/settings/config.ts';
import { openDatabase, type HarbourDatabase } from '../platform/db/connection.ts';
import { migrateHarbour } from './modules.ts';
import { grantRuntimeRole } from '../platform/db/runtimeRole.ts';
import { systemClock } from '../core/clock.ts';
import { resolveSessionSecret } from '../platform/access/sessionSecret.ts';
import {
  demoAccountsExist,
  demoPassword,
  demoUsername,
  ensureDemoAccounts,
  ensureDemoWorkers,
} from './demoAccounts.ts';
import { roles, roleTitles } from '../platform/access/roles.ts';
import { childTimescales } from '../reports/journey/childTimescales.ts';
import { childStatusesByName } from '../reports/journey/childStatuses.ts';
import { createApp } from './createApp.ts';
import { seedDemoCountyIfEmpty } from './synth/demo.ts';
import { dueItemsMissing, dueItemsRebuildJob, dueItemsRebuildState } from '../reports/journey/storedDueItems.ts';
import { refreshIfStale, stalenessCheckMilliseconds } from '../reports/indicators/store.ts';

export async function openConfiguredDatabase(config: HarbourConfig): Promise<HarbourDatabase> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}

/**
 * Brings the schema up to date as the tables' owner: over DATABASE_MIGRATION_URL when it is set,
 * then granting DATABASE_URL's role what Harbour may do (the audit trail: only select and insert);
 * otherwise over Harbour's own connection, as the embedded database always does.
 */
export async function migrateConfigured(config: HarbourConfig, database: HarbourDatabase): Promise<string[]> {
  if (database.kind === 'embedded') return migrateHarbour(database.db);
  if (!config.databaseMigrationUrl) {
    const applied = await migrateHarbour(database.db);
    await installPgBoss(config.databaseUrl!);
    return applied;
  }
  const owner = await openDatabase({ databaseUrl: config.databaseMigrationUrl });
  try {
    const applied = await migrateHarbour(owner.db);
    await installPgBoss(config.databaseMigrationUrl);
    const roleOf = async (db: HarbourDatabase) =>
      (await sql<{ role: string }>`select current_user as role`.execute(db.db)).rows[0]!.role;
    const runtime = await roleOf(database);
    if (runtime !== (await roleOf(owner))) await grantRuntimeRole(owner.db, runtime);
    return applied;
  } finally {
    await owner.close();
  }
}

/** The server's job queue is pg-boss, shared by every Harbour process; the embedded database runs jobs in-process. */
export const jobQueueFor = (database: HarbourDatabase, config: HarbourConfig, logger: Logger): Promise<JobQueue> =>
  database.kind === 'embedded'
    ? inProcessJobQueue(database.db, (err) => logger.error({ err }, 'background job error'))
    : pgBossJobQueue(database.db, config.databaseUrl!, (err) => logger.error({ err }, 'job queue error'));

/** `harbour serve`: migrate, make sure there is someone to sign in as, and serve until told to stop. */
export async function serve(
  config: HarbourConfig = configFromEnvironment(),
): Promise<{ server: Server; stop: () => Promise<void> }> {
  // Any error logged as `err` is logged as its name, message, code and stack: never a database
  // error's parameters or the row it refused.
  const logger = pino({ level: config.logLevel, serializers: { err: loggableError } });
  const started = Date.now();
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrateConfigured(config, database);
    if (applied.length) logger.info({ migrations: applied }, 'database migrated');
    if (config.demoAccounts) await ensureDemoAccounts(database.db);
    if (config.seedDemoCounty) await seedDemoCountyIfEmpty(database.db, systemClock());
    if (config.demoAccounts) await ensureDemoWorkers(database.db);
    const sessionSecret = await resolveSessionSecret(database.db, config.sessionSecret);
    const jobs = await jobQueueFor(database, config, logger);
    // Children recorded before due items were kept have none yet: every list would look clear.
    if ((await dueItemsMissing(database.db)) && !(await dueItemsRebuildState(database.db)))
      await jobs.enqueue(dueItemsRebuildJob, 'harbour-setup');
    // The dashboard's stored figures, when there are none or they are more than a day old; a server
    // left running looks again every 10 minutes (and after every child's due items are rebuilt).
    const refreshFigures = () =>
      refreshIfStale(database.db, jobs, new Date()).catch((err: unknown) =>
        logger.error({ err }, 'could not start the refresh of the performance figures'),
      );
    // Harbour's own returns are validated nightly: looked at on the same check.
    const validateReturns = () =>
      validateIfDue(database.db, jobs, new Date()).catch((err: unknown) =>
        logger.error({ err }, 'could not start the validation of the returns'),
      );
    await refreshFigures();
    await validateReturns();
    const figuresCheck = setInterval(() => {
      void refreshFigures();
      void validateReturns();
    }, stalenessCheckMilliseconds);
    figuresCheck.unref();
    const app = createApp({
      jobs,
      db: database.db,
      timescales: childTimescales,
      childStatuses: childStatusesByName,
      clock: systemClock(),
      config,
      sessionSecret,
      logger,
    });

    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.port, (error?: Error) => (error ? reject(error) : resolve(listening)));
    });
    const stop = async () => {
      clearInterval(figuresCheck);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await jobs.stop();
      await database.close();
    };

    const where =
      database.kind === 'embedded' ? `embedded database in ${database.location}` : `PostgreSQL at ${database.location}`;
    const lines = [
      ``,
      `Harbour is running at http://localhost:${config.port}  (${where}, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    ];
    if (config.demoAccounts && (await demoAccountsExist(database.db))) {
      lines.push(``, `Demo sign-ins (password for all: ${demoPassword}):`);
      for (const role of roles) lines.push(`  ${demoUsername(role).padEnd(24)} ${roleTitles[role]}`);
    }
    lines.push(``, `Press Ctrl-C to stop.`, ``);
    process.stdout.write(lines.join('\n') + '\n');
    return { server, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Close the embedded database cleanly on Ctrl-C or SIGTERM, so its files are never left half-written. */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal} received: closing Harbour…\n`);
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
