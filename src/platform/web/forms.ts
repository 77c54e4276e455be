import type { z } from 'zod';

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
  if (result.success) return { ok: true, value: result.data };
  const errors: FormErrors = { list: [], fields: {} };
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('-') || 'form';
    if (errors.fields[field]) continue;
    errors.fields[field] = { text: issue.message };
    errors.list.push({ text: issue.message, href: `#${field}` });
  }
  return { ok: false, errors };
}

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
