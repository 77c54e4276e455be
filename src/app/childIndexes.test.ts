import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabase } from './testing/testDatabase.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';

let database: HarbourDatabase;
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

// Tables kept per person or per session rather than read as a child's record.
const notReadByChild = new Set(['form_drafts', 'break_glass_openings', 'record_access_reasons']);

test("every table of a child's record can be read by child without reading the county", async () => {
  // An index serves "child_id in (…)" when the child is its first column and it covers every row
  // (not partial): a btree, or the GiST of an exclusion constraint (btree_gist).
  const { rows } = await sql<{ table_name: string }>`
    select c.relname as table_name
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'child_id' and not a.attisdropped
    where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
      and not exists (
        select 1 from pg_index i
        where i.indrelid = c.oid and i.indkey[0] = a.attnum
          and (i.indpred is null or pg_get_expr(i.indpred, i.indrelid) = '(child_id IS NOT NULL)')
      )
    order by 1`.execute(database.db);
  assert.deepEqual(
    rows.map((row) => row.table_name).filter((name) => !notReadByChild.has(name)),
    [],
    'these tables have no index leading with child_id that covers every row',
  );
});
