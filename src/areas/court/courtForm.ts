// Every court form is the same shape: a page of the child's record that reads the record it is about
// (the family's pre-proceedings or proceedings, or the brothers and sisters to choose from), a post
// that reads the fields, saves through the store and goes back to the child's court page, and the
// form shown again on bad input (400), a refusal from the store (400, on its field) or someone
// else's change (409, theirs shown). Long forms keep a draft.
import type { Request, Response } from 'express';
import type { Permission } from '../../platform/access/roles.ts';
import { childRecordPage, type RouteTable } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import {
  conflictErrors,
  dateInputs,
  formBody,
  hasErrors,
  noErrors,
  refusalErrors,
  renderChildPage,
  type Child,
} from '../../platform/web/childPages.ts';
import type { FormErrors } from '../../platform/web/forms.ts';

export interface CourtForm<Subject, Input> {
  path: string;
  /** The table the page is a view of, and the path parameter of its row when there is one. */
  record: string;
  recordId?: string;
  /** A long form, by what it records: kept as a draft. */
  draft?: string;
  view: string;
  title: string;
  dateFields: string[];
  permission?: Permission;
  /** What the form is about, read with the child's record scope (a 404 when it is not this child's). */
  load: (req: Request, res: Response, child: Child) => Promise<Subject>;
  /** Where the form no longer applies (already recorded), the page to go to instead. */
  closed?: (subject: Subject, child: Child) => string | undefined;
  /** What the page shows beside the fields: choices, the record so far. */
  context: (
    res: Response,
    child: Child,
    subject: Subject,
    values: Record<string, unknown>,
    errors?: FormErrors,
  ) => object;
  read: (res: Response, values: Record<string, unknown>, subject: Subject, errors: FormErrors) => Input | undefined;
  save: (res: Response, child: Child, subject: Subject, input: Input) => Promise<unknown>;
  /** The banner after saving. */
  saved: (input: Input) => string;
  /** Store fields the form shows under another name. */
  aliases?: Record<string, string>;
}

export const courtPage = (child: Child | number) => `/children/${typeof child === 'number' ? child : child.id}/court`;

/** Adds a court form's page and post to the table. */
export function addCourtForm<Subject, Input>(table: RouteTable, form: CourtForm<Subject, Input>): RouteTable {
  const render = async (
    res: Response,
    child: Child,
    subject: Subject,
    values: Record<string, unknown>,
    extra: { errors?: FormErrors; draft?: object },
    status = 200,
  ) =>
    renderChildPage(
      res,
      `court/${form.view}`,
      child,
      {
        pageTitle: form.title,
        values,
        ...extra,
        dates: dateInputs(values, extra.errors, form.dateFields),
        ...(await Promise.resolve(form.context(res, child, subject, values, extra.errors))),
      },
      status,
    );
  return table
    .get(
      form.path,
      childRecordPage(form.permission ?? 'child:record', form.record, form.recordId),
      async (req, res, { child }) => {
        const subject = await form.load(req, res, child);
        const closed = form.closed?.(subject, child);
        if (closed) return res.redirect(closed);
        const draft = form.draft ? await draftFor(req, res, child.id) : {};
        await render(res, child, subject, draft.values ?? {}, { draft });
      },
    )
    .post(
      form.path,
      { permission: form.permission ?? 'child:record', child: true, ...(form.draft ? { draft: form.draft } : {}) },
      async (req, res, { child }) => {
        const subject = await form.load(req, res, child);
        const closed = form.closed?.(subject, child);
        if (closed) return res.redirect(closed);
        if (form.draft && (await savedAsDraft(req, res, child.id))) return;
        const values = formBody(req);
        const errors = noErrors();
        const input = form.read(res, values, subject, errors);
        if (input === undefined || hasErrors(errors)) return render(res, child, subject, values, { errors }, 400);
        try {
          await form.save(res, child, subject, input);
        } catch (error) {
          const conflict = conflictErrors(error);
          if (conflict) {
            const current = await form.load(req, res, child);
            const version = (current as { version?: number }).version;
            return render(res, child, current, { ...values, version: String(version) }, { errors: conflict }, 409);
          }
          const refused = refusalErrors(error, form.dateFields, form.aliases);
          if (!refused) throw error;
          return render(res, child, subject, values, { errors: refused }, 400);
        }
        if (form.draft) await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
        req.session.flash = form.saved(input);
        res.redirect(courtPage(child));
      },
    );
}
