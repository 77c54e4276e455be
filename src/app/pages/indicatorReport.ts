// An indicator's figure by team and by locality (with the locality map), and any indicator's series
// as CSV or XLSX. Aggregates only: no page or export here names a child, and figures resting on 1
// to 4 children are withheld from leaders and members. Exports are audited as lists are.
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { sendCsv } from '../../platform/web/csv.ts';
import { HttpError, NotFoundError } from '../../core/errors.ts';
import { breakdownTitles, type Breakdown, type Period } from '../../reports/indicators/model.ts';
import { computeIndicators } from '../../reports/indicators/compute.ts';
import {
  monthPeriod,
  monthsEndingWith,
  parseMonth,
  seriesPeriods,
  yearToDatePeriod,
} from '../../reports/indicators/periods.ts';
import { indicatorBreakdown } from '../../reports/indicators/breakdown.ts';
import { formatValue } from '../../reports/indicators/format.ts';
import { localityMapSvg } from '../../reports/indicators/localityMap.ts';
import { seriesTable, tableCells, tableXlsx, type ExportTable } from '../../reports/indicators/exports.ts';
import { aggregatesOnly, indicatorInPath, lastFullMonth, pagePeriods, periodItems } from './indicatorPageParts.ts';

/** '2025-12' (the month) or '2025-12-ytd' (the year to date ending with it). */
function parsePeriod(text: string): Period | undefined {
  const match = /^(\d{4}-\d{2})(-ytd)?$/.exec(text);
  const month = match && parseMonth(match[1]!);
  if (!month || month.year < 2000 || month.year > 2100) return undefined;
  return match[2] ? yearToDatePeriod(month) : monthPeriod(month);
}

/** Sends a table as CSV or XLSX, named after the file. */
export async function sendTable(res: Response, table: ExportTable, filename: string, format: 'csv' | 'xlsx') {
  if (format === 'csv')
    return sendCsv(
      res,
      `${filename}.csv`,
      table.columns.map((column) => column.header),
      tableCells(table),
    );
  res
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .attachment(`${filename}.xlsx`)
    .set('Cache-Control', 'no-store');
  return res.send(await tableXlsx(table));
}

const breakdownQuery = z.object({
  by: z.enum(Object.keys(breakdownTitles) as [Breakdown, ...Breakdown[]], { message: 'Select a breakdown' }).optional(),
  period: z.string().max(20).optional(),
});

const seriesQuery = z.object({
  to: z.string().max(7).optional(),
  months: z.coerce.number().int().min(1).max(60).optional(),
});

/** The months a series export covers by default: three years, as the dashboard's longest chart. */
const seriesMonths = 36;

const routes = new RouteTable().get(
  '/indicators/:id/breakdown',
  { permission: 'indicators:view', audit: 'none' },
  async (req, res) => {
    const indicator = indicatorInPath(req);
    const offered = indicator.breakdowns ?? [];
    if (!offered.length) throw new NotFoundError();
    const query = parseForm(breakdownQuery, req.query);
    const latest = lastFullMonth(res);
    let errors: FormErrors | undefined = query.ok ? undefined : query.errors;
    const by: Breakdown = query.ok && query.value.by && offered.includes(query.value.by) ? query.value.by : offered[0]!;
    const periodText = (query.ok && query.value.period) || latest.toString();
    const period = parsePeriod(periodText);
    if (!period)
      errors = {
        list: [...(errors?.list ?? []), { text: 'Select a month or a year to date', href: '#period' }],
        fields: { ...errors?.fields, period: { text: 'Select a month or a year to date' } },
      };
    const shown = period ?? monthPeriod(latest);
    const breakdown = await indicatorBreakdown(res.locals.services.db, indicator, shown, by, {
      withholdSmall: aggregatesOnly(res),
    });
    const map =
      by === 'locality'
        ? localityMapSvg(
            breakdown.rows.map((row) => ({ locality: row.group, value: row.value, text: row.text })),
            {
              title: `Map of the county's localities shaded by ${indicator.title.toLowerCase()}, ${shown.label}`,
              format: (value) => formatValue(breakdown.unit, Math.round(value * 10) / 10),
            },
          )
        : undefined;
    res.status(errors ? 400 : 200).render('pages/indicator-report-breakdown', {
      pageTitle: `${indicator.title} by ${breakdownTitles[by].toLowerCase()}`,
      errors,
      indicator,
      by,
      byItems: offered.map((value) => ({ value, text: breakdownTitles[value], checked: value === by })),
      periodItems: periodItems(pagePeriods(res).periods, periodText),
      period: shown,
      breakdown,
      groupTitle: breakdownTitles[by],
      countsForRate: indicator.unit === 'rate10k',
      map,
      withheldShown: breakdown.rows.some((row) => row.withheld) || breakdown.county.withheld,
      aggregatesOnly: aggregatesOnly(res),
    });
  },
);

for (const format of ['csv', 'xlsx'] as const)
  routes.get(
    `/indicators/:id/series.${format}`,
    { permission: 'indicators:view', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const indicator = indicatorInPath(req);
      const query = parseForm(seriesQuery, req.query);
      const to = query.ok && query.value.to ? parseMonth(query.value.to) : lastFullMonth(res);
      if (!query.ok || !to) throw new HttpError(400, 'Choose a month as YYYY-MM and from 1 to 60 months');
      const periods = seriesPeriods(monthsEndingWith(to, query.value.months ?? seriesMonths));
      const values = await computeIndicators(res.locals.services.db, [indicator], periods);
      // Figures only: the export names no child, and says so in the trail.
      await listed([], { indicator: indicator.id, export: format, to: to.toString() });
      await sendTable(
        res,
        seriesTable(indicator, periods, values, { withholdSmall: aggregatesOnly(res) }),
        `${indicator.id}-${to.toString()}`,
        format,
      );
    },
  );

export const indicatorReportRoutes = routes;
