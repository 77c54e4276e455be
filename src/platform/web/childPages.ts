// What the pages of a child's assessments, protection and plans share: the child in the path
// (restricted records respected), records looked up within that child, GOV.UK date fields and
// errors, refusals from the store shown on their field, and the timescales from the engine.
import type { Request, Response } from 'express';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import { knownTo, recordOpeningFor, type RecordOpening } from '../access/recordScope.ts';
import { readRecordAccessSetting } from '../settings/recordAccess.ts';
import { rolesAllow, type Permission } from '../access/roles.ts';
import { ForbiddenError, NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { recordAudit } from '../access/audit.ts';
import { workingDaysBetween } from '../../core/workingDays.ts';
import { codeEntries, codesIn, type CodeList } from '../../core/codeLists.ts';
import { RecordIntegrityError } from '../records/integrity.ts';
import { asList, type FormErrors, fitsInteger, integerRange } from './forms.ts';
import { fieldsWithUnstorableInput, unstorableMessage } from './input.ts';
import { dateInputItems, readDateInput, type DateRules } from './dateInput.ts';
import type { DueItem, TimescaleRuleId } from '../../core/timescales/model.ts';

/** A child's record as the pages show it (the children table belongs to the people area). */
export type Child = Selectable<Database['children']>;

/** The id in a path segment; anything but a positive whole number is a page that does not exist. */
export function idParam(req: Request, name = 'id'): number {
  const id = Number(req.params[name]);
  // Every id column is a PostgreSQL integer: a larger one names no record (and the database would refuse it).
  if (!Number.isSafeInteger(id) || id <= 0 || !fitsInteger(id)) throw new NotFoundError();
  return id;
}

export function found<T>(row: T | undefined): T {
  if (row === undefined) throw new NotFoundError();
  return row;
}

/** A table whose rows each belong to one child. */
type ChildTable = Extract<
  { [T in keyof Database]: Database[T] extends { child_id: number } ? T : never }[keyof Database],
  string
>;

/** One of the child's records by its id, or a 404 when there is none or it is another child's. */
export async function childRecordOf<T extends ChildTable>(
  res: Response,
  child: Child,
  table: T,
  id: number,
): Promise<Selectable<Database[T]>> {
  const rows = await sql<
    Selectable<Database[T]>
  >`select * from ${sql.table(table)} where id = ${id} and child_id = ${child.id}`.execute(res.locals.services.db);
  return found(rows.rows[0]);
}

/** The child the path names, restricted or not (the break-glass and access pages), or a 404. */
export async function childNamedInPath(req: Request, res: Response, param = 'childId'): Promise<Child> {
  return found(
    await res.locals.services.db
      .selectFrom('children')
      .selectAll()
      .where('id', '=', idParam(req, param))
      .executeTakeFirst(),
  );
}

/**
 * The child named in the path (`:childId`, or `:id` on the child's own pages), or undefined when
 * the person may not open the record yet: sent to break glass for a restricted record, or to give
 * their reason when they do not work with the child, and brought back to this page afterwards.
 * A record that never opens to them (a partner practitioner's) is refused outright.
 */
export async function childInPath(req: Request, res: Response, param = 'childId'): Promise<Child | undefined> {
  // Read together: each is a round trip before any of the page's own reads can start.
  const [child, setting] = await Promise.all([
    childNamedInPath(req, res, param),
    readRecordAccessSetting(res.locals.services.db),
  ]);
  const opening = await openingOf(req, res, child, setting);
  if (opening === 'open') return child;
  if (opening === 'refused') {
    // The 403 page names nobody; the trail says whose record was refused.
    await recordAudit(res.locals.services.db, res.locals.actor, {
      event: 'permission-denied',
      childId: String(child.id),
      detail: { method: req.method, path: req.originalUrl.slice(0, 500), reason: 'not-working-with-child' },
    });
    throw new ForbiddenError();
  }
  if (opening === 'restricted') res.redirect(`/children/${child.id}/restricted`);
  else
    res.redirect(
      `/children/${child.id}/why?then=${encodeURIComponent(req.method === 'GET' ? req.originalUrl : `/children/${child.id}`)}`,
    );
  return undefined;
}

/** How this request may open the child's record, under the council's setting (read when not given), today. */
export async function openingOf(
  req: Request,
  res: Response,
  child: Pick<Child, 'id' | 'access_restriction'>,
  setting?: { needToKnow: boolean },
): Promise<RecordOpening> {
  const { db, clock } = res.locals.services;
  const today = clock.today();
  return recordOpeningFor(db, res.locals.user!, child, {
    needToKnow: (setting ?? (await readRecordAccessSetting(db))).needToKnow,
    today: today.toString(),
    // A form opened before midnight is still saved after it.
    reasonSince: req.method === 'GET' ? undefined : today.subtract({ days: 1 }).toString(),
  });
}

/**
 * Of these children (a child's brothers and sisters, say), those whose records this request may
 * open at once: the ones a form may record for alongside the child whose page it is on.
 */
export async function openAtOnce<T extends Pick<Child, 'id' | 'access_restriction'>>(
  req: Request,
  res: Response,
  children: readonly T[],
): Promise<T[]> {
  if (children.length === 0) return [];
  // The council's setting once for them all, not once a child.
  const setting = await readRecordAccessSetting(res.locals.services.db);
  const openings = await Promise.all(children.map((child) => openingOf(req, res, child, setting)));
  return children.filter((_, i) => openings[i] === 'open');
}

/** The name a child's pages call them by: their preferred name where they have one. */
export const childName = (child: Pick<Child, 'forename' | 'surname'> & { preferred_name?: string | null }) =>
  `${child.preferred_name ?? child.forename} ${child.surname}`;

/**
 * The names a list may show of these children, by id, for the person signed in: a restricted child
 * they may not open is left out and counted (`withheld`), never named.
 */
export async function namesShownTo(res: Response, childIds: readonly number[]) {
  const { db } = res.locals.services;
  const children = childIds.length
    ? await db
        .selectFrom('children')
        .select(['id', 'forename', 'surname', 'preferred_name', 'access_restriction'])
        .where('id', 'in', [...new Set(childIds)])
        .execute()
    : [];
  const { shown, withheld } = await knownTo(db, res.locals.user!, children);
  return { names: new Map(shown.map((child) => [child.id, childName(child)])), withheld };
}

export const may = (res: Response, permission: Permission) =>
  Boolean(res.locals.user && rolesAllow(res.locals.user.roles, permission));

/** Today, by the one clock (the services' clock, which tests set). */
export const today = (res: Response) => res.locals.services.clock.today();

/** A form's fields as posted, never undefined. */
export const formBody = (req: Request) => (req.body ?? {}) as Record<string, unknown>;

/** A stored date as a Temporal date, for the limits of a date field. */
export const plainDate = (iso: string) => Temporal.PlainDate.from(iso);

/**
 * A form's errors before its own checks: empty, or the fields the early guard took hidden characters
 * out of (input.ts), so a form checked field by field is shown again for the person to check them.
 */
export function noErrors(): FormErrors {
  const errors: FormErrors = { list: [], fields: {} };
  for (const field of fieldsWithUnstorableInput()) {
    const date = /^(.+)-(day|month|year)$/.exec(field);
    if (date) addError(errors, date[1]!, unstorableMessage, `#${field}`);
    else addError(errors, field === 'version' ? 'record' : field, unstorableMessage);
  }
  return errors;
}
export const hasErrors = (errors: FormErrors) => errors.list.length > 0;

export function addError(errors: FormErrors, field: string, text: string, href = `#${field}`): void {
  if (errors.fields[field]) return;
  errors.fields[field] = { text };
  errors.list.push({ text, href });
}

/** Reads a GOV.UK date input into `errors` (linked to the part at fault); undefined when refused. */
export function readDate(
  body: Record<string, unknown>,
  field: string,
  rules: DateRules,
  errors: FormErrors,
): string | null | undefined {
  const result = readDateInput(body, field, rules);
  if (result.ok) return result.value;
  addError(errors, field, result.message, `#${field}-${result.part}`);
  return undefined;
}

/** The day/month/year items of each date field, from what was posted or what is stored. */
export function dateInputs(
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
  fields: string[],
  stored: Record<string, string | null | undefined> = {},
) {
  return Object.fromEntries(
    fields.map((field) => [
      field,
      dateInputItems(field, values, stored[field] ?? null, Boolean(errors?.fields[field])),
    ]),
  );
}

/** One code from a codes.ts list. */
export const codeOf = <K extends string>(codes: CodeList<K>, message: string) =>
  z.enum(codesIn(codes), { error: message });

/** Checkboxes of codes from a codes.ts list: an unknown code is refused as a whole. */
export const codesOf = <K extends string>(codes: CodeList<K>, message: string) =>
  z.preprocess(
    asList,
    z.array(z.string()).refine((list) => list.every((code) => code in codes), message),
  ) as unknown as z.ZodType<K[]>;

/** An id chosen from a select: nothing chosen, or anything but a positive whole number, is `message`. */
export const chosenId = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

export const yesNo = (message: string) => z.enum(['yes', 'no'], { error: message });

/** Text a form must have, trimmed: `missing` when it is empty, `tooLong` past `max` characters. */
export const requiredText = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((value) => value || null);

/** The version of the record the person saw, posted back with every change. */
export const versionField = z.coerce
  .number({ error: 'Reload the page and try again' })
  .int('Reload the page and try again')
  .positive('Reload the page and try again')
  .max(integerRange.max, 'Reload the page and try again');

/**
 * A store's refusal as a GOV.UK error on its field. `dateFields` link to their day input;
 * `aliases` point fields the form does not show (a referral id, the enquiry) at one it does.
 */
export function refusalErrors(
  error: unknown,
  dateFields: string[] = [],
  aliases: Record<string, string> = {},
): FormErrors | undefined {
  if (!(error instanceof RecordIntegrityError)) return undefined;
  const field = aliases[error.field] ?? error.field;
  const errors = noErrors();
  addError(errors, field, error.message, dateFields.includes(field) ? `#${field}-day` : `#${field}`);
  return errors;
}

/** Someone saved the record since the form was opened: nothing is overwritten, their version is shown. */
export function conflictErrors(error: unknown): FormErrors | undefined {
  if (!(error instanceof VersionConflictError)) return undefined;
  const errors = noErrors();
  addError(
    errors,
    'record',
    'Someone else changed this record while you were working on it. Your change is not saved: their version is shown. Check it and make your change again.',
  );
  return errors;
}

/** A form's view of a versioned record, for showing the form again when a change is not saved. */
export interface ChangeForm<Row extends { version: number }> {
  /** The record as the person saw it. */
  record: Row;
  values: Record<string, unknown>;
  /** The record as it is now, read again after someone else's change. */
  reload: () => Promise<Row>;
  render: (record: Row, values: Record<string, unknown>, errors: FormErrors, status: number) => unknown;
  dateFields?: string[];
  aliases?: Record<string, string>;
}

/**
 * Saves a change to a record, or shows the form again saying why not: someone else's newer
 * version (409: theirs is shown, with its version, for the person to check and redo their change)
 * or the records' refusal on its field (400). True when saved.
 */
export async function saveOrShowAgain<Row extends { version: number }>(
  save: () => Promise<unknown>,
  form: ChangeForm<Row>,
): Promise<boolean> {
  try {
    await save();
    return true;
  } catch (error) {
    const conflict = conflictErrors(error);
    if (conflict) {
      const current = await form.reload();
      await form.render(current, { ...form.values, version: String(current.version) }, conflict, 409);
      return false;
    }
    const refused = refusalErrors(error, form.dateFields, form.aliases);
    if (!refused) throw error;
    await form.render(form.record, form.values, refused, 400);
    return false;
  }
}

/** The version posted back with a form; a missing or garbled one asks the person to reload. */
export function readVersion(values: Record<string, unknown>, errors: FormErrors): number | undefined {
  const version = versionField.safeParse(values.version);
  if (version.success) return version.data;
  addError(errors, 'record', 'Reload the page and try again');
  return undefined;
}

/**
 * The step that marks a record done on a day (an action of a plan or of a strategy discussion): the
 * date done, neither in the future nor before the record began, and the version the form showed;
 * saved, or the form shown again saying why not. True once saved.
 */
export async function saveDoneOn<Row extends { version: number }>(
  req: Request,
  res: Response,
  step: Omit<ChangeForm<Row>, 'values' | 'dateFields'> & {
    notBefore: { date: string; message: string };
    save: (done: { doneDate: string; version: number }) => Promise<unknown>;
  },
): Promise<boolean> {
  const values = formBody(req);
  const errors = noErrors();
  const doneDate = readDate(
    values,
    'doneDate',
    {
      label: 'The date done',
      notAfter: today(res),
      notBefore: plainDate(step.notBefore.date),
      notBeforeMessage: step.notBefore.message,
    },
    errors,
  );
  const version = readVersion(values, errors);
  if (!doneDate || version === undefined) {
    await step.render(step.record, values, errors, 400);
    return false;
  }
  return saveOrShowAgain(() => step.save({ doneDate, version }), { ...step, values, dateFields: ['doneDate'] });
}

/** The child's journey through the engine, with the council's local standards, as of today. */
export function childDueItems(res: Response, child: Child, today: Temporal.PlainDate): Promise<DueItem[]> {
  const { db, timescales } = res.locals.services;
  return timescales.dueItemsOfChild(db, child.id, today);
}

export interface TimescaleView {
  title: string;
  dueOn: string;
  status: DueItem['status'];
  metOn: string | null;
  /** Working days from today to the due date, while it is still due. */
  workingDaysLeft: number;
  /** Working days past the due date, once overdue. */
  workingDaysOverdue: number;
}

export function timescaleView(item: DueItem, today: Temporal.PlainDate): TimescaleView {
  return {
    title: item.title,
    dueOn: item.dueOn.toString(),
    status: item.status,
    metOn: item.metOn?.toString() ?? null,
    workingDaysLeft: item.status === 'due' ? workingDaysBetween(today, item.dueOn) : 0,
    workingDaysOverdue: item.status === 'overdue' ? workingDaysBetween(item.dueOn, today) : 0,
  };
}

/** A record's timescales under the given rules; for recurring ones (visits, reviews) the one still to meet. */
export function timescalesOf(
  items: DueItem[],
  rules: TimescaleRuleId[],
  recordId: number,
  today: Temporal.PlainDate,
): TimescaleView[] {
  return rules.flatMap((rule) => {
    const mine = items.filter((item) => item.rule === rule && item.recordId === String(recordId));
    const open = mine.find((item) => item.status === 'due' || item.status === 'overdue');
    const shown = open ?? mine.at(-1);
    return shown ? [timescaleView(shown, today)] : [];
  });
}

/** Radio or checkbox items from a codes.ts list, checked from the posted or stored values. */
export function codeItems(codes: CodeList, checked: unknown, withCode = false) {
  const chosen = asList(checked);
  return codeEntries(codes).map(([value, text]) => ({
    value,
    text: withCode ? `${value}: ${text}` : text,
    checked: chosen.includes(value),
  }));
}

/** Renders one of a child's pages (the layout shows their name and the way back to their record). */
export function renderChildPage(
  res: Response,
  view: string,
  child: Child,
  context: Record<string, unknown>,
  status = 200,
): void {
  res.status(status).render(view, { child, childName: childName(child), ...context });
}

/** Adds a form's errors after those already found, keeping the order of the page. */
export function mergeErrors(into: FormErrors, from: FormErrors | undefined): FormErrors {
  // parseForm links each error to its field's id.
  for (const item of from?.list ?? []) addError(into, item.href.slice(1), item.text, item.href);
  return into;
}
