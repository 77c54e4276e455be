// The performance dashboard: every indicator a tile with its latest month and year to date, which
// way it moved, RAG against the council's target and England, and its trend. It reads the stored
// figures (indicator_values), refreshed daily in the background or when an analyst asks.
import type { Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { may, today } from '../../platform/web/childPages.ts';
import { indicators } from '../../reports/indicators/catalogue.ts';
import { indicatorGroups, type IndicatorValue } from '../../reports/indicators/model.ts';
import { indicatorRefreshState, indicatorValuesJob, storedValues } from '../../reports/indicators/store.ts';
import { versionedTargets } from '../../reports/indicators/targets.ts';
import { benchmarksOf } from '../../reports/indicators/benchmarks.ts';
import { monthPeriod } from '../../reports/indicators/periods.ts';
import { amberWithin } from '../../reports/indicators/judgements.ts';
import { latestEngland, tileOf } from './indicatorPresenters.ts';
import { aggregatesOnly } from './indicatorPageParts.ts';

/** How many months each tile's trend shows. */
const tileMonths = 24;

/**
 * The month the tiles show: the last complete month, or the last month stored when the figures are
 * older than that (a refresh still to run).
 */
function shownMonth(values: readonly IndicatorValue[], now: Temporal.PlainDate) {
  const stored = values.map((v) => v.period).filter((period) => !period.endsWith('-ytd'));
  const lastStored = stored.sort().at(-1);
  if (!lastStored) return undefined;
  const lastComplete = now.toPlainYearMonth().subtract({ months: 1 });
  const last = Temporal.PlainYearMonth.from(lastStored);
  return Temporal.PlainYearMonth.compare(last, lastComplete) < 0 ? last : lastComplete;
}

/** The dashboard's figures (with their charts, or without for the home page's headline). */
export async function dashboardOf(res: Response, withChart: boolean) {
  const { db } = res.locals.services;
  const [{ values, computedAt }, refresh, { value: targets }, benchmarks] = await Promise.all([
    storedValues(db),
    indicatorRefreshState(db),
    versionedTargets(db),
    benchmarksOf(db),
  ]);
  const month = shownMonth(values, today(res));
  const withheld = aggregatesOnly(res);
  const byIndicator = new Map<string, Map<string, IndicatorValue>>();
  for (const value of values) {
    const periods = byIndicator.get(value.indicatorId) ?? new Map<string, IndicatorValue>();
    periods.set(value.period, value);
    byIndicator.set(value.indicatorId, periods);
  }
  const tiles = month
    ? await Promise.all(
        indicators.map((indicator) =>
          tileOf(indicator, byIndicator.get(indicator.id) ?? new Map(), month, tileMonths, {
            target: targets[indicator.id],
            england: latestEngland(benchmarks, indicator.id),
            aggregatesOnly: withheld,
            withChart,
          }),
        ),
      )
    : [];
  const groups = Object.entries(indicatorGroups)
    .map(([id, title]) => ({ id, title, tiles: tiles.filter((tile) => tile.indicator.group === id) }))
    .filter((group) => group.tiles.length);
  return { month: month && monthPeriod(month), computedAt, refresh, groups, aggregatesOnly: withheld };
}

/** The home page's headline: the month shown, and the indicators red against their target or England. */
export async function performanceHeadline(res: Response) {
  const { month, computedAt, groups } = await dashboardOf(res, false);
  const red = groups
    .flatMap((group) => group.tiles)
    .filter((tile) => tile.against.target?.rag?.text === 'Red' || tile.against.england?.rag?.text === 'Red')
    .map((tile) => tile.indicator);
  return { month, computedAt, red };
}

export const indicatorDashboardRoutes = new RouteTable()
  .get('/indicators', { permission: 'indicators:view', audit: 'none' }, async (_req, res) => {
    res.render('pages/indicators/dashboard', {
      pageTitle: 'Performance',
      ...(await dashboardOf(res, true)),
      amberPercent: amberWithin * 100,
      mayRecompute: may(res, 'indicators:recompute'),
      maySetTargets: may(res, 'indicators:targets'),
      mayLoadBenchmarks: may(res, 'indicators:benchmarks'),
    });
  })
  .post('/indicators/recompute', { permission: 'indicators:recompute' }, async (req, res) => {
    const { db, jobs } = res.locals.services;
    // One refresh at a time: asking again while one runs waits for that one.
    const running = await indicatorRefreshState(db);
    if (!running || running.state === 'failed') await jobs.enqueue(indicatorValuesJob, res.locals.user!.username);
    req.session.flash = 'The figures are being recomputed. This page shows them when it is done.';
    res.redirect('/indicators');
  });
