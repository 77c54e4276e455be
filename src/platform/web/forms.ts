import type { z } from 'zod';
import { fieldsWithUnstorableInput, unstorableMessage } from './input.ts';

export interface FormErrors {
  /** For the GOV.UK error summary. */
  list: { text: string; href: string }[];
  /** For each field's inline error message. */
  fields: Record<string, { text: string }>;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

/** Checks a posted form against its schema; errors keep the order of the schema's fields. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(body ?? {});
  const errors: FormErrors = { list: [], fields: {} };
  const add = (field: string, text: string) => {
    if (errors.fields[field]) return;
    errors.fields[field] = { text };
    errors.list.push({ text, href: `#${field}` });
  };
  const posted = (body ?? {}) as Record<string, unknown>;
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path.map(String).join('-') || 'form';
    // A field posted twice where one answer is expected (a crafted form): said plainly, not as zod's types.
    add(field, issue.code === 'invalid_type' && Array.isArray(posted[field]) ? oneAnswerMessage : issue.message);
  }
  // Fields the early guard took hidden characters out of (input.ts): the form is shown again to check.
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  for (const field of fieldsWithUnstorableInput())
    if (shape && field in shape) add(field, field === 'version' ? 'Reload the page and try again' : unstorableMessage);
  const data: unknown = result.success ? result.data : undefined;
  for (const [field, value] of Object.entries(typeof data === 'object' && data !== null ? data : {}))
    if (typeof value === 'number' && Number.isInteger(value) && !fitsInteger(value))
      add(field, field === 'version' ? 'Reload the page and try again' : tooLargeMessage);
  if (result.success && !errors.list.length) return { ok: true, value: result.data };
  return { ok: false, errors };
}

const oneAnswerMessage = 'Give one answer to this question';
const tooLargeMessage = 'Enter a smaller number, or choose from the list';

/** The range of PostgreSQL's integer, which every id, version and count column is. */
export const integerRange = { min: -2147483648, max: 2147483647 } as const;
export const fitsInteger = (value: number) => value >= integerRange.min && value <= integerRange.max;

export function singleError(field: string, text: string): FormErrors {
  return { list: [{ text, href: `#${field}` }], fields: { [field]: { text } } };
}

/** Checkboxes post nothing, one string or many: always hand the schema a list. */
export const asList = (value: unknown): string[] =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? value.map(fieldText) : [fieldText(value)];

/**
 * A field's value as text, whether posted (a string; an array when posted twice, which counts as its
 * first value) or read back from a record (a number id). Anything else is missing: ''.
 */
export const fieldText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? String(value)
      : Array.isArray(value) && value.length > 0
        ? fieldText(value[0])
        : '';
