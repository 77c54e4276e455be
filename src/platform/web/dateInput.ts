import { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { parseForm, type FormErrors, type FormResult, fieldText } from './forms.ts';
import { fieldsWithUnstorableInput } from './input.ts';
import { longDate } from '../../core/dateText.ts';

/**
 * The GOV.UK date input pattern: three fields (field-day, field-month, field-year) read into one
 * 'YYYY-MM-DD' date, with the Design System's error messages.
 */
export interface DateRules {
  /** How the date is named in messages: 'Date of birth', 'The date of the visit'. */
  label: string;
  required?: boolean;
  /** 'past' allows today; 'future' allows today too. */
  notAfter?: Temporal.PlainDate;
  notBefore?: Temporal.PlainDate;
  notAfterMessage?: string;
  notBeforeMessage?: string;
  /**
   * The years a date may fall in at all, 1900 to 2100 unless the field says otherwise: a date of
   * year 0000 or 99999 is a slip of the keyboard (and outside what the database stores).
   */
  years?: { from: number; to: number; message?: string };
}

export const defaultYears = { from: 1900, to: 2100 } as const;

export type DateResult =
  { ok: true; value: string | null } | { ok: false; message: string; part: 'day' | 'month' | 'year' };

export function readDateInput(body: Record<string, unknown>, field: string, rules: DateRules): DateResult {
  const part = (name: string) => fieldText(body[`${field}-${name}`]).trim();
  const day = part('day');
  const month = part('month');
  const year = part('year');
  // A part the early guard took hidden characters out of (input.ts): shown again to check, never guessed at.
  const cleaned = (['day', 'month', 'year'] as const).find((name) =>
    fieldsWithUnstorableInput().has(`${field}-${name}`),
  );
  if (cleaned) return { ok: false, message: `${rules.label} must be a real date`, part: cleaned };
  if (!day && !month && !year)
    return rules.required === false
      ? { ok: true, value: null }
      : { ok: false, message: `Enter ${lower(rules.label)}`, part: 'day' };
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean) as ('day' | 'month' | 'year')[];
  if (missing.length)
    return { ok: false, message: `${rules.label} must include a ${missing.join(' and ')}`, part: missing[0]! };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return {
      ok: false,
      message: `${rules.label} must be a real date`,
      part: !/^\d{4}$/.test(year) ? 'year' : !/^\d{1,2}$/.test(month) ? 'month' : 'day',
    };
  }
  let date: Temporal.PlainDate;
  try {
    date = Temporal.PlainDate.from(
      { year: Number(year), month: Number(month), day: Number(day) },
      { overflow: 'reject' },
    );
  } catch {
    return { ok: false, message: `${rules.label} must be a real date`, part: 'day' };
  }
  const years = rules.years ?? defaultYears;
  if (date.year < years.from || date.year > years.to)
    return {
      ok: false,
      message: rules.years?.message ?? `${rules.label} must be between ${years.from} and ${years.to}`,
      part: 'year',
    };
  if (rules.notAfter && Temporal.PlainDate.compare(date, rules.notAfter) > 0) {
    return { ok: false, message: rules.notAfterMessage ?? `${rules.label} must be today or in the past`, part: 'day' };
  }
  if (rules.notBefore && Temporal.PlainDate.compare(date, rules.notBefore) < 0) {
    return {
      ok: false,
      message: rules.notBeforeMessage ?? `${rules.label} must be on or after ${longDate(rules.notBefore)}`,
      part: 'day',
    };
  }
  return { ok: true, value: date.toString() };
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The three fields' values for govukDateInput, from what was posted or from a stored date. */
export function dateInputItems(
  field: string,
  values: Record<string, unknown>,
  stored?: string | null,
  error?: boolean,
) {
  const [year, month, day] = stored ? stored.split('-') : [];
  const value = (name: string, fallback: string | undefined) =>
    (values[`${field}-${name}`] as string | undefined) ?? fallback?.replace(/^0/, '');
  const classes = (width: number) => `govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`;
  return [
    { name: 'day', label: 'Day', id: `${field}-day`, value: value('day', day), classes: classes(2) },
    { name: 'month', label: 'Month', id: `${field}-month`, value: value('month', month), classes: classes(2) },
    { name: 'year', label: 'Year', id: `${field}-year`, value: value('year', year), classes: classes(4) },
  ];
}

/**
 * A form's fields checked by its schema and its GOV.UK date inputs read, every problem listed
 * together (schema fields first, then dates in the order given).
 */
export function parseFormWithDates<S extends z.ZodType, D extends string>(
  schema: S,
  body: unknown,
  dates: Record<D, DateRules>,
): FormResult<z.infer<S> & Record<D, string | null>> {
  const form = parseForm(schema, body);
  const errors: FormErrors = form.ok ? { list: [], fields: {} } : form.errors;
  const values: Record<string, string | null> = {};
  for (const [field, rules] of Object.entries(dates) as [D, DateRules][]) {
    const date = readDateInput((body ?? {}) as Record<string, unknown>, field, rules);
    if (date.ok) values[field] = date.value;
    else {
      errors.fields[field] = { text: date.message };
      errors.list.push({ text: date.message, href: `#${field}-${date.part}` });
    }
  }
  if (!form.ok || errors.list.length) return { ok: false, errors };
  return { ok: true, value: Object.assign({}, form.value as object, values) as z.infer<S> & Record<D, string | null> };
}

/** A stored date as a date input's three answers, as a long form's draft keeps them. */
export function dateParts(field: string, stored: string | null): Record<string, string> {
  if (!stored) return {};
  const [year, month, day] = stored.split('-') as [string, string, string];
  return { [`${field}-day`]: String(Number(day)), [`${field}-month`]: String(Number(month)), [`${field}-year`]: year };
}

/** A date input's answers as a person reads them back: the date in words when it is one, else as typed. */
export function enteredDate(values: Record<string, unknown>, field: string): string {
  const result = readDateInput(values, field, { label: 'The date', required: false });
  if (result.ok) return result.value ? longDate(result.value) : '';
  return ['day', 'month', 'year'].map((part) => fieldText(values[`${field}-${part}`]).trim()).join(' / ');
}
