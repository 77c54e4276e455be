// Whether the database holds synthetic children, for the layout's "synthetic data" banner:
// checked at most once a minute, not on every request.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';

export function syntheticDataCheck(db: Kysely<Database>, maxAgeMs = 60_000): () => Promise<boolean> {
  let checkedAt = -Infinity;
  let holds = false;
  let pending: Promise<boolean> | undefined;
  return () => {
    if (performance.now() - checkedAt < maxAgeMs) return Promise.resolve(holds);
    pending ??= sql<{ synthetic: boolean }>`select exists (select 1 from children where is_synthetic) as synthetic`
      .execute(db)
      .then(({ rows }) => {
        holds = Boolean(rows[0]?.synthetic);
        checkedAt = performance.now();
        return holds;
      })
      .finally(() => (pending = undefined));
    return pending;
  };
}
