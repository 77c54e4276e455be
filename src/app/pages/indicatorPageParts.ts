// What every performance page reads the same way: the indicator its address names, who sees
// aggregates only, and the months and years to date a figure can be asked for.
import type { Request, Response } from 'express';
import type { Temporal } from 'temporal-polyfill';
import { may, today } from '../../platform/web/childPages.ts';
import { NotFoundError } from '../../core/errors.ts';
import { indicatorById } from '../../reports/indicators/catalogue.ts';
import type { Indicator, Period } from '../../reports/indicators/model.ts';
import { monthsEndingWith, seriesPeriods } from '../../reports/indicators/periods.ts';
import { storedMonths } from '../../reports/indicators/store.ts';

/** The indicator named by `:id`, else a page not found. */
export function indicatorInPath(req: Request): Indicator {
  const indicator = indicatorById(String(req.params.id));
  if (!indicator) throw new NotFoundError();
  return indicator;
}

/** Whether the signed-in person sees aggregates only, small numbers withheld: all but those who may see the children behind a figure. */
export const aggregatesOnly = (res: Response) => !may(res, 'indicators:children');

/** The latest month that has ended: the figures a page opens on. */
export const lastFullMonth = (res: Response): Temporal.PlainYearMonth =>
  today(res).toPlainYearMonth().subtract({ months: 1 });

/** The months a page offers, ending with the current month, and the periods (each month and year to date) a figure can be read for. */
export function pagePeriods(res: Response) {
  const months = monthsEndingWith(today(res).toPlainYearMonth(), storedMonths);
  return { months, periods: seriesPeriods(months) };
}

/** The periods as a select's items, newest first. */
export const periodItems = (periods: readonly Period[], chosen: string) =>
  [...periods].reverse().map((period) => ({
    value: period.key,
    text: period.kind === 'month' ? period.label : `Year to date: ${period.label}`,
    selected: period.key === chosen,
  }));
