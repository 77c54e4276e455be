// The looked-after child's dated records (health assessments, dental checks, the SDQ, immunisations,
// substance misuse, education plans) are each a date and a few answers: one way to show, read and
// save them, so each form says only its own fields.
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { childRecordPage, type RouteTable } from '../../platform/web/routeSpec.ts';
import type { FormErrors } from '../../platform/web/forms.ts';
import {
  dateInputs,
  formBody,
  hasErrors,
  noErrors,
  readDate,
  refusalErrors,
  renderChildPage,
  today,
  type Child,
} from '../../platform/web/childPages.ts';

export interface DatedForm<Answers> {
  /** The form's address after /children/:childId, e.g. '/health/dental-checks/new'. */
  path: string;
  /** Where the record is listed afterwards, after /children/:childId. */
  listPath: string;
  /** The table the view event names. */
  record: string;
  title: string;
  /** The template of the form's own fields (beside the date), or none. */
  fields?: string;
  date: { field: string; legend: string; label: string };
  /** The form's own fields' items (radios and the like), from what was posted. */
  items?: (values: Record<string, unknown>) => Record<string, unknown>;
  /** The form's own answers, their errors added to `errors`; undefined when refused. */
  read: (values: Record<string, unknown>, errors: FormErrors) => Answers | undefined;
  save: (db: Kysely<Database>, actor: Actor, record: Answers & { childId: number; date: string }) => Promise<unknown>;
  saved: string;
}

function renderForm<A>(
  res: Response,
  child: Child,
  form: DatedForm<A>,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'care/dated-form',
    child,
    {
      pageTitle: form.title,
      action: `/children/${child.id}${form.path}`,
      form,
      values,
      errors,
      dates: dateInputs(values, errors, [form.date.field]),
      ...form.items?.(values),
    },
    status,
  );
}

/** Adds the form's page and its post to `routes`. */
export function addDatedForm<A>(routes: RouteTable, form: DatedForm<A>): RouteTable {
  const path = `/children/:childId${form.path}`;
  return routes
    .get(path, childRecordPage('child:record', form.record), (_req, res, { child }) => renderForm(res, child, form, {}))
    .post(path, { permission: 'child:record', child: true }, async (req, res, { child }) => {
      const values = formBody(req);
      const errors = noErrors();
      const date = readDate(values, form.date.field, { label: form.date.label, notAfter: today(res) }, errors);
      const answers = form.read(values, errors);
      if (!date || answers === undefined || hasErrors(errors)) return renderForm(res, child, form, values, errors, 400);
      try {
        await form.save(res.locals.services.db, res.locals.actor, { ...answers, childId: child.id, date });
      } catch (error) {
        const refused = refusalErrors(error, [form.date.field]);
        if (!refused) throw error;
        return renderForm(res, child, form, values, refused, 400);
      }
      req.session.flash = form.saved;
      res.redirect(`/children/${child.id}${form.listPath}`);
    });
}
