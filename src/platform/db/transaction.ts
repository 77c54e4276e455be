import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Runs `work` in a transaction: the caller's when it is already in one, else a new one. A
 * cross-area step (the front door deciding a referral for four siblings) runs every area's
 * command inside its own transaction this way, so all of them are written or none.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
