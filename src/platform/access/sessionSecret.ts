import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * SESSION_SECRET when given; otherwise one generated on first start and kept in the database,
 * so sessions survive restarts without anyone having to invent a secret.
 */
export async function resolveSessionSecret(db: Kysely<Database>, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db
    .insertInto('harbour_settings')
    .values({ key: 'session-secret', value: crypto.randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('harbour_settings')
    .select('value')
    .where('key', '=', 'session-secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
