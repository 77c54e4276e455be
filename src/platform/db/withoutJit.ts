import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Runs a report's query (an indicator, a return's list) without PostgreSQL's JIT: such a query is
 * costed high enough to be compiled afresh each time, which took seconds where running it takes
 * milliseconds (Annex A's list 8 on the synthetic county: 6 s with JIT, well under one without).
 * `set local` keeps the choice to the query's own transaction.
 */
export function withoutJit<Row>(db: Kysely<Database>, query: RawBuilder<Row>): Promise<Row[]> {
  return db.transaction().execute(async (trx) => {
    await sql`set local jit = off`.execute(trx);
    return (await query.execute(trx)).rows;
  });
}
