import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit, type Actor } from '../access/audit.ts';
import { VersionConflictError } from '../../core/errors.ts';

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
  return (await readVersionedCouncilSetting(db, key, schema, defaults)).value;
}

/** A setting with the version its form carries (1, as for any record, until first saved), for writeCouncilSetting to check. */
export async function readVersionedCouncilSetting<T extends object>(
  db: Kysely<Database>,
  key: string,
  schema: z.ZodType<Partial<T>>,
  defaults: Readonly<T>,
): Promise<{ value: T; version: number }> {
  const row = await db
    .selectFrom('harbour_settings')
    .select(['value', 'version'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return { value: { ...defaults }, version: 1 };
  const parsed = schema.safeParse(JSON.parse(row.value));
  return { value: parsed.success ? { ...defaults, ...parsed.data } : { ...defaults }, version: row.version };
}

/**
 * Saves a setting over the version the person was looking at, or refuses (VersionConflictError)
 * when someone saved it since: one statement, so two saves from the same version cannot both win.
 * Inside a caller's transaction it is part of it (the job a change of standards starts).
 */
export function writeCouncilSetting<T extends object>(
  db: Kysely<Database>,
  actor: Actor,
  key: string,
  value: T,
  version: number,
): Promise<void> {
  return inTransaction(db, async (trx) => {
    const json = JSON.stringify(value);
    const saved = await trx
      .insertInto('harbour_settings')
      .values({ key, value: json, version: version + 1 })
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet((eb) => ({ value: json, version: eb('harbour_settings.version', '+', 1) }))
          .where('harbour_settings.version', '=', version),
      )
      .returning('version')
      .executeTakeFirst();
    if (saved?.version !== version + 1) throw new VersionConflictError('setting');
    await recordAudit(trx, actor, {
      event: 'settings-changed',
      recordType: 'harbour_settings',
      recordId: key,
      detail: value as Record<string, unknown>,
    });
  });
}
