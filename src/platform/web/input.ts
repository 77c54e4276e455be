// The one early guard on what a browser (or anything else) sends: characters Harbour cannot store or
// show safely are taken out of every posted field and query value before any route reads them, and
// the fields they were taken from are remembered for the request, so the form helpers (parseForm,
// readDateInput, noErrors) report a GOV.UK error on that field and the form is shown again with what
// was typed, minus those characters. PostgreSQL refuses NUL in text, so before this a stray NUL was a 500.
import { AsyncLocalStorage } from 'node:async_hooks';
import querystring from 'node:querystring';
import type { RequestHandler } from 'express';

/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1) and unpaired surrogates:
 * nothing a person types, and NUL and lone surrogates cannot be stored in PostgreSQL text at all.
 */
const unstorable =
  // Matching control characters is this expression's purpose.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const unstorableMessage =
  'This answer had hidden characters Harbour cannot keep, so they have been taken out. Check the answer and send it again';

/** A value as posted with the unstorable characters taken out; true in `changed` when any were. */
export function withoutUnstorable(value: string): { value: string; changed: boolean } {
  const cleaned = value.replace(unstorable, '');
  return { value: cleaned, changed: cleaned.length !== value.length };
}

const problems = new AsyncLocalStorage<ReadonlySet<string>>();

/** The fields of this request that had unstorable characters taken out (posted or in the query). */
export const fieldsWithUnstorableInput = (): ReadonlySet<string> => problems.getStore() ?? new Set();

/** Cleans each string of a parsed form or query in place, noting the field names it changed. */
function clean(values: Record<string, unknown>, changed: Set<string>): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      const result = withoutUnstorable(value);
      if (result.changed) {
        values[key] = result.value;
        changed.add(key);
      }
    } else if (Array.isArray(value)) {
      values[key] = value.map((item: unknown) => {
        if (typeof item !== 'string') return item;
        const result = withoutUnstorable(item);
        if (result.changed) changed.add(key);
        return result.value;
      });
    }
  }
  // A field's name is text too: one with unstorable characters is dropped (no form of Harbour's has one).
  for (const key of Object.keys(values)) {
    if (withoutUnstorable(key).changed) {
      delete values[key];
      changed.add('form');
    }
  }
}

/**
 * The query parser Express is given: Node's simple parser (as Express's own 'simple'), with the
 * unstorable characters taken out, so a search for "a\0" is a search for "a", never a 500.
 */
export function cleanQueryParser(text: string): Record<string, unknown> {
  const parsed = { ...querystring.parse(text) } as Record<string, unknown>;
  clean(parsed, new Set());
  return parsed;
}

/** After the body parser: cleans the form and query, and remembers the fields it changed for the request. */
export const cleanInput: RequestHandler = (req, _res, next) => {
  const changed = new Set<string>();
  if (req.body && typeof req.body === 'object') clean(req.body as Record<string, unknown>, changed);
  const query = req.url.indexOf('?');
  if (query !== -1)
    for (const [key, value] of Object.entries(querystring.parse(req.url.slice(query + 1)))) {
      if (withoutUnstorable(key).changed) changed.add('form');
      else if ([value ?? ''].flat().some((item) => withoutUnstorable(item).changed)) changed.add(key);
    }
  problems.run(changed, next);
};
