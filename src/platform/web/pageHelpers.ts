// What the front door and early help pages add to the child record pages' helpers: a date with
// a time of day, errors ordered as the page reads, and a refusal shown on the page's own fields.
import { Temporal } from 'temporal-polyfill';
import { harbourTimeZone } from '../../core/clock.ts';
import { londonDate } from '../../core/timescales/deadlines.ts';
import { dateInputItems, readDateInput } from './dateInput.ts';
import { fieldText, type FormErrors } from './forms.ts';
import { addError, noErrors } from './childPages.ts';
import type { RecordIntegrityError } from '../records/integrity.ts';

/** Several checks' errors in the order the fields appear on the page, so the summary reads top to bottom. */
export function inPageOrder(errors: FormErrors, fieldOrder: readonly string[]): FormErrors {
  const rank = (href: string) => {
    const index = fieldOrder.findIndex((field) => href === `#${field}` || href.startsWith(`#${field}-`));
    return index === -1 ? fieldOrder.length : index;
  };
  return { fields: errors.fields, list: [...errors.list].sort((a, b) => rank(a.href) - rank(b.href)) };
}

/**
 * A refusal from the records shown on its field, or on the page's first field when the page has
 * no such field; `about` names the child when one write of several was refused.
 */
export function refusalOnPage(
  error: RecordIntegrityError,
  pageFields: readonly string[],
  dateFields: readonly string[] = [],
  about?: string,
): FormErrors {
  const field = pageFields.includes(error.field) ? error.field : pageFields[0]!;
  const errors = noErrors();
  addError(
    errors,
    field,
    about ? `${about}: ${error.message}` : error.message,
    dateFields.includes(field) ? `#${field}-day` : `#${field}`,
  );
  return errors;
}

/**
 * A moment entered as the GOV.UK date input (`field-day`, `field-month`, `field-year`) and a
 * 24-hour time (`field-time`), read in England's time zone. `what` completes "the date …" and
 * "the time …" in messages: 'the contact was received'.
 */
export function readDateTimeInput(
  body: Record<string, unknown>,
  field: string,
  what: string,
  now: Temporal.ZonedDateTime,
  errors: FormErrors,
): Date | undefined {
  const date = readDateInput(body, field, { label: `The date ${what}`, notAfter: now.toPlainDate() });
  if (!date.ok) addError(errors, field, date.message, `#${field}-${date.part}`);
  const timeField = `${field}-time`;
  const typed = fieldText(body[timeField]).trim();
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(typed);
  if (!typed) addError(errors, timeField, `Enter the time ${what}`);
  else if (!time || Number(time[1]) > 23 || Number(time[2]) > 59)
    addError(errors, timeField, `Enter the time ${what} using the 24-hour clock, like 14:30`);
  if (!date.ok || !date.value || !time || errors.fields[timeField]) return undefined;
  const moment = Temporal.PlainDate.from(date.value)
    .toPlainDateTime({ hour: Number(time[1]), minute: Number(time[2]) })
    .toZonedDateTime(harbourTimeZone)
    .toInstant();
  if (Temporal.Instant.compare(moment, now.toInstant()) > 0) {
    addError(errors, timeField, `The time ${what} must be now or in the past`);
    return undefined;
  }
  return new Date(moment.epochMilliseconds);
}

/** The date input's items and the time box's value for a moment field, from what was posted or a stored moment. */
export function dateTimeInputItems(
  field: string,
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
  stored?: Date,
) {
  const local = stored && Temporal.Instant.fromEpochMilliseconds(stored.getTime()).toZonedDateTimeISO(harbourTimeZone);
  const posted = values[`${field}-time`] as string | undefined;
  return {
    dateItems: dateInputItems(field, values, local?.toPlainDate().toString(), Boolean(errors?.fields[field])),
    time: posted ?? (local ? local.toPlainTime().toString({ smallestUnit: 'minute' }) : ''),
  };
}

/** The London calendar day of a stored moment: the date a decision or contact belongs to. */
export const londonDay = (at: Date): string =>
  londonDate(Temporal.Instant.fromEpochMilliseconds(at.getTime())).toString();
