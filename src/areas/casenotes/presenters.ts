// The case note pages' form reading and view models: one form holds the note and, for each child
// it is written for, whether they were seen and their voice. A child whose restricted record the
// reader may not open is never named, on the form or in another child's copy.
import type { Request, Response } from 'express';
import type { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { childRecordViewed } from '../../platform/access/audit.ts';
import type { User } from '../../platform/access/schema.ts';
import { isPartner } from '../../platform/access/roles.ts';
import { knownTo, restrictedFrom } from '../../platform/access/recordScope.ts';
import { amendmentsOf } from '../../platform/records/amend.ts';
import { groupBy } from '../../platform/records/byChild.ts';
import { restrictedRecordName, withoutNames } from '../../platform/records/chronology.ts';
import { asList, fieldText, type FormErrors } from '../../platform/web/forms.ts';
import {
  addError,
  noErrors,
  childName,
  childRecordOf,
  codeItems,
  codeOf,
  hasErrors,
  renderChildPage,
  requiredText,
  type Child,
} from '../../platform/web/childPages.ts';
import { dateTimeInputItems, readDateTimeInput } from '../../platform/web/pageHelpers.ts';
import { childPartView, numberedPart, readChildPart } from '../../platform/web/childPart.ts';
import { recordedTogether } from '../../platform/web/recordedTogether.ts';
import { familyNetwork } from '../people/index.ts';
import { workerItems, workerOfUser, workersInPost } from '../workforce/index.ts';
import { caseNoteKinds, type CaseNoteKind } from './codes.ts';
import { gatheredNames } from '../../platform/records/childsVoice.ts';
import type { CaseNote } from './schema.ts';
import { appendmentsOf, childrenOfNoteGroups, involvementOf, type NoteDetails } from './store.ts';
import { completedMessage, excerpt, inWords, namesOf } from './model.ts';

export const notesPath = (childId: number) => `/children/${childId}/case-notes`;
export const notePath = (note: Pick<CaseNote, 'id' | 'child_id'>) => `${notesPath(note.child_id)}/${note.id}`;

/** One of the child's notes by its id, or a 404. */
export const noteOf = (res: Response, child: Child, id: number) => childRecordOf(res, child, 'case_notes', id);

const noteTextMax = 50_000;
const shortTextMax = 200;
/** Rows of workers and of professionals a form can hold: a form shows one more than is filled in. */
const maxRows = 20;

const sentenceCase = (code: string) => code.charAt(0).toUpperCase() + code.slice(1);
const seenText = (copy: { child_seen: boolean; seen_alone: boolean }) =>
  copy.seen_alone ? 'Seen alone' : copy.child_seen ? 'Seen' : 'Not seen';

/** Where a note stands, as a GOV.UK tag: recorded in error, a draft, or a significant event. */
const statusTag = (note: Pick<CaseNote, 'recorded_in_error' | 'completed_at' | 'significant'>) =>
  note.recorded_in_error
    ? { text: 'Recorded in error', classes: 'govuk-tag--red' }
    : !note.completed_at
      ? { text: 'Draft', classes: 'govuk-tag--grey' }
      : note.significant
        ? { text: 'Significant event', classes: 'govuk-tag--blue' }
        : undefined;

type NoteCopy = Awaited<ReturnType<typeof childrenOfNoteGroups>>[number];
/** A copy of a note as the reader may know it: `withheld` when they may not open that child's record. */
export type SeenCopy = NoteCopy & { name: string; withheld: boolean };

/** The copies of these notes (every child each is written for), each child named as this person may know them. */
async function copiesAsSeen(res: Response, child: Child, noteGroups: string[]): Promise<Map<string, SeenCopy[]>> {
  const { db } = res.locals.services;
  const copies = await childrenOfNoteGroups(db, [...new Set(noteGroups)]);
  const withheld = await restrictedFrom(
    db,
    res.locals.user!,
    copies
      .filter((copy) => copy.child_id !== child.id)
      .map((copy) => ({ id: copy.child_id, access_restriction: copy.access_restriction })),
  );
  return groupBy(
    copies.map((copy) => ({
      ...copy,
      withheld: withheld.has(copy.child_id),
      name: withheld.has(copy.child_id) ? restrictedRecordName : childName(copy),
    })),
    (copy) => copy.note_group,
  );
}

/** Every copy of one note, as this person may know the children. */
export const copiesOf = async (res: Response, child: Child, note: CaseNote) =>
  (await copiesAsSeen(res, child, [note.note_group])).get(note.note_group) ?? [];

/** A note's text as this person may read it: the names of the children withheld from them taken out. */
function readableBy(copies: readonly SeenCopy[]) {
  const hidden = copies
    .filter((copy) => copy.withheld)
    .flatMap((copy) => namesOf(copy))
    .sort((a, b) => b.length - a.length);
  return (text: string) => withoutNames(text, hidden);
}

/** A page that shows other children's copies (the draft's check and change pages) is a view of each. */
export async function auditOtherCopies(req: Request, res: Response, note: CaseNote, copies: readonly SeenCopy[]) {
  for (const copy of copies.filter((other) => other.child_id !== note.child_id))
    await childRecordViewed(res.locals.services.db, res.locals.actor, String(copy.child_id), 'case_notes', copy.id, {
      path: req.path,
    });
}

/** One page of the child's notes for the list: the start of each, with withheld names taken out. */
export async function noteListRows(res: Response, child: Child, rows: (CaseNote & { written_by: string | null })[]) {
  const groups = await copiesAsSeen(
    res,
    child,
    rows.map((row) => row.note_group),
  );
  return rows.map((row) => {
    const copies = groups.get(row.note_group) ?? [];
    return {
      ...row,
      kindName: caseNoteKinds[row.kind as CaseNoteKind],
      status: statusTag(row),
      seen: seenText(row),
      excerpt: excerpt(readableBy(copies)(row.note_text), 150),
      alsoFor: inWords(copies.filter((copy) => copy.child_id !== child.id).map((copy) => copy.name)),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The form
// ---------------------------------------------------------------------------------------------

/** What the form offers: workers in post, the family's adults, and the other children of the family. */
export async function formChoices(res: Response, child: Child, copies: readonly SeenCopy[] = []) {
  const { db, clock } = res.locals.services;
  const [workers, network] = await Promise.all([
    workersInPost(db, clock.today().toString()),
    familyNetwork(db, child.id),
  ]);
  const related = [
    ...new Map(
      network
        .filter((member) => member.kind === 'child' && member.id !== child.id)
        .map((member) => [member.id, member]),
    ).values(),
  ];
  // A brother or sister whose restricted record the person may not open is neither named nor written for.
  const { shown, withheld } = await knownTo(
    db,
    res.locals.user!,
    related.map((member) => ({ ...member, access_restriction: member.accessRestriction })),
  );
  const alreadyFor = copies
    .filter((copy) => copy.child_id !== child.id && !shown.some((member) => member.id === copy.child_id))
    .map((copy) => ({ id: copy.child_id, name: copy.name, relationship: null }));
  return {
    workers,
    adults: network.filter((member) => member.kind === 'adult'),
    children: [
      ...shown.map((member) => ({ id: member.id, name: member.name, relationship: member.relationship })),
      ...alreadyFor,
    ],
    withheldChildren: withheld,
  };
}
type FormChoices = Awaited<ReturnType<typeof formChoices>>;

/** One field checked by its schema: its value, or undefined with the schema's message on the field. */
export function checked<T>(schema: z.ZodType<T>, value: unknown, field: string, errors: FormErrors): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  addError(errors, field, result.error.issues[0]?.message ?? 'Check this answer');
  return undefined;
}

/** Ids ticked from a list of choices; one not in the list refuses the answer. */
function chosenFrom(value: unknown, choices: readonly { id: number }[], field: string, errors: FormErrors) {
  const ids = [...new Set(asList(value))].map(Number);
  if (ids.every((id) => choices.some((choice) => choice.id === id))) return ids;
  addError(errors, field, 'Select from the list');
  return [];
}

const rowField = (field: string, row: number) => `${field}-${row}`;
const rowNumbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

function readWorkers(values: Record<string, unknown>, choices: FormChoices, errors: FormErrors, required: boolean) {
  const ids: number[] = [];
  let given = false;
  for (const row of rowNumbers(maxRows)) {
    const text = fieldText(values[rowField('worker', row)]).trim();
    if (!text) continue;
    given = true;
    const id = Number(text);
    if (!choices.workers.some((worker) => worker.id === id))
      addError(errors, rowField('worker', row), 'Select a worker from the list');
    else if (!ids.includes(id)) ids.push(id);
  }
  if (!given && required) addError(errors, rowField('worker', 1), 'Select a worker who was involved');
  return ids;
}

function readProfessionals(values: Record<string, unknown>, errors: FormErrors) {
  const professionals: { name: string; agency: string }[] = [];
  for (const row of rowNumbers(maxRows)) {
    const [nameField, agencyField] = [rowField('professionalName', row), rowField('professionalAgency', row)];
    const name = fieldText(values[nameField]).trim();
    const agency = fieldText(values[agencyField]).trim();
    if (!name && !agency) continue;
    if (!name) addError(errors, nameField, `Enter the name of professional ${row}`);
    else if (name.length > shortTextMax)
      addError(errors, nameField, `The name of professional ${row} must be ${shortTextMax} characters or fewer`);
    if (!agency) addError(errors, agencyField, `Enter the agency professional ${row} works for`);
    else if (agency.length > shortTextMax)
      addError(errors, agencyField, `The agency of professional ${row} must be ${shortTextMax} characters or fewer`);
    professionals.push({ name, agency });
  }
  return professionals;
}

/** One child's part of the note: every child has their own fields, and where they were seen is asked. */
const partOf = (who: { id: number; name: string }) => numberedPart(who, { askWhere: true });

function readChildPartOf(values: Record<string, unknown>, who: { id: number; name: string }, errors: FormErrors) {
  return { childId: who.id, ...readChildPart(values, partOf(who), errors) };
}

/**
 * The note as posted, every problem listed in the order of the page; undefined when there is one.
 * The children are this one, then each other child of the family ticked.
 */
export function readNote(
  values: Record<string, unknown>,
  child: Child,
  choices: FormChoices,
  now: Temporal.ZonedDateTime,
  errors: FormErrors,
  author: User,
): NoteDetails | undefined {
  const happenedAt = readDateTimeInput(values, 'happenedAt', 'this happened', now, errors);
  const kind = checked(codeOf(caseNoteKinds, 'Select what kind of contact this was'), values.kind, 'kind', errors);
  // A partner practitioner writes as themselves (they are no council worker): a worker is optional.
  const workerIds = readWorkers(values, choices, errors, !isPartner(author.roles));
  const familyMemberIds = chosenFrom(values.familyMembers, choices.adults, 'familyMembers', errors);
  const professionals = readProfessionals(values, errors);
  const noteText = checked(
    requiredText(noteTextMax, 'Enter the case note', 'The case note must be 50,000 characters or fewer'),
    values.noteText,
    'noteText',
    errors,
  );
  const first = readChildPartOf(values, { id: child.id, name: childName(child) }, errors);
  const alsoFor = chosenFrom(values.alsoFor, choices.children, 'alsoFor', errors);
  const others = alsoFor.map((id) =>
    readChildPartOf(
      values,
      choices.children.find((other) => other.id === id)!,
      errors,
    ),
  );
  if (hasErrors(errors) || !happenedAt || !kind || noteText === undefined) return undefined;
  return {
    happenedAt,
    kind,
    noteText,
    significant: fieldText(values.significant) === 'yes',
    workerIds,
    familyMemberIds,
    professionals,
    children: [first, ...others],
  };
}

/** The form's values from a stored draft, so it opens as it was saved. */
export async function storedValues(
  res: Response,
  note: CaseNote,
  copies: readonly SeenCopy[],
): Promise<Record<string, unknown>> {
  const involvement = await involvementOf(res.locals.services.db, note.id);
  const { dateItems, time } = dateTimeInputItems('happenedAt', {}, undefined, note.happened_at);
  return {
    ...Object.fromEntries(dateItems.map((item) => [item.id, item.value])),
    'happenedAt-time': time,
    kind: note.kind,
    noteText: note.note_text,
    significant: note.significant ? 'yes' : '',
    ...Object.fromEntries(
      involvement.workers.map((worker, index) => [rowField('worker', index + 1), String(worker.id)]),
    ),
    familyMembers: involvement.familyMembers.map((member) => String(member.id)),
    ...Object.fromEntries(
      involvement.professionals.flatMap((professional, index): [string, string][] => [
        [rowField('professionalName', index + 1), professional.name],
        [rowField('professionalAgency', index + 1), professional.agency],
      ]),
    ),
    ...Object.fromEntries(
      copies.flatMap((copy): [string, unknown][] => [
        [`childSeen-${copy.child_id}`, copy.child_seen ? 'yes' : 'no'],
        [`seenAlone-${copy.child_id}`, copy.child_seen ? (copy.seen_alone ? 'yes' : 'no') : ''],
        [`seenWhere-${copy.child_id}`, copy.seen_where ?? ''],
        [`wishesAndFeelings-${copy.child_id}`, copy.wishes_and_feelings ?? ''],
        [`voiceGathered-${copy.child_id}`, copy.voice_gathered],
      ]),
    ),
    alsoFor: copies.filter((copy) => copy.child_id !== note.child_id).map((copy) => String(copy.child_id)),
    version: String(note.version),
  };
}

/** The rows of workers or professionals shown: those filled in and one more (at least two). */
function rowsShown(values: Record<string, unknown>, fields: string[]) {
  const filled = rowNumbers(maxRows).filter((row) =>
    fields.some((field) => fieldText(values[rowField(field, row)]).trim()),
  );
  return rowNumbers(Math.min(maxRows, Math.max(2, (filled.at(-1) ?? 0) + 1)));
}

/** The form's view: its fields' items from what was posted, saved or stored. */
function noteFormView(
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
  choices: FormChoices,
  child: Child,
  user: User,
) {
  const viewOf = (who: { id: number; name: string }) => childPartView(values, partOf(who));
  const ticked = (field: string, id: number) => asList(values[field]).includes(String(id));
  return {
    happenedAt: dateTimeInputItems('happenedAt', values, errors),
    kindItems: codeItems(caseNoteKinds, values.kind),
    // The person writing the note is its first worker, until they choose someone else.
    workerRows: rowsShown(values, ['worker']).map((row) => ({
      row,
      items: workerItems(choices.workers, {
        ownTeamId: user.team_id,
        selected:
          values[rowField('worker', row)] ?? (row === 1 ? workerOfUser(choices.workers, user.id)?.id : undefined),
        prompt: 'Select a worker',
      }),
    })),
    familyItems: choices.adults.map((adult) => ({
      value: String(adult.id),
      text: adult.name,
      hint: { text: sentenceCase(adult.relationship) },
      checked: ticked('familyMembers', adult.id),
    })),
    professionalRows: rowsShown(values, ['professionalName', 'professionalAgency']).map((row) => ({
      row,
      name: fieldText(values[rowField('professionalName', row)]),
      agency: fieldText(values[rowField('professionalAgency', row)]),
    })),
    thisChild: viewOf({ id: child.id, name: childName(child) }),
    otherChildren: choices.children.map((other) => ({
      ...viewOf(other),
      relationship: other.relationship && sentenceCase(other.relationship),
      checked: ticked('alsoFor', other.id),
    })),
    withheldChildren: choices.withheldChildren,
  };
}

export interface NoteFormExtras {
  errors?: FormErrors;
  draft?: unknown;
  /** The draft being changed; none for a new note. */
  note?: CaseNote;
  copies?: readonly SeenCopy[];
}

export async function renderNoteForm(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  extras: NoteFormExtras = {},
  status = 200,
) {
  const choices = await formChoices(res, child, extras.copies);
  renderChildPage(
    res,
    'casenotes/note-form',
    child,
    {
      pageTitle: extras.note ? 'Change a draft case note' : 'Write a case note',
      action: extras.note ? `${notePath(extras.note)}/edit` : `${notesPath(child.id)}/new`,
      values,
      errors: extras.errors,
      draft: extras.draft,
      ...noteFormView(values, extras.errors, choices, child, res.locals.user!),
    },
    status,
  );
}

// ---------------------------------------------------------------------------------------------
// The note, its check page and its later pages
// ---------------------------------------------------------------------------------------------

/** A child's part of a note as shown: seen, where, and their voice. */
const partView = (copy: SeenCopy, readable: (text: string) => string) => ({
  childId: copy.child_id,
  name: copy.name,
  seen: seenText(copy),
  seenWhere: copy.seen_where,
  wishesAndFeelings: copy.wishes_and_feelings && readable(copy.wishes_and_feelings),
  gathered: gatheredNames(copy.voice_gathered),
});

/** Everything a note's pages show of it, as this person may read it. */
export async function noteView(res: Response, note: CaseNote, copies: readonly SeenCopy[]) {
  const { db } = res.locals.services;
  const readable = readableBy(copies);
  const [involvement, appendments, amendments, people] = await Promise.all([
    involvementOf(db, note.id),
    appendmentsOf(db, note),
    note.recorded_in_error ? amendmentsOf(db, 'case_notes', note.id) : Promise.resolve([]),
    db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', [note.created_by ?? 0, note.completed_by ?? 0])
      .execute(),
  ]);
  const nameOf = (id: number | null) => people.find((person) => person.id === id)?.display_name ?? 'Not recorded';
  const inError = amendments.find((amendment) => amendment.field === 'recorded_in_error');
  return {
    id: note.id,
    childId: note.child_id,
    version: note.version,
    happenedAt: note.happened_at,
    kindName: caseNoteKinds[note.kind as CaseNoteKind],
    status: statusTag(note),
    noteText: readable(note.note_text),
    significant: note.significant,
    workers: involvement.workers.map((worker) => worker.name),
    familyMembers: involvement.familyMembers.map((member) => `${member.forename} ${member.surname}`),
    professionals: involvement.professionals.map((professional) => `${professional.name}, ${professional.agency}`),
    writtenBy: nameOf(note.created_by),
    writtenAt: note.created_at,
    completed: note.completed_at ? { at: note.completed_at, by: nameOf(note.completed_by) } : undefined,
    recordedInError: note.recorded_in_error
      ? { at: inError?.amended_at, by: inError?.amended_by_name ?? 'Not recorded', reason: inError?.reason ?? '' }
      : undefined,
    appendments: appendments.map((appendment) => ({
      text: readable(appendment.appendment),
      at: appendment.appended_at,
      by: appendment.appended_by_name ?? 'Not recorded',
    })),
    together: await recordedTogether(
      res,
      copies.filter((copy) => copy.child_id !== note.child_id),
      notePath,
    ),
    thisChild: partView(
      copies.find((copy) => copy.child_id === note.child_id)!,
      readable,
    ),
    otherChildren: copies.filter((copy) => copy.child_id !== note.child_id).map((copy) => partView(copy, readable)),
  };
}

/** A page about one note (its own, the check page, adding to it, marking it), with the note shown. */
export async function renderNotePage(
  res: Response,
  view: string,
  child: Child,
  note: CaseNote,
  context: { pageTitle: string; errors?: FormErrors; values?: Record<string, unknown>; draft?: unknown },
  status = 200,
) {
  const copies = await copiesOf(res, child, note);
  renderChildPage(
    res,
    view,
    child,
    { ...context, values: context.values ?? {}, note: await noteView(res, note, copies), notePath: notePath(note) },
    status,
  );
}

// The steps' pages and their texts, shared by the case note routes.
const notRestricted =
  'This draft is also written for a child whose record you cannot open: ask someone who can to finish it';

/** Shows the note's page saying why the step asked for cannot be taken; false when there is no problem. */
export async function refused(res: Response, child: Child, note: CaseNote, problem: string | undefined) {
  if (!problem) return false;
  const errors = noErrors();
  addError(errors, 'record', problem);
  await renderNotePage(res, 'casenotes/note', child, note, { pageTitle: 'Case note', errors }, 409);
  return true;
}

/** Why this person may not change or complete the draft: it is completed, or also for a child they may not open. */
export const draftProblem = (note: CaseNote, copies: readonly SeenCopy[]) =>
  note.completed_at ? completedMessage : copies.some((copy) => copy.withheld) ? notRestricted : undefined;

export const renderCheck = (res: Response, child: Child, note: CaseNote, errors?: FormErrors, status = 200) =>
  renderNotePage(
    res,
    'casenotes/check',
    child,
    note,
    { pageTitle: 'Check the case note before completing it', errors },
    status,
  );

export const renderAdd = (
  res: Response,
  child: Child,
  note: CaseNote,
  form: { values: Record<string, unknown>; errors?: FormErrors; draft?: unknown },
  status = 200,
) => renderNotePage(res, 'casenotes/add', child, note, { pageTitle: 'Add to the case note', ...form }, status);

export const renderInError = (
  res: Response,
  child: Child,
  note: CaseNote,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) =>
  renderNotePage(
    res,
    'casenotes/recorded-in-error',
    child,
    note,
    { pageTitle: 'Mark the case note as recorded in error', values, errors },
    status,
  );

export const appendmentText = requiredText(
  10_000,
  'Enter what you are adding to the note',
  'What you add must be 10,000 characters or fewer',
);
export const reasonText = requiredText(
  2_000,
  'Enter why the note was recorded in error',
  'The reason must be 2,000 characters or fewer',
);
