// A canonical dump of what the generator wrote: every table it fills, rows in a fixed order,
// JSON-serialised and hashed. Two counties from the same inputs hash the same.
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { loadOrder, tableOf } from './tables.ts';

export async function countyFingerprint(db: Kysely<Database>): Promise<string> {
  const hash = crypto.createHash('sha256');
  const tables = [...new Set(loadOrder.map(tableOf))];
  for (const table of tables) {
    const { rows: columns } = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(
      db,
    );
    const order = Array.from({ length: columns[0]!.n }, (_, i) => i + 1).join(', ');
    const { rows } = await sql.raw<Record<string, unknown>>(`select * from ${table} order by ${order}`).execute(db);
    hash.update(`${table}\n`);
    for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  }
  const { rows: teams } = await sql<{ name: string }>`select name from teams order by name`.execute(db);
  hash.update(JSON.stringify(teams));
  const { rows: settings } = await sql<{
    value: string;
  }>`select value from harbour_settings where key = 'synthetic-county'`.execute(db);
  hash.update(JSON.stringify(settings));
  return hash.digest('hex');
}
