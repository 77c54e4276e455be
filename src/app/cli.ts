import crypto from 'node:crypto';
import { Command, InvalidArgumentError, Option } from 'commander';
import { configFromEnvironment } from '../platform/settings/config.ts';
import { migrateHarbour } from './modules.ts';
import { migrateConfigured, openConfiguredDatabase, serve, stopOnSignals } from './server.ts';
import { openDatabase } from '../platform/db/connection.ts';
import { grantRuntimeRole } from '../platform/db/runtimeRole.ts';
import { verifyAuditChain } from '../platform/access/auditChain.ts';
import { isRole, roles, type Role } from '../platform/access/roles.ts';
import { addUser, findUserByUsername, resetPassword, setUserDisabled } from '../platform/access/users.ts';
import { newPasswordSchema } from '../platform/access/passwords.ts';
import { findOrCreateTeam } from '../platform/access/teams.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { registerSeedCommand } from './synth/command.ts';
import { registerIndicatorsCommand } from './indicatorsCommand.ts';
import { registerReturnsCommands } from './returnsCommand.ts';
import { registerExportCommands } from './exportCommands.ts';
import { registerInspectionAndFeedCommands } from './inspectionCommands.ts';
import { registerImportCommands } from './importCommands.ts';
import { rebuildDueItems, storedDueItemsDiffer } from '../reports/journey/storedDueItems.ts';
import { systemClock } from '../core/clock.ts';

const cliActor = { userId: null, username: `cli:${process.env.USER ?? 'unknown'}` };

async function withDatabase<T>(work: (database: HarbourDatabase, applied: string[]) => Promise<T>): Promise<T> {
  const config = configFromEnvironment();
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrateConfigured(config, database);
    return await work(database, applied);
  } finally {
    await database.close();
  }
}

function roleList(value: string): Role[] {
  const list = value.split(',').map((role) => role.trim());
  const unknown = list.filter((role) => !isRole(role));
  if (unknown.length)
    throw new InvalidArgumentError(`unknown role ${unknown.join(', ')}; roles are ${roles.join(', ')}`);
  return list as Role[];
}

function password(value: string): string {
  const checked = newPasswordSchema.safeParse(value);
  if (!checked.success) throw new InvalidArgumentError(checked.error.issues[0]!.message);
  return value;
}

const generatedPassword = () => crypto.randomBytes(12).toString('base64url');

async function existingUser(database: HarbourDatabase, username: string) {
  const user = await findUserByUsername(database.db, username);
  if (!user) throw new Error(`No user is called ${username}`);
  return user;
}

const program = new Command('harbour')
  .description("Harbour: children's social care records, timescales and returns")
  .showHelpAfterError();

program
  .command('serve')
  .description('Migrate the database and serve Harbour (PORT, DATABASE_URL, HARBOUR_DATA_DIR…: see README)')
  .action(async () => {
    const { stop } = await serve();
    stopOnSignals(stop);
  });

program
  .command('migrate')
  .description('Bring the database schema up to date, then exit')
  .action(() =>
    withDatabase((_database, applied) => {
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return Promise.resolve();
    }),
  );

const user = program.command('user').description('Manage the people who sign in to Harbour');

user
  .command('add')
  .description('Add a user who can sign in')
  .requiredOption('--username <username>', 'sign-in name, lower case, e.g. j.smith')
  .requiredOption('--name <name>', 'full name')
  .addOption(
    new Option('--role <roles>', `one or more roles, comma-separated: ${roles.join(', ')}`)
      .argParser(roleList)
      .makeOptionMandatory(),
  )
  .option('--team <team>', 'team name (created if new)')
  .option('--email <email>', 'email address')
  .option('--password <password>', 'temporary password (12+ characters); generated and printed if left out', password)
  .action(
    (options: { username: string; name: string; role: Role[]; team?: string; email?: string; password?: string }) =>
      withDatabase(async (database) => {
        const team = options.team ? await findOrCreateTeam(database.db, options.team) : undefined;
        const chosen = options.password ?? generatedPassword();
        const added = await addUser(database.db, cliActor, {
          username: options.username,
          displayName: options.name,
          email: options.email,
          roles: options.role,
          teamId: team?.id ?? null,
          password: chosen,
        });
        console.log(`Added ${added.display_name} (${added.username}) as ${added.roles.join(', ')}.`);
        if (!options.password) console.log(`Temporary password: ${chosen}`);
      }),
  );

user
  .command('disable')
  .description('Stop a user signing in (their records and audit history stay)')
  .argument('<username>')
  .action((username: string) =>
    withDatabase(async (database) => {
      const found = await existingUser(database, username);
      await setUserDisabled(database.db, cliActor, found.id, found.version, true);
      console.log(`${found.username} can no longer sign in.`);
    }),
  );

