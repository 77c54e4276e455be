// Analysts' commentary on a figure: the story behind a period's number. Each save adds a version
// with its author and time; none is changed or removed, so what a report once said can be read back.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { recordAudit, type Actor } from '../../platform/access/audit.ts';

export interface Commentary {
  id: number;
  period: string;
  body: string;
  writtenBy: string;
  writtenAt: Date;
}

export const longestCommentary = 5000;

export function writeCommentary(
  db: Kysely<Database>,
  actor: Actor & { displayName: string },
  entry: { indicatorId: string; period: string; body: string },
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto('indicator_commentary')
      .values({
        indicator_id: entry.indicatorId,
        period: entry.period,
        body: entry.body,
        written_by: actor.userId,
        written_by_name: actor.displayName,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      event: 'settings-changed',
      recordType: 'indicator_commentary',
      recordId: id,
      detail: { indicator: entry.indicatorId, period: entry.period },
    });
    return Number(id);
  });
}

const commentaryOf = (row: Selectable<Database['indicator_commentary']>): Commentary => ({
  id: Number(row.id),
  period: row.period,
  body: row.body,
  writtenBy: row.written_by_name,
  writtenAt: row.written_at,
});

/** Every version of the commentary on an indicator's period, the latest first. */
export async function commentaryOn(db: Kysely<Database>, indicatorId: string, period: string): Promise<Commentary[]> {
  const rows = await db
    .selectFrom('indicator_commentary')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(commentaryOf);
}

/**
 * The commentary as it now reads (the latest version) on each of the periods, by indicator id, in
 * the periods' key order ('2025-10' … '2025-12', '2025-12-ytd'): what a committee report prints.
 */
export async function latestCommentary(
  db: Kysely<Database>,
  indicatorIds: readonly string[],
  periods: readonly string[],
): Promise<Map<string, Commentary[]>> {
  const byIndicator = new Map<string, Commentary[]>();
  if (!indicatorIds.length || !periods.length) return byIndicator;
  const rows = await db
    .selectFrom('indicator_commentary')
    .selectAll()
    .distinctOn(['indicator_id', 'period'])
    .where('indicator_id', 'in', indicatorIds)
    .where('period', 'in', periods)
    .orderBy('indicator_id')
    .orderBy('period')
    .orderBy('id', 'desc')
    .execute();
  for (const row of rows)
    byIndicator.set(row.indicator_id, [...(byIndicator.get(row.indicator_id) ?? []), commentaryOf(row)]);
  return byIndicator;
}
