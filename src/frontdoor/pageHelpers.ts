// Helpers the front door and early help pages share: ids from the URL, opening a child's
// record, a date with a time of day, and GOV.UK errors gathered from several checks.
import type { Request, Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { harbourTimeZone } from '../core/clock.ts';
import { londonDate } from '../timescales/deadlines.ts';
import { NotFoundError } from '../core/errors.ts';
import { mayOpenChild } from '../people/restrictedAccess.ts';
import type { Child } from '../people/schema.ts';
import { dateInputItems, readDateInput } from '../web/dateInput.ts';
import type { FormErrors } from '../web/forms.ts';
import type { RecordIntegrityError } from '../records/integrity.ts';

/** A record id from the URL: anything but a whole positive number is a page that does not exist. */
export function idParam(req: Request, name = 'id'): number {
  const id = Number(req.params[name]);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError();
  return id;
}

/**
 * The child named in the URL, when this person may open their record. A restricted record
 * sends them to the break-glass page instead, and the caller gets undefined.
 */
export async function childToOpen(req: Request, res: Response): Promise<Child | undefined> {
  const { db } = res.locals.services;
  const child = await db.selectFrom('children').selectAll().where('id', '=', idParam(req)).executeTakeFirst();
  if (!child) throw new NotFoundError();
  if (await mayOpenChild(db, res.locals.user!, child)) return child;
  res.redirect(`/children/${child.id}/restricted`);
  return undefined;
}

export const childName = (child: Pick<Child, 'forename' | 'surname'>) => `${child.forename} ${child.surname}`;

export const noErrors = (): FormErrors => ({ list: [], fields: {} });

/** Adds one field's error, keeping the first message for a field as parseForm does. */
export function addError(errors: FormErrors, field: string, text: string, href = `#${field}`): void {
  if (errors.fields[field]) return;
  errors.fields[field] = { text };
  errors.list.push({ text, href });
}

/** A schema's errors added to the page's other checks. */
export function mergeErrors(errors: FormErrors, more: FormErrors): void {
  for (const item of more.list) addError(errors, item.href.slice(1), item.text, item.href);
}

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
export function refusalErrors(error: RecordIntegrityError, pageFields: readonly string[], dateFields: readonly string[] = [], about?: string): FormErrors {
  const field = pageFields.includes(error.field) ? error.field : pageFields[0]!;
  const errors = noErrors();
  addError(errors, field, about ? `${about}: ${error.message}` : error.message, dateFields.includes(field) ? `#${field}-day` : `#${field}`);
  return errors;
}

export const hasErrors = (errors: FormErrors) => errors.list.length > 0;

/**
 * A moment entered as the GOV.UK date input (`field-day`, `field-month`, `field-year`) and a
 * 24-hour time (`field-time`), read in England's time zone. `what` completes "the date …" and
 * "the time …" in messages: 'the contact was received'.
 */
export function readDateTimeInput(body: Record<string, unknown>, field: string, what: string, now: Temporal.ZonedDateTime, errors: FormErrors): Date | undefined {
  const date = readDateInput(body, field, { label: `The date ${what}`, notAfter: now.toPlainDate() });
  if (!date.ok) addError(errors, field, date.message, `#${field}-${date.part}`);
  const timeField = `${field}-time`;
  const typed = String(body[timeField] ?? '').trim();
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(typed);
  if (!typed) addError(errors, timeField, `Enter the time ${what}`);
  else if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) addError(errors, timeField, `Enter the time ${what} using the 24-hour clock, like 14:30`);
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
export function dateTimeInputItems(field: string, values: Record<string, unknown>, errors: FormErrors | undefined, stored?: Date) {
  const local = stored && Temporal.Instant.fromEpochMilliseconds(stored.getTime()).toZonedDateTimeISO(harbourTimeZone);
  const posted = values[`${field}-time`] as string | undefined;
  return {
    dateItems: dateInputItems(field, values, local?.toPlainDate().toString(), Boolean(errors?.fields[field])),
    time: posted ?? (local ? local.toPlainTime().toString({ smallestUnit: 'minute' }) : ''),
  };
}

/** A date entered with the GOV.UK date input, added to `errors` when it is missing or wrong. */
export function readDateField(body: Record<string, unknown>, field: string, rules: Parameters<typeof readDateInput>[2], errors: FormErrors): string | undefined {
  const date = readDateInput(body, field, rules);
  if (!date.ok) {
    addError(errors, field, date.message, `#${field}-${date.part}`);
    return undefined;
  }
  return date.value ?? undefined;
}

/** The London calendar day of a stored moment: the date a decision or contact belongs to. */
export const londonDay = (at: Date): string => londonDate(Temporal.Instant.fromEpochMilliseconds(at.getTime())).toString();
