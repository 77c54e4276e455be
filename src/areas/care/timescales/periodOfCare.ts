// Looked-after records are placed in a period of care by their date, as in
// the SSDA903; a period still open runs to the as-of date.
import { type Temporal } from 'temporal-polyfill';
import { isAfter, isBefore, compareDates } from '../../../core/calendar.ts';
import { date, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { IsoDate } from '../../../core/timescales/journey.ts';
import type { PeriodOfCare } from '../journey.ts';

/** The dates of `records` that fall inside the period, earliest first. */
export function datesInPeriod(period: PeriodOfCare, records: readonly { date: IsoDate }[]): Temporal.PlainDate[] {
  const start = date(period.startDate);
  const end = optionalDate(period.endDate);
  return records
    .map((record) => date(record.date))
    .filter((on) => !isBefore(on, start) && !(end && isAfter(on, end)))
    .sort(compareDates);
}
