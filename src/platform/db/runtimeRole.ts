import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Tables the runtime role may read and add to, never change: the audit trail. */
const appendOnly = ['audit_events'];
/** Tables the runtime role may only read: the chain's head (its trigger writes it as the owner) and the migrator's. */
const readOnly = ['audit_chain_head', 'kysely_migration', 'kysely_migration_lock'];

/** pg-boss's schema, when the server's job queue is installed. */
export const jobQueueSchema = 'pgboss';

const rolePattern = /^[a-z_][a-z0-9_$]*$/i;

/**
 * On a PostgreSQL server Harbour runs as a role that owns nothing (DATABASE_URL) and migrates as
 * the tables' owner (DATABASE_MIGRATION_URL). Run by the owner after every migration: the runtime
 * role may select, insert, update and delete in the ordinary tables and use their sequences, only
 * select and insert in the audit trail, and only select the chain's head, so it can neither
 * rewrite an audit event nor switch its triggers off (only an owner can).
 */
export async function grantRuntimeRole(db: Kysely<Database>, role: string): Promise<void> {
  if (!rolePattern.test(role)) throw new Error(`"${role}" is not a plain role name`);
  const who = sql.id(role);
  const { rows } = await sql<{ schema: string; known: boolean }>`
    select current_schema() as schema, exists (select 1 from pg_roles where rolname = ${role}) as known`.execute(db);
  const { schema, known } = rows[0]!;
  if (!known) throw new Error(`There is no database role called ${role}`);
  const { rows: owned } = await sql<{ count: number }>`
    select count(*) as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = ${schema} and pg_get_userbyid(c.relowner) = ${role}`.execute(db);
  if (Number(owned[0]!.count) > 0)
    throw new Error(`${role} owns tables in ${schema}: the runtime role must own none (migrate as another role)`);

  const inSchema = sql.id(schema);
  await db.transaction().execute(async (trx) => {
    await sql`grant usage on schema ${inSchema} to ${who}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema ${inSchema} to ${who}`.execute(trx);
    await sql`grant usage, select on all sequences in schema ${inSchema} to ${who}`.execute(trx);
    const present = async (table: string) =>
      (await sql<{ found: boolean }>`select to_regclass(${table}) is not null as found`.execute(trx)).rows[0]!.found;
    // The job queue's own schema (pg-boss, installed by the owner at migration): sending and
    // taking jobs is reading and writing its tables.
    const { rows: queue } = await sql<{ found: boolean }>`
      select exists (select 1 from pg_namespace where nspname = ${jobQueueSchema}) as found`.execute(trx);
    if (queue[0]!.found) {
      const queueSchema = sql.id(jobQueueSchema);
      await sql`grant usage on schema ${queueSchema} to ${who}`.execute(trx);
      await sql`grant select, insert, update, delete on all tables in schema ${queueSchema} to ${who}`.execute(trx);
      await sql`grant usage, select on all sequences in schema ${queueSchema} to ${who}`.execute(trx);
      await sql`grant execute on all functions in schema ${queueSchema} to ${who}`.execute(trx);
    }
    for (const table of appendOnly) {
      await sql`revoke update, delete, truncate, references, trigger on ${sql.id(table)} from ${who}`.execute(trx);
    }
    for (const table of readOnly) {
      if (!(await present(table))) continue;
      await sql`revoke insert, update, delete, truncate, references, trigger on ${sql.id(table)} from ${who}`.execute(
        trx,
      );
    }
  });
}
