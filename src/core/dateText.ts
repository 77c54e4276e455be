import type { Temporal } from 'temporal-polyfill';
import { harbourTimeZone } from './clock.ts';

// People read a calendar day as GOV.UK writes it: "2 December 2026". ISO dates ('2026-12-02') are for
// machines: CSV exports, form values and addresses. Every date shown to a person goes through here,
// on a page (the `date` filter), in a page title or in a message.
const longForm = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

const longFormWithTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: harbourTimeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A calendar day ('YYYY-MM-DD' or a PlainDate) in the long form: 2 December 2026. */
export const longDate = (day: Temporal.PlainDate | string): string =>
  longForm.format(new Date(`${day.toString()}T00:00:00Z`));

/** A moment as its day and 24-hour time in England: 2 December 2026 at 14:30. */
export const longDateTime = (moment: Date | string): string => longFormWithTime.format(new Date(moment));
