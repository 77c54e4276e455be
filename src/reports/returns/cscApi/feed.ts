// `harbour export csc-api`: every child in scope as the DfE's CSC API records, in files of at most
// 100 children (one call each); with `since`, only the children whose record differs from what was
// last sent, their withdrawn records flagged for purging.
import fs from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { childrenListed, type Actor } from '../../../platform/access/audit.ts';
import { childrenWithSocialCare, cscRows } from './queries.ts';
import { batches, changedSince, cscChildren, type CscChild } from './shape.ts';

export const feedFile = /^csc-api-\d{4}\.json$/;

/** What Harbour last sent for each child. */
async function lastSent(db: Kysely<Database>) {
  const rows = await db.selectFrom('csc_api_sent').select(['la_child_id', 'hash', 'payload', 'sent_at']).execute();
  return rows;
}

export async function exportCscApi(
  db: Kysely<Database>,
  actor: Actor,
  options: { asAt: string; dir: string; since?: string },
): Promise<{ files: string[]; children: number; purged: number; named: number[] }> {
  await fs.mkdir(options.dir, { recursive: true });
  if ((await fs.readdir(options.dir)).some((name) => feedFile.test(name)))
    throw new Error(`${options.dir} already holds CSC API files: export into an empty folder`);
  const current = cscChildren(await cscRows(db, options.asAt));
  let items: CscChild[] = current;
  if (options.since) {
    const sent = await lastSent(db);
    // The delta builds on what Harbour last sent; a date with nothing sent on or after it would
    // name a baseline Harbour does not hold.
    const latest = await sql<{ latest: string | null }>`
      select max((sent_at at time zone 'Europe/London')::date)::text as latest from csc_api_sent`.execute(db);
    const latestSent = latest.rows[0]?.latest ?? null;
    if (!latestSent || latestSent < options.since)
      throw new Error(
        `Harbour has sent nothing to the CSC API on or since ${options.since}${latestSent ? ` (last sent ${latestSent})` : ''}: send a full export first`,
      );
    items = changedSince(
      current,
      new Map(sent.map((row) => [row.la_child_id, { hash: row.hash, payload: row.payload as unknown as CscChild }])),
      await childrenWithSocialCare(db),
    );
  }
  const named = items.filter((item) => !item.purge).map((item) => Number(item.la_child_id));
  await db
    .transaction()
    .execute((trx) =>
      childrenListed(trx, actor, named, { export: 'csc-api', asAt: options.asAt, since: options.since ?? null }),
    );
  const files: string[] = [];
  for (const [index, batch] of batches(items).entries()) {
    const file = path.join(options.dir, `csc-api-${String(index + 1).padStart(4, '0')}.json`);
    await fs.writeFile(file, `${JSON.stringify(batch, null, 1)}\n`);
    files.push(file);
  }
  return { files, children: items.length, purged: items.length - named.length, named };
}