user
  .command('reset-password')
  .description('Set a new temporary password (also lifts a lockout)')
  .argument('<username>')
  .option('--password <password>', 'the new password (12+ characters); generated and printed if left out', password)
  .action((username: string, options: { password?: string }) =>
    withDatabase(async (database) => {
      const found = await existingUser(database, username);
      const chosen = options.password ?? generatedPassword();
      await resetPassword(database.db, cliActor, found.id, found.version, chosen);
      console.log(`${found.username}'s password is reset.`);
      if (!options.password) console.log(`Temporary password: ${chosen}`);
    }),
  );

const dbCommand = program.command('db').description('The database server: roles and privileges');

dbCommand
  .command('grant-runtime')
  .description(
    'Grant a role that owns nothing what Harbour needs (the audit trail: only select and insert), as the owner: DATABASE_MIGRATION_URL, else DATABASE_URL',
  )
  .requiredOption('--role <role>', 'the role Harbour signs in as (DATABASE_URL), e.g. harbour_app')
  .action(async (options: { role: string }) => {
    const config = configFromEnvironment();
    const ownerUrl = config.databaseMigrationUrl ?? config.databaseUrl;
    if (!ownerUrl)
      throw new Error('grant-runtime is for a PostgreSQL server: set DATABASE_MIGRATION_URL or DATABASE_URL');
    const owner = await openDatabase({ databaseUrl: ownerUrl });
    try {
      await migrateHarbour(owner.db);
      await grantRuntimeRole(owner.db, options.role);
      console.log(`${options.role} may now run Harbour: the audit trail is select and insert only.`);
    } finally {
      await owner.close();
    }
  });

const audit = program.command('audit').description('The audit trail');

audit
  .command('verify')
  .description("Walk the audit trail's hash chain and report the first broken link (exit code 1 when broken)")
  .action(() =>
    withDatabase(async (database) => {
      const started = Date.now();
      const report = await verifyAuditChain(database.db);
      const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (report.intact) {
        console.log(`Audit trail intact: ${report.events} events (last hash ${report.lastHash}; checked in ${took})`);
        return;
      }
      const where =
        report.eventId === null
          ? 'The audit trail is broken'
          : `The audit trail is broken at event ${report.eventId}` +
            (report.chainSeq === null ? '' : ` (link ${report.chainSeq})`);
      console.error(`${where}: ${report.problem}. ${report.events} events checked in ${took}.`);
      process.exitCode = 1;
    }),
  );

const dueItemsCommand = program
  .command('due-items')
  .description("Each child's due items, kept with their record for the managers' lists");

dueItemsCommand
  .command('check')
  .description(
    "Compare every child's stored due items with the timescale engine's answer today (exit code 1 when any differ)",
  )
  .action(() =>
    withDatabase(async (database) => {
      const started = Date.now();
      const { children, differing } = await storedDueItemsDiffer(database.db, systemClock().today());
      const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (differing.length === 0) {
        console.log(`Due items agree with the timescale engine for all ${children} children (checked in ${took})`);
        return;
      }
      for (const child of differing.slice(0, 10))
        console.error(
          `Child ${child.childId}: the engine has\n  ${child.engine.join('\n  ') || '(nothing)'}\nstored:\n  ${child.stored.join('\n  ') || '(nothing)'}`,
        );
      console.error(
        `Due items differ from the timescale engine for ${differing.length} of ${children} children (checked in ${took}). ` +
          'Run `harbour due-items rebuild` to recompute them.',
      );
      process.exitCode = 1;
    }),
  );

dueItemsCommand
  .command('rebuild')
  .description("Recompute every child's due items with the timescale engine")
  .action(() =>
    withDatabase(async (database) => {
      const started = Date.now();
      const children = await rebuildDueItems(database.db, (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${done} of ${total} children`);
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      console.log(`Due items recomputed for ${children} children in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }),
  );

// harbour seed [--scale S] [--years Y] [--seed N] [--end-date D] [--report]: the synthetic county.
registerSeedCommand(program, withDatabase);

// harbour indicators --month YYYY-MM [--json]: the performance indicators.
registerIndicatorsCommand(program, withDatabase, cliActor);
registerReturnsCommands(program);
registerExportCommands(program, withDatabase, cliActor);
registerInspectionAndFeedCommands(program, withDatabase, cliActor);
registerImportCommands(program, withDatabase, cliActor);

program.parseAsync().catch((error: Error) => {
  console.error(`harbour: ${error.message}`);
  process.exit(1);
});
