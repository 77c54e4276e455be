// Long forms as GOV.UK task lists (design-system.service.gov.uk/components/task-list): each section is
// its own page saving into the form's one draft, the task list says how far each has got, and a
// check-your-answers page comes before the one submit. A form declares its sections and three
// functions (what is stored, how it is checked, how it is submitted); the pages are the same for all.
import type { Request, Response } from 'express';
import type { Permission } from '../access/roles.ts';
import type { FormErrors } from './forms.ts';
import { discardDraft, saveDraft } from './drafts.ts';
import { childRecordPage, type ChildContext, type RouteTable } from './routeSpec.ts';
import { hasErrors, noErrors, renderChildPage, type Child } from './childPages.ts';

export interface FormSection {
  /** The section's page under the form's path: `…/record/analysis`. */
  slug: string;
  title: string;
  /** The fields its page posts; a name covers those it prefixes with a dash (a date's day, month and year). */
  fields: readonly string[];
  /** The area's template of the section's fields; none when the section is records kept on their own pages (a plan's actions). */
  template?: string;
}

/** A section kept on its own pages: where they are, and how far it has got (or that it waits on the submit). */
export type LinkedSection = { href: string; status: SectionStatus } | { href?: undefined; status: 'Cannot start yet' };

export type SectionStatus = 'Completed' | 'Incomplete' | 'Not yet started';

/** One answer on the check-your-answers page: the question and the answer as text (its paragraphs kept). */
export interface Answer {
  key: string;
  value: string;
}

type Values = Record<string, unknown>;

const belongsTo = (section: Pick<FormSection, 'fields'>, name: string) =>
  section.fields.some((field) => name === field || name.startsWith(`${field}-`));

const answered = (value: unknown) =>
  Array.isArray(value) ? value.some(answered) : typeof value === 'string' ? value.trim() !== '' : value != null;

