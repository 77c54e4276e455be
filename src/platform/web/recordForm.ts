// A short form on a child's record (a date or two, a choice, a reason) declared once: its fields,
// how they are read and what saving does. One GET shows it, one POST saves it or shows it again with
// the GOV.UK error summary and everything typed kept — a store's refusal on its field, someone
// else's newer version (409) with theirs shown — so each area's short forms are not written twice.
import type { Response } from 'express';
import type { z } from 'zod';
import type { Permission } from '../access/roles.ts';
import type { DateRules } from './dateInput.ts';
import { asList, parseForm, type FormErrors } from './forms.ts';
import {
  conflictErrors,
  dateInputs,
  formBody,
  hasErrors,
  mergeErrors,
  noErrors,
  readDate,
  refusalErrors,
  renderChildPage,
  type Child,
} from './childPages.ts';
import { childRecordPage, type FormRequest, type RouteTable } from './routeSpec.ts';

/** A field of a short form, as the shared template draws it. */
export type FormField =
  | { kind: 'date'; name: string; legend: string; hint?: string }
  | { kind: 'radios'; name: string; legend: string; items: { value: string; text: string }[]; hint?: string }
  | { kind: 'select'; name: string; label: string; items: { value: string; text: string }[]; hint?: string }
  | { kind: 'checkboxes'; name: string; legend: string; items: { value: string; text: string }[]; hint?: string }
  | { kind: 'text' | 'textarea'; name: string; label: string; hint?: string };

export interface RecordForm<Loaded, Value> {
  /** The form's address on the child's record: '/children/:childId/…'. */
  path: string;
  /** The table whose view the GET audits, and the path parameter of its row when there is one. */
  record: string;
  recordId?: string;
  permission?: Permission;
  title: string;
  button: string;
  /** What the form is about (the child's open adoption plan, say): a NotFoundError when there is none. */
  load: (res: Response, child: Child, req: FormRequest) => Promise<Loaded>;
  /** What the form shows before anything is posted (a stored date, the record's version). */
  initial?: (loaded: Loaded) => Record<string, unknown>;
  /** The dates already recorded, shown in their date fields. */
  stored?: (loaded: Loaded) => Record<string, string | null>;
  /** Summary rows above the form: what is already recorded. */
  summary?: (loaded: Loaded) => { key: { text: string }; value: { text: string } }[];
  fields: (res: Response, child: Child, loaded: Loaded) => FormField[] | Promise<FormField[]>;
  dates: (res: Response, loaded: Loaded) => Record<string, DateRules>;
  schema: z.ZodType<Value>;
  /** Checks across fields the schema cannot make; adds to `errors`. */
  check?: (value: Value & Record<string, string | null>, errors: FormErrors, loaded: Loaded) => void;
  save: (res: Response, child: Child, value: Value & Record<string, string | null>, loaded: Loaded) => Promise<unknown>;
  /** Where to go once saved (a record's own page reads its id from the path), and what to say. */
  done: { flash: string; to: (child: Child, res: Response) => string };
}

/** The form's own address, its path parameters filled in from the request. */
const pathOf = (path: string, res: Response) =>
  path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(res.req.params[name])));

/** Adds the GET and POST of a short form on a child's record to the table. */
export function addRecordForm<Loaded, Value>(table: RouteTable, form: RecordForm<Loaded, Value>): void {
  const permission = form.permission ?? 'child:record';
  const render = async (
    res: Response,
    child: Child,
    loaded: Loaded,
    values: Record<string, unknown>,
    errors?: FormErrors,
    status = 200,
  ) => {
    const fields = await form.fields(res, child, loaded);
    const dateFields = fields.filter((field) => field.kind === 'date').map((field) => field.name);
    renderChildPage(
      res,
      'child-record/form',
      child,
      {
        pageTitle: form.title,
        button: form.button,
        action: pathOf(form.path, res),
        backTo: form.done.to(child, res),
        summary: form.summary?.(loaded) ?? [],
        fields: fields.map((field) =>
          'items' in field
            ? {
                ...field,
                items: field.items.map((item) => ({
                  ...item,
                  [field.kind === 'select' ? 'selected' : 'checked']: asList(values[field.name]).includes(item.value),
                })),
              }
            : field,
        ),
        values,
        errors,
        dates: dateInputs(values, errors, dateFields, form.stored?.(loaded)),
      },
      status,
    );
  };
  table
    .get(form.path, childRecordPage(permission, form.record, form.recordId), async (req, res, { child }) => {
      const loaded = await form.load(res, child, req);
      await render(res, child, loaded, form.initial?.(loaded) ?? {});
    })
    .post(form.path, { permission, child: true }, async (req: FormRequest, res, { child }) => {
      const loaded = await form.load(res, child, req);
      const values = formBody(req);
      const errors = noErrors();
      const dated: Record<string, string | null> = {};
      for (const [field, rules] of Object.entries(form.dates(res, loaded))) {
        const date = readDate(values, field, rules, errors);
        if (date !== undefined) dated[field] = date;
      }
      const parsed = parseForm(form.schema, values);
      mergeErrors(errors, parsed.ok ? undefined : parsed.errors);
      if (!parsed.ok || hasErrors(errors)) return render(res, child, loaded, values, errors, 400);
      const value = { ...parsed.value, ...dated };
      form.check?.(value, errors, loaded);
      if (hasErrors(errors)) return render(res, child, loaded, values, errors, 400);
      try {
        await form.save(res, child, value, loaded);
      } catch (error) {
        const conflict = conflictErrors(error);
        if (conflict) {
          const current = await form.load(res, child, req);
          return render(res, child, current, { ...values, ...form.initial?.(current) }, conflict, 409);
        }
        const refused = refusalErrors(error, Object.keys(dated));
        if (!refused) throw error;
        return render(res, child, loaded, values, refused, 400);
      }
      req.session.flash = form.done.flash;
      res.redirect(form.done.to(child, res));
    });
}
