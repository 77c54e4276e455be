// An indicator's own page: its definition, its monthly series and years to date computed live from
// today's records (one query), benchmarks, the analysts' commentary, and — to those who may see
// them — the children behind the figure, named only where the person may know of them.
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable, type Listed } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { may, namesShownTo } from '../../platform/web/childPages.ts';
import { NotFoundError } from '../../core/errors.ts';
import { breakdownTitles, type Indicator, type Period } from '../../reports/indicators/model.ts';
import { childrenBehind, computeIndicator, populationByYear } from '../../reports/indicators/compute.ts';
import { benchmarksOf } from '../../reports/indicators/benchmarks.ts';
import { commentaryOn, longestCommentary, writeCommentary } from '../../reports/indicators/commentary.ts';
import { versionedTargets } from '../../reports/indicators/targets.ts';
import { formatValue } from '../../reports/indicators/format.ts';
import { seriesChart, seriesOf } from './indicatorPresenters.ts';
import { aggregatesOnly, indicatorInPath, lastFullMonth, pagePeriods, periodItems } from './indicatorPageParts.ts';
import { shownFigure } from '../../reports/indicators/smallNumbers.ts';

const unitWords = {
  count: 'A number',
  rate10k: 'A rate per 10,000 children aged 0 to 17',
  percent: 'A percentage',
  days: 'An average number of days',
  weeks: 'An average number of weeks',
  average: 'An average',
} as const;
const polarityWords = {
  higher: 'Higher is better',
  lower: 'Lower is better',
  neutral: 'Neither higher nor lower is better',
};
/** Units whose denominator is a group of children worth listing (a rate's is the whole population). */
const listsDenominator = (indicator: Indicator) => !['count', 'rate10k'].includes(indicator.unit);

/** The children behind the figure the person may be named, numerator and denominator, and how many are withheld. */
async function childrenListed(res: Response, indicator: Indicator, period: Period, listed: Listed) {
  if (aggregatesOnly(res)) {
    await listed([], { indicator: indicator.id, period: period.key });
    return undefined;
  }
  const behind = await childrenBehind(res.locals.services.db, indicator, period);
  const { names, withheld } = await namesShownTo(
    res,
    behind.map((child) => child.childId),
  );
  const named = (rows: typeof behind) =>
    rows.flatMap((row) => (names.has(row.childId) ? [{ id: row.childId, name: names.get(row.childId)! }] : []));
  const numerator = behind.filter((row) => row.inNumerator);
  const denominator = listsDenominator(indicator) ? behind.filter((row) => row.inDenominator) : [];
  await listed([...names.keys()], { indicator: indicator.id, period: period.key });
  return {
    numerator: { children: named(numerator), withheld: numerator.length - named(numerator).length },
    denominator: listsDenominator(indicator)
      ? { children: named(denominator), withheld: denominator.length - named(denominator).length }
      : undefined,
    withheld,
  };
}

export const indicatorPageRoutes = new RouteTable()
  .get('/indicators/:id', { permission: 'indicators:view', audit: 'children-listed' }, async (req, res, { listed }) => {
    const indicator = indicatorInPath(req);
    const { db } = res.locals.services;
    const { months, periods } = pagePeriods(res);
    const asked = typeof req.query.period === 'string' ? req.query.period : lastFullMonth(res).toString();
    const period = periods.find((p) => p.key === asked);
    if (!period) throw new NotFoundError();
    const withheld = aggregatesOnly(res);
    const [values, benchmarks, commentary, { value: targets }, children] = await Promise.all([
      populationByYear(db).then((population) => computeIndicator(db, indicator, periods, population)),
      benchmarksOf(db, indicator.id),
      commentaryOn(db, indicator.id, period.key),
      versionedTargets(db),
      childrenListed(res, indicator, period, listed),
    ]);
    const byPeriod = new Map(values.map((v) => [v.period, v]));
    const rows = seriesOf(indicator, byPeriod, months, withheld);
    const target = targets[indicator.id];
    res.render('pages/indicators/indicator', {
      pageTitle: indicator.title,
      indicator,
      unitWords: unitWords[indicator.unit],
      polarityWords: polarityWords[indicator.polarity],
      target: target === undefined ? undefined : formatValue(indicator.unit, target),
      period,
      figure: shownFigure(indicator.unit, byPeriod.get(period.key), withheld),
      periodItems: periodItems(periods, period.key),
      rows: [...rows].reverse(),
      chart: await seriesChart(indicator, rows, target, { width: 560, height: 200 }),
      benchmarks: benchmarks.map((b) => ({ ...b, text: formatValue(indicator.unit, b.value) })),
      commentary,
      children,
      breakdowns: (indicator.breakdowns ?? []).map((by) => ({ by, title: breakdownTitles[by] })),
      aggregatesOnly: withheld,
      mayComment: may(res, 'indicators:comment'),
      mayOpenChildren: may(res, 'child:view'),
      hasDenominator: listsDenominator(indicator),
    });
  })
  .post('/indicators/:id/commentary', { permission: 'indicators:comment' }, async (req, res) => {
    const indicator = indicatorInPath(req);
    const { periods } = pagePeriods(res);
    const schema = z.object({
      period: z
        .string()
        .refine((key) => periods.some((p) => p.key === key), 'Select the month or year the commentary is about'),
      commentary: z
        .string()
        .trim()
        .min(1, 'Enter the commentary')
        .max(longestCommentary, `Commentary must be ${longestCommentary.toLocaleString('en-GB')} characters or fewer`),
    });
    const form = parseForm(schema, req.body);
    if (!form.ok) return renderCommentaryForm(res, indicator, periods, req.body, form.errors);
    const user = res.locals.user!;
    await writeCommentary(
      res.locals.services.db,
      { ...res.locals.actor, displayName: user.display_name },
      {
        indicatorId: indicator.id,
        period: form.value.period,
        body: form.value.commentary,
      },
    );
    req.session.flash = 'Your commentary is saved.';
    res.redirect(`/indicators/${indicator.id}?period=${encodeURIComponent(form.value.period)}#commentary`);
  });

/** The commentary form again with what was entered and what is wrong with it. */
function renderCommentaryForm(
  res: Response,
  indicator: Indicator,
  periods: readonly Period[],
  values: Record<string, unknown>,
  errors: FormErrors,
) {
  res.status(400).render('pages/indicators/commentary', {
    pageTitle: `Commentary on ${indicator.title}`,
    indicator,
    values,
    errors,
    periodItems: periodItems(periods, typeof values.period === 'string' ? values.period : ''),
  });
}
