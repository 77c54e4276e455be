// The figures the dashboard reads: every indicator over 36 months, computed in the background and
// kept in indicator_values, so the dashboard is a read of stored rows rather than ~70 queries.
import type { Kysely } from 'kysely';
import { inTransaction } from '../../platform/db/transaction.ts';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { dueItemsRebuildJob } from '../journey/storedDueItems.ts';
import { defineJob, latestJob, type JobProgress, type JobQueue } from '../../platform/jobs/jobs.ts';
import { computeIndicator, populationByYear } from './compute.ts';
import { indicators } from './catalogue.ts';
import { monthsEndingWith, seriesPeriods } from './periods.ts';
import type { IndicatorValue } from './model.ts';

/** How many months the stored series covers, ending with the current month. */
export const storedMonths = 36;

/** Stored figures older than this are recomputed when Harbour starts. */
const staleAfterMilliseconds = 24 * 60 * 60 * 1000;

/** Rows per insert statement: well under PostgreSQL's limit of bind parameters. */
const rowsPerInsert = 1000;

/**
 * Computes every indicator for each month and year to date of the 36 months ending with `last`,
 * and replaces the stored figures with them in one transaction: the dashboard never reads a mix.
 */
export async function refreshIndicatorValues(
  db: Kysely<Database>,
  last: Temporal.PlainYearMonth,
  progress: JobProgress = () => Promise.resolve(),
): Promise<number> {
  const periods = seriesPeriods(monthsEndingWith(last, storedMonths));
  const population = await populationByYear(db);
  let done = 0;
  await progress(0, indicators.length);
  const values = (
    await Promise.all(
      indicators.map(async (indicator) => {
        const computed = await computeIndicator(db, indicator, periods, population);
        await progress(++done, indicators.length);
        return computed;
      }),
    )
  ).flat();
  const computedAt = new Date();
  const rows = values.map((v) => ({
    indicator_id: v.indicatorId,
    period: v.period,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    computed_at: computedAt,
  }));
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('indicator_values').execute();
    for (let start = 0; start < rows.length; start += rowsPerInsert)
      await trx
        .insertInto('indicator_values')
        .values(rows.slice(start, start + rowsPerInsert))
        .execute();
  });
  return rows.length;
}

/** The background job that refreshes the stored figures: at start-up when stale, and on an analyst's request. */
export const indicatorValuesJob = 'indicator-values';
defineJob(indicatorValuesJob, async (db, progress) => {
  await refreshIndicatorValues(db, Temporal.Now.plainDateISO().toPlainYearMonth(), progress);
});

/** Every stored figure, and when they were computed (undefined when none are stored yet). */
export async function storedValues(db: Kysely<Database>): Promise<{ values: IndicatorValue[]; computedAt?: Date }> {
  const rows = await db.selectFrom('indicator_values').selectAll().execute();
  const computedAt = rows.reduce<Date | undefined>(
    (latest, row) => (latest && latest > row.computed_at ? latest : row.computed_at),
    undefined,
  );
  return {
    computedAt,
    values: rows.map((row) => ({
      indicatorId: row.indicator_id,
      period: row.period,
      value: row.value === null ? null : Number(row.value),
      numerator: Number(row.numerator),
      denominator: Number(row.denominator),
    })),
  };
}

/**
 * True when nothing is stored, the figures are more than a day old, or every child's due items were
 * rebuilt since they were computed (the on-time figures read the due items: a first start computes
 * the figures while the due items are still being built): `serve` then refreshes them.
 */
export async function indicatorValuesStale(db: Kysely<Database>, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('indicator_values')
    .select((eb) => eb.fn.max('computed_at').as('computed_at'))
    .executeTakeFirst();
  const at = row?.computed_at;
  if (!at || now.getTime() - new Date(at).getTime() > staleAfterMilliseconds) return true;
  const rebuild = await latestJob(db, dueItemsRebuildJob);
  return rebuild?.state === 'done' && rebuild.finished_at !== null && new Date(rebuild.finished_at) > new Date(at);
}

/** The refresh under way (queued or running) or the latest if it failed; nothing once the latest finished. */
export async function indicatorRefreshState(db: Kysely<Database>) {
  const latest = await latestJob(db, indicatorValuesJob);
  return latest && latest.state !== 'done' ? latest : undefined;
}

/** How often a running Harbour looks whether the stored figures have gone stale. */
export const stalenessCheckMilliseconds = 10 * 60 * 1000;

/** Starts a refresh when the stored figures are stale and none is queued or running: at start-up, then every 10 minutes. */
export async function refreshIfStale(db: Kysely<Database>, jobs: JobQueue, now: Date): Promise<void> {
  const refresh = await indicatorRefreshState(db);
  if (refresh?.state === 'queued' || refresh?.state === 'running') return;
  if (await indicatorValuesStale(db, now)) await jobs.enqueue(indicatorValuesJob, 'harbour');
}
