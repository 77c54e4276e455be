// The committee report: the analyst picks indicators and a quarter, and Harbour assembles a
// printable report in the style of the council's quarterly performance report (HTML with print
// CSS, PDF when Chromium is installed), and its figures as CSV or XLSX. Aggregates only.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { asList, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { harbourStylesheet } from '../../platform/web/assets/styles.ts';
import { HttpError, NotFoundError } from '../../core/errors.ts';
import { indicatorById, indicators } from '../../reports/indicators/catalogue.ts';
import { indicatorGroups, type Indicator } from '../../reports/indicators/model.ts';
import { parseQuarter, recentQuarters, type Quarter } from '../../reports/indicators/quarters.ts';
import { committeePeriods, loadCommitteeReport } from '../../reports/indicators/committeeReport.ts';
import { computeIndicators } from '../../reports/indicators/compute.ts';
import { figuresTable } from '../../reports/indicators/exports.ts';
import { sendTable } from './indicatorReport.ts';
import { aggregatesOnly } from './indicatorPageParts.ts';
import { chromiumPath, pdfOf } from './indicatorReportPdf.ts';

const reportQuery = z.object({
  indicators: z.preprocess(
    asList,
    z
      .array(z.string().refine((id) => indicatorById(id) !== undefined, 'Select figures from the list'))
      .min(1, 'Select at least one figure')
      .max(indicators.length, 'Select each figure once'),
  ),
  quarter: z
    .string()
    .max(12)
    .refine((text) => parseQuarter(text) !== undefined, 'Select a quarter from the list'),
});

type Chosen = { quarter: Quarter; chosen: Indicator[] };

/** The report asked for, or the errors of the query; undefined when nothing has been asked yet. */
function chosenReport(req: Request): { value?: Chosen; errors?: FormErrors } | undefined {
  // The downloads name their quarter in the path (…/2025-26-Q3.pdf); the page in its query.
  const quarter = req.params.quarter ?? req.query.quarter;
  if (quarter === undefined && !('indicators' in req.query)) return undefined;
  const query = parseForm(reportQuery, { indicators: req.query.indicators, quarter });
  if (!query.ok) return { errors: query.errors };
  // The catalogue's order, whatever order the checkboxes came in.
  const picked = new Set(query.value.indicators);
  return {
    value: {
      quarter: parseQuarter(query.value.quarter)!,
      chosen: indicators.filter((indicator) => picked.has(indicator.id)),
    },
  };
}

/** What the report's pages show: the form's choices, and the report when one was asked for. */
async function reportPage(req: Request, res: Response) {
  const asked = chosenReport(req);
  const picked = new Set(asList(req.query.indicators));
  const quarters = recentQuarters(res.locals.services.clock.today(), 8);
  const quarterText = typeof req.query.quarter === 'string' ? req.query.quarter : quarters[0]!.key;
  const loaded = asked?.value
    ? await loadCommitteeReport(res.locals.services.db, asked.value.quarter, asked.value.chosen, {
        withholdSmall: aggregatesOnly(res),
      })
    : undefined;
  return {
    errors: asked?.errors,
    groups: Object.entries(indicatorGroups).flatMap(([group, title]) => {
      const items = indicators
        .filter((indicator) => indicator.group === group)
        .map((indicator) => ({ value: indicator.id, text: indicator.title, checked: picked.has(indicator.id) }));
      return items.length ? [{ id: group, title, items }] : [];
    }),
    quarterItems: quarters.map((quarter) => ({
      value: quarter.key,
      text: quarter.label,
      selected: quarter.key === quarterText,
    })),
    report: loaded?.report,
    charts: loaded && Object.fromEntries(loaded.charts),
    // The downloads ask for the same report: the choices as checked, never the raw query.
    indicatorsQuery:
      asked?.value &&
      new URLSearchParams(
        asked.value.chosen.map((indicator): [string, string] => ['indicators', indicator.id]),
      ).toString(),
    pdfAvailable: chromiumPath() !== undefined,
    aggregatesOnly: aggregatesOnly(res),
    pageTitle: loaded ? `Children’s services performance: ${loaded.report.quarter.label}` : 'Committee report',
  };
}

/** Renders a view to a string, for the PDF. */
const renderToString = (res: Response, view: string, locals: object) =>
  new Promise<string>((resolve, reject) =>
    res.render(view, locals, (error, html) => (error ? reject(error) : resolve(html))),
  );

const routes = new RouteTable()
  .get('/indicators/report', { permission: 'indicators:view', audit: 'none' }, async (req, res) => {
    const page = await reportPage(req, res);
    res.status(page.errors ? 400 : 200).render('pages/indicator-report', page);
  })
  .get('/indicators/report/:quarter.pdf', { permission: 'indicators:view', audit: 'none' }, async (req, res) => {
    if (!parseQuarter(String(req.params.quarter))) throw new NotFoundError();
    const page = await reportPage(req, res);
    if (!page.report) throw new HttpError(400, 'Choose the figures for the report first');
    const executable = chromiumPath();
    if (!executable) {
      res.render('pages/indicator-report-no-pdf', { ...page, pageTitle: 'The PDF cannot be made on this server' });
      return;
    }
    const html = await renderToString(res, 'pages/indicator-report-print', {
      ...page,
      stylesheet: await harbourStylesheet(),
    });
    res
      .type('application/pdf')
      .attachment(`performance-${page.report.quarter.key}.pdf`)
      .set('Cache-Control', 'no-store')
      .send(await pdfOf(html, executable));
  });

for (const format of ['csv', 'xlsx'] as const)
  routes.get(
    `/indicators/report/:quarter.${format}`,
    { permission: 'indicators:view', audit: 'children-listed' },
    async (req, res, { listed }) => {
      if (!parseQuarter(String(req.params.quarter))) throw new NotFoundError();
      const asked = chosenReport(req)?.value;
      if (!asked) throw new HttpError(400, 'Choose the figures for the report first');
      const { quarter, chosen } = asked;
      const values = await computeIndicators(res.locals.services.db, chosen, committeePeriods(quarter));
      // Figures only: the export names no child, and says so in the trail.
      await listed([], { indicators: chosen.map((indicator) => indicator.id), quarter: quarter.key, export: format });
      const table = figuresTable(`Performance ${quarter.key}`, chosen, committeePeriods(quarter), values, {
        withholdSmall: aggregatesOnly(res),
      });
      await sendTable(res, table, `performance-${quarter.key}`, format);
    },
  );

export const indicatorCommitteeReportRoutes = routes;