/** The errors of one section, in the order found. */
export function sectionErrors(section: Pick<FormSection, 'fields'>, errors: FormErrors): FormErrors {
  const mine = noErrors();
  for (const [field, error] of Object.entries(errors.fields)) if (belongsTo(section, field)) mine.fields[field] = error;
  mine.list = errors.list.filter((error) => belongsTo(section, error.href.replace(/^#/, '')));
  return mine;
}

/**
 * How far a section has got: not yet started while none of its questions is answered, completed
 * when the whole form's check finds nothing wrong in it, incomplete otherwise.
 */
export function sectionStatus(section: Pick<FormSection, 'fields'>, values: Values, errors: FormErrors): SectionStatus {
  if (!Object.entries(values).some(([name, value]) => belongsTo(section, name) && answered(value)))
    return 'Not yet started';
  return hasErrors(sectionErrors(section, errors)) ? 'Incomplete' : 'Completed';
}

/** The form's answers with one section's replaced by what its page posted (a box left unticked posts nothing). */
export function withSection(values: Values, section: Pick<FormSection, 'fields'>, posted: Values): Values {
  const kept = Object.entries(values).filter(([name]) => !belongsTo(section, name));
  const given = Object.entries(posted).filter(([name]) => belongsTo(section, name));
  return Object.fromEntries([...kept, ...given]);
}

/** The result of checking the whole form: what to submit, or the problems found. */
export type Checked<S> = { submission: S; errors?: undefined } | { submission?: undefined; errors: FormErrors };

/**
 * A long form of one record of a child. `path` is the route's path (its parameters named); the
 * task list is at `path`, each section at `path/<slug>`, the check page at `path/check`, and the
 * submit posts to `path`, which is also where the draft is kept.
 */
export interface TaskListForm<R, S> {
  /** What the form records ('Single assessment'): the draft's name on the home page. */
  name: string;
  path: string;
  /** The check page's button: what sending the form does ('Submit for authorisation'). */
  submitText: string;
  /** The table the record is in and the path parameter of its id, for the audit of each page read. */
  record: { table: string; idParam: string };
  permission: Permission;
  sections: readonly FormSection[];
  load(req: Request, res: Response, child: Child): Promise<R>;
  /** Where to send someone once the record can no longer be written through this form (authorised, held). */
  closedAt(record: R): string | undefined;
  formPath(record: R): string;
  title(record: R): string;
  /** The record's answers as the form opens on them when there is no draft (with the version it was read at). */
  stored(record: R): Values;
  /** What the sections' templates need beyond the answers (the choices of a list, the child's voice…). */
  view(res: Response, child: Child, record: R, values: Values, errors?: FormErrors): Promise<Values> | Values;
  check(res: Response, child: Child, record: R, values: Values): Promise<Checked<S>> | Checked<S>;
  answers(res: Response, child: Child, record: R, values: Values): Promise<Record<string, Answer[]>>;
  /** A template shown above the answers on the check page (the record as it now stands, after a conflict). */
  checkIntro?: string;
  /** The sections without a template, by slug. */
  linked?(res: Response, child: Child, record: R): Promise<Record<string, LinkedSection>>;
  /**
   * Sends the checked form with the area's own command: where to go once saved; otherwise false, having
   * shown the check page again (`again`) with why (a refusal; a conflict with someone else's change, with
   * the answers now at the version read, so sending them again is a choice made knowing).
   */
  submit(
    res: Response,
    context: ChildContext & { record: R; submission: S; values: Values },
    again: (errors: FormErrors, status: number, values: Values, current?: R) => Promise<void>,
  ): Promise<false | { flash: string; redirect: string }>;
}

/**
 * The answers a page of the form opens on: a post held across a timeout (merged into the draft
 * now), else the saved draft, else the record as stored. `restored` says which, for the page's banner.
 */
async function answersFor<R, S>(
  req: Request,
  res: Response,
  form: TaskListForm<R, S>,
  child: Child,
  record: R,
): Promise<{ values: Values; restored?: 'timeout' | 'draft'; savedAt?: Date }> {
  const { db } = res.locals.services;
  const user = res.locals.user!;
  const formPath = form.formPath(record);
  const draft = await db
    .selectFrom('form_drafts')
    .select(['data', 'saved_at'])
    .where('user_id', '=', user.id)
    .where('form_path', '=', formPath)
    .executeTakeFirst();
  const values = draft?.data ?? form.stored(record);
  const pending = req.session.pendingDraft;
  if (pending && (pending.path === formPath || pending.path.startsWith(`${formPath}/`))) {
    delete req.session.pendingDraft;
    const section = form.sections.find((each) => pending.path === `${formPath}/${each.slug}`);
    const merged = section ? withSection(values, section, pending.data) : values;
    await saveDraft(db, user.id, formPath, merged, child.id);
    return { values: merged, restored: 'timeout' };
  }
  return draft ? { values, restored: 'draft', savedAt: draft.saved_at } : { values };
}

/** Where a section's task links: its own page, the pages its records are kept on, or nowhere while it cannot start. */
const hrefOf = (section: FormSection, formPath: string, linked: Record<string, LinkedSection>) =>
  section.slug in linked ? linked[section.slug]!.href : `${formPath}/${section.slug}`;

const statusView = (status: LinkedSection['status']) =>
  status === 'Completed'
    ? { text: status }
    : status === 'Cannot start yet'
      ? { text: status, classes: 'govuk-task-list__status--cannot-start-yet' }
      : { tag: { text: status, classes: 'govuk-tag--blue' } };

/** Adds the form's pages to an area's route table: the task list, each section, the check page and the submit. */
export function taskListRoutes<R, S>(table: RouteTable, form: TaskListForm<R, S>): RouteTable {
  const page = childRecordPage(form.permission, form.record.table, form.record.idParam);
  const posted = { permission: form.permission, child: true as const, draft: form.name };

  /** Loads the record for a page of the form; undefined when it has been sent somewhere else. */
  const open = async (req: Request, res: Response, child: Child): Promise<R | undefined> => {
    const record: R = await form.load(req, res, child);
    const closed = form.closedAt(record);
    if (closed) {
      res.redirect(closed);
      return undefined;
    }
    return record;
  };

  const linkedOf = async (res: Response, child: Child, record: R): Promise<Record<string, LinkedSection>> =>
    (await form.linked?.(res, child, record)) ?? {};

  const renderSection = async (
    res: Response,
    child: Child,
    record: R,
    section: FormSection,
    values: Values,
    extras: { errors?: FormErrors; draft?: unknown },
    status = 200,
  ) =>
    renderChildPage(
      res,
      'forms/section',
      child,
      {
        pageTitle: `${section.title}: ${form.title(record)}`,
        heading: section.title,
        section,
        formPath: form.formPath(record),
        values,
        ...extras,
        ...(await form.view(res, child, record, values, extras.errors)),
      },
      status,
    );

  const renderCheck = async (
    res: Response,
    child: Child,
    record: R,
    values: Values,
    extras: { errors?: FormErrors; draft?: unknown },
    status = 200,
  ) => {
    const formPath = form.formPath(record);
    const [answers, linked] = await Promise.all([
      form.answers(res, child, record, values),
      linkedOf(res, child, record),
    ]);
    renderChildPage(
      res,
      'forms/check-answers',
      child,
      {
        ...(await form.view(res, child, record, values, extras.errors)),
        intro: form.checkIntro,
        pageTitle: `Check your answers: ${form.title(record)}`,
        heading: 'Check your answers',
        formPath,
        submitText: form.submitText,
        values,
        ...extras,
        sections: form.sections.map((section) => ({
          title: section.title,
          rows: (answers[section.slug] ?? []).map((answer) => ({
            key: answer.key,
            value: answer.value,
            href: hrefOf(section, formPath, linked),
          })),
        })),
      },
      status,
    );
  };

  table.get(form.path, page, async (req, res, { child }) => {
    const record = await open(req, res, child);
    if (record === undefined) return;
    const draft = await answersFor(req, res, form, child, record);
    const checked = await form.check(res, child, record, draft.values);
    const errors = checked.errors ?? noErrors();
    const formPath = form.formPath(record);
    const linked = await linkedOf(res, child, record);
    const statuses = form.sections.map(
      (section) => linked[section.slug]?.status ?? sectionStatus(section, draft.values, errors),
    );
    renderChildPage(res, 'forms/task-list', child, {
      pageTitle: form.title(record),
      formPath,
      draft,
      completed: statuses.filter((status) => status === 'Completed').length,
      tasks: form.sections.map((section, i) => ({
        title: { text: section.title },
        href: hrefOf(section, formPath, linked),
        status: statusView(statuses[i]!),
      })),
      allCompleted: statuses.every((status) => status === 'Completed' || status === 'Cannot start yet'),
    });
  });

  for (const section of form.sections) {
    if (!section.template) continue;
    const path = `${form.path}/${section.slug}`;
    table
      .get(path, page, async (req, res, { child }) => {
        const record = await open(req, res, child);
        if (record === undefined) return;
        const draft = await answersFor(req, res, form, child, record);
        await renderSection(res, child, record, section, draft.values, {
          draft: draft.restored === 'timeout' ? draft : undefined,
        });
      })
      .post(path, posted, async (req, res, { child }) => {
        const record = await open(req, res, child);
        if (record === undefined) return;
        const { values: before } = await answersFor(req, res, form, child, record);
        const values = withSection(before, section, req.body);
        // Saved whatever it holds, so nothing typed is lost; its problems are shown now, the others' on their pages.
        await saveDraft(res.locals.services.db, res.locals.user!.id, form.formPath(record), values, child.id);
        const checked = await form.check(res, child, record, values);
        const errors = sectionErrors(section, checked.errors ?? noErrors());
        if (hasErrors(errors)) return renderSection(res, child, record, section, values, { errors }, 400);
        res.redirect(form.formPath(record));
      });
  }

  table.get(`${form.path}/check`, page, async (req, res, { child }) => {
    const record = await open(req, res, child);
    if (record === undefined) return;
    const draft = await answersFor(req, res, form, child, record);
    await renderCheck(res, child, record, draft.values, {});
  });

  table.post(form.path, posted, async (req, res, { child, user }) => {
    const record = await open(req, res, child);
    if (record === undefined) return;
    const { values } = await answersFor(req, res, form, child, record);
    // A problem opens the first section it is in, with its error summary; a problem of no section (a
    // version to reload) is shown on the check page.
    const showAgain = (errors: FormErrors, status: number, shown: Values, current: R = record) => {
      const section = form.sections.find((each) => hasErrors(sectionErrors(each, errors)));
      return section
        ? renderSection(res, child, current, section, shown, { errors: sectionErrors(section, errors) }, status)
        : renderCheck(res, child, current, shown, { errors }, status);
    };
    const checked = await form.check(res, child, record, values);
    if (checked.errors) return showAgain(checked.errors, 400, values);
    const done = await form.submit(
      res,
      { child, user, record, submission: checked.submission, values },
      async (errors, status, shown, current) => {
        await saveDraft(res.locals.services.db, user.id, form.formPath(record), shown, child.id);
        await showAgain(errors, status, shown, current ?? record);
      },
    );
    if (!done) return;
    await discardDraft(res.locals.services.db, user.id, form.formPath(record));
    req.session.flash = done.flash;
    res.redirect(done.redirect);
  });
  return table;
}
