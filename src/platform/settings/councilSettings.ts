import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { recordAudit, type Actor } from '../access/audit.ts';

/**
 * A council's own standards (visit frequencies, caseload aspirations…), kept as JSON in
 * harbour_settings. What is stored is checked against the schema and laid over the defaults,
 * so a setting added later simply takes its default until the council changes it.
 */
export async function readCouncilSetting<T extends object>(
  db: Kysely<Database>,
  key: string,
  schema: z.ZodType<Partial<T>>,
  defaults: Readonly<T>,
): Promise<T> {
  const row = await db.selectFrom('harbour_settings').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return { ...defaults };
  const parsed = schema.safeParse(JSON.parse(row.value));
  return parsed.success ? { ...defaults, ...parsed.data } : { ...defaults };
}

export function writeCouncilSetting<T extends object>(
  db: Kysely<Database>,
  actor: Actor,
  key: string,
  value: T,
): Promise<void> {
  return db.transaction().execute(async (trx) => {
    const json = JSON.stringify(value);
    await trx
      .insertInto('harbour_settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
    await recordAudit(trx, actor, {
      event: 'settings-changed',
      recordType: 'harbour_settings',
      recordId: key,
      detail: value as Record<string, unknown>,
    });
  });
}
