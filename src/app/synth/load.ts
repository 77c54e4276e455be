// Loads a simulated county into the database with multi-row INSERTs in one transaction: every
// row with the id the simulation gave it (`overriding system value`), every constraint checked
// by the database as the stores' own writes are, then the identity sequences moved past the
// loaded ids so the application's next insert carries on from them.
import { rebuildDueItems } from '../../reports/journey/storedDueItems.ts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { SyntheticCounty, Progress } from './county.ts';
import { loadOrder, tableOf, type Row } from './tables.ts';

/** The part of the progress bar the rows take; working out every child's due items takes the rest. */
const loadingShare = 0.8;

/** Tables whose ids are `generated always as identity`. */
const identityTables = new Set(
  loadOrder
    .map(tableOf)
    .filter(
      (table) =>
        ![
          'population_estimates',
          'child_disabilities',
          'family_members',
          'contact_children',
          'pre_proceedings_children',
        ].includes(table),
    ),
);

const batchCharacters = 400_000;

function literal(value: Row[string]): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value))
    return `'{${value
      .map((item: string) => `"${item.replace(/["\\]/g, '\\$&')}"`)
      .join(',')
      .replace(/'/g, "''")}}'`;
  return `'${(value as string).replace(/'/g, "''")}'`;
}

export class CountyNotEmptyError extends Error {
  constructor(table: string) {
    super(`The database already holds records (${table}): seed an empty database, or start a new data directory.`);
    this.name = 'CountyNotEmptyError';
  }
}

/** The tables the generator writes that already hold rows, if any. */
export async function occupiedTables(db: Kysely<Database>): Promise<string[]> {
  const tables = [...new Set(loadOrder.map(tableOf))];
  const { rows } = await sql<{
    table: string;
  }>`${sql.raw(tables.map((table) => `select '${table}' as table where exists (select 1 from ${table})`).join(' union all '))}`.execute(
    db,
  );
  return rows.map((row) => row.table);
}

export interface LoadOptions {
  /** Check foreign keys row by row as the stores' writes are (slower), rather than in bulk once loaded. */
  perRowChecks?: boolean;
}

/**
 * Foreign keys are checked by triggers, one query per row: the main cost of a bulk load. Where the
 * database allows it (PGlite; a server role with the right), they are switched off for this
 * transaction and every foreign key is checked afterwards in bulk, so a bad row still fails the load.
 */
async function foreignKeyTriggersOff(trx: Kysely<Database>): Promise<boolean> {
  try {
    await sql.raw('savepoint harbour_seed_role').execute(trx);
    await sql.raw('set local session_replication_role = replica').execute(trx);
    await sql.raw('release savepoint harbour_seed_role').execute(trx);
    return true;
  } catch {
    await sql.raw('rollback to savepoint harbour_seed_role').execute(trx);
    return false;
  }
}

export class ForeignKeyViolationError extends Error {
  constructor(constraint: string, table: string, count: number) {
    super(`${count} generated ${table} rows break ${constraint}`);
    this.name = 'ForeignKeyViolationError';
  }
}

/** Every foreign key of the loaded tables, checked set-wise: rows whose key is all present but matches nothing. */
async function verifyForeignKeys(trx: Kysely<Database>, tables: string[]): Promise<void> {
  const { rows } = await sql<{
    name: string;
    child: string;
    parent: string;
    child_columns: string[];
    parent_columns: string[];
  }>`
    select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as child_columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as parent_columns
    from pg_constraint c
    where c.contype = 'f' and c.conrelid::regclass::text = any(${tables}::text[])
    order by 1`.execute(trx);
  for (const fk of rows) {
    const present = fk.child_columns.map((column) => `c.${column} is not null`).join(' and ');
    const matches = fk.child_columns.map((column, i) => `p.${fk.parent_columns[i]} = c.${column}`).join(' and ');
    const { rows: found } = await sql<{
      count: number;
    }>`${sql.raw(`select count(*)::int as count from ${fk.child} c where ${present} and not exists (select 1 from ${fk.parent} p where ${matches})`)}`.execute(
      trx,
    );
    if (found[0]!.count > 0) throw new ForeignKeyViolationError(fk.name, fk.child, found[0]!.count);
  }
}

export async function loadCounty(
  db: Kysely<Database>,
  county: SyntheticCounty,
  progress: Progress = () => undefined,
  options: LoadOptions = {},
): Promise<Record<string, number>> {
  const occupied = await occupiedTables(db);
  if (occupied.length) throw new CountyNotEmptyError(occupied.join(', '));
  const totalRows = [...county.tables.rows.values()].reduce((sum, rows) => sum + rows.length, 0);
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    // Teams are found by name (the demo accounts may have made some) or created.
    const teamIds = new Map<number, number>();
    for (const team of county.teams) {
      const { rows } = await sql<{ id: number }>`
        with found as (select id from teams where name = ${team.name}),
        made as (insert into teams (name, created_at) select ${team.name}, ${team.createdAt}::timestamptz where not exists (select 1 from found) returning id)
        select id from found union all select id from made`.execute(trx);
      teamIds.set(team.localId, rows[0]!.id);
    }
    const deferredForeignKeys = !options.perRowChecks && (await foreignKeyTriggersOff(trx));
    let done = 0;
    for (const key of loadOrder) {
      const rows = county.tables.rows.get(key);
      if (!rows?.length) continue;
      const table = tableOf(key);
      const columns = Object.keys(rows[0]!);
      const teamColumn = columns.indexOf('team_id');
      const head = `insert into ${table} (${columns.join(', ')})${identityTables.has(table) ? ' overriding system value' : ''} values `;
      let values: string[] = [];
      let length = 0;
      const flush = async () => {
        if (!values.length) return;
        await sql.raw(head + values.join(',')).execute(trx);
        done += values.length;
        values = [];
        length = 0;
        progress((done / totalRows) * loadingShare, `loading ${table.replace(/_/g, ' ')}`);
      };
      for (const row of rows) {
        const cells = columns.map((column, i) =>
          i === teamColumn && row[column] !== null ? String(teamIds.get(row[column] as number)) : literal(row[column]!),
        );
        const text = `(${cells.join(',')})`;
        values.push(text);
        length += text.length;
        if (length > batchCharacters) await flush();
      }
      await flush();
      counts[table] = (counts[table] ?? 0) + rows.length;
    }
    if (deferredForeignKeys) {
      await sql.raw('set local session_replication_role = origin').execute(trx);
      progress(loadingShare, 'checking the records');
      await verifyForeignKeys(trx, Object.keys(counts));
    }
    // What was generated, so `harbour seed --report` knows the county's end date.
    await sql`insert into harbour_settings (key, value) values ('synthetic-county', ${JSON.stringify(county.options)})
      on conflict (key) do update set value = excluded.value`.execute(trx);
    // The application's next record continues after the generated ones.
    for (const table of identityTables) {
      if (!counts[table]) continue;
      await sql
        .raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`)
        .execute(trx);
    }
  });
  // The county is loaded in bulk rather than record by record, so every child's due items are
  // computed once here.
  await rebuildDueItems(db, (done, total) =>
    progress(loadingShare + (done / Math.max(total, 1)) * (1 - loadingShare), 'working out what is due'),
  );
  // Fresh statistics for the planner: without them every child's page scans whole tables, and the
  // embedded database has no autovacuum to gather them later.
  await sql`analyze`.execute(db);
  return counts;
}
