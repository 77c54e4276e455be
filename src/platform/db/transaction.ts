import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

type ChildrenChangedListener = (trx: Kysely<Database>, childIds: readonly number[]) => Promise<void>;
let childrenChangedListener: ChildrenChangedListener | undefined;
/** The children whose record changed in each open transaction, settled before it commits. */
const changedInTransaction = new WeakMap<Kysely<Database>, Set<number>>();

/**
 * What else changes with a child's record, in the same transaction, once the writing is done:
 * the app sets it (their due items, recomputed by the timescale engine), as this layer cannot
 * reach the engine.
 */
export function whenChildrenChange(listener: ChildrenChangedListener | undefined): void {
  childrenChangedListener = listener;
}

/**
 * Notes a change to a child's record. Inside a transaction opened by `inTransaction` the listener
 * runs once for all its children just before it commits, when every row of the change is written;
 * in another transaction it runs at once within it, and outside any in a transaction of its own.
 */
export async function childChanged(executor: Kysely<Database>, childId: number): Promise<void> {
  const pending = changedInTransaction.get(executor);
  if (pending) pending.add(childId);
  // Outside a transaction the recomputation gets its own, so it is one change with its lock held.
  else if (!executor.isTransaction)
    await executor.transaction().execute((trx) => childrenChangedListener?.(trx, [childId]) ?? Promise.resolve());
  else await childrenChangedListener?.(executor, [childId]);
}

/**
 * Runs `work` in a transaction: the caller's when it is already in one, else a new one. A
 * cross-area step (the front door deciding a referral for four siblings) runs every area's
 * command inside its own transaction this way, so all of them are written or none.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(async (trx) => {
    const changed = new Set<number>();
    changedInTransaction.set(trx, changed);
    const result = await work(trx);
    changedInTransaction.delete(trx);
    if (changed.size) await childrenChangedListener?.(trx, [...changed]);
    return result;
  });
}
