import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { recordProgress, type RecordRef } from '../../platform/records/writes.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { londonDateOf } from '../../core/clock.ts';
import { chosenWorker } from '../workforce/index.ts';
import type { CaseNoteKind, VoiceGatheredBy } from './codes.ts';
import type { CaseNote } from './schema.ts';
import { completedMessage, notStandingProblem } from './model.ts';

explainConstraints({
  case_notes_completed_final: { field: 'record', message: completedMessage },
  case_notes_seen_alone_needs_seen: { field: 'seenAlone', message: 'A child seen alone must also be recorded as seen' },
  case_notes_seen_where_needs_seen: { field: 'seenWhere', message: 'Say where the child was seen only if they were' },
  case_notes_voice_says_how: {
    field: 'voiceGathered',
    message: 'Record the child’s wishes and feelings and how they were gathered, or neither',
  },
  case_notes_kind_check: { field: 'kind', message: 'Select what kind of contact this was' },
  case_note_workers_worker_id_fkey: { field: 'worker-1', message: 'Select a worker from the list' },
  case_note_family_members_adult_id_fkey: { field: 'familyMembers', message: 'Select family members from the list' },
  case_note_appendments_to_completed: {
    field: 'appendment',
    message: 'Only a completed note that is not recorded in error can be added to',
  },
});

/** What one child's copy of a note records of that child: seen, and their voice. */
export interface ChildPart {
  childId: number;
  childSeen: boolean;
  seenAlone: boolean;
  seenWhere: string | null;
  wishesAndFeelings: string | null;
  voiceGathered: VoiceGatheredBy[];
}

export interface NoteDetails {
  happenedAt: Date;
  kind: CaseNoteKind;
  noteText: string;
  significant: boolean;
  workerIds: number[];
  familyMemberIds: number[];
  professionals: { name: string; agency: string }[];
  /** The child whose record it is written from, then each other child of the family it is for. */
  children: [ChildPart, ...ChildPart[]];
}

const noteColumns = (details: NoteDetails, part: ChildPart) => ({
  happened_at: details.happenedAt,
  kind: details.kind,
  note_text: details.noteText,
  significant: details.significant,
  child_seen: part.childSeen,
  seen_alone: part.seenAlone,
  seen_where: part.seenWhere,
  wishes_and_feelings: part.wishesAndFeelings,
  voice_gathered: part.voiceGathered,
});

/** The workers a note names were each in post on the day it happened. */
async function checkWorkers(trx: Kysely<Database>, details: NoteDetails) {
  for (const workerId of details.workerIds)
    await chosenWorker(trx, {
      workerId,
      on: londonDateOf(details.happenedAt),
      field: 'worker-1',
      message: 'Select workers from the list: each in post on the day it happened',
    });
}

/** Who was involved, written afresh for a draft copy. */
async function writeInvolvement(trx: Kysely<Database>, noteId: number, details: NoteDetails) {
  for (const table of ['case_note_workers', 'case_note_family_members', 'case_note_professionals'] as const)
    await trx.deleteFrom(table).where('case_note_id', '=', noteId).execute();
  if (details.workerIds.length)
    await trx
      .insertInto('case_note_workers')
      .values(details.workerIds.map((workerId) => ({ case_note_id: noteId, worker_id: workerId })))
      .execute();
  if (details.familyMemberIds.length)
    await trx
      .insertInto('case_note_family_members')
      .values(details.familyMemberIds.map((adultId) => ({ case_note_id: noteId, adult_id: adultId })))
      .execute();
  if (details.professionals.length)
    await trx
      .insertInto('case_note_professionals')
      .values(details.professionals.map((professional) => ({ case_note_id: noteId, ...professional })))
      .execute();
}

async function addCopy(trx: Kysely<Database>, actor: Actor, noteGroup: string, details: NoteDetails, part: ChildPart) {
  const copy = await trx
    .insertInto('case_notes')
    .values({
      child_id: part.childId,
      note_group: noteGroup,
      ...noteColumns(details, part),
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeInvolvement(trx, copy.id, details);
  await childRecordChanged(trx, actor, {
    childId: String(part.childId),
    recordType: 'case_notes',
    recordId: copy.id,
    detail: { action: 'drafted' },
  });
  return copy;
}

/** Starts a draft note: one copy on each child's record, audited on each. Returns the first child's copy. */
export function draftCaseNote(db: Kysely<Database>, actor: Actor, details: NoteDetails): Promise<CaseNote> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      await checkWorkers(trx, details);
      const noteGroup = crypto.randomUUID();
      const [first, ...others] = details.children;
      const copy = await addCopy(trx, actor, noteGroup, details, first);
      for (const part of others) await addCopy(trx, actor, noteGroup, details, part);
      return copy;
    }),
  );
}

/**
 * Every copy of the note, locked, checked as the person saw it: still a draft (a completed note is
 * never edited) and at the version they saw.
 */
async function lockedDraftGroup(trx: Kysely<Database>, ref: RecordRef) {
  const copies = await trx
    .selectFrom('case_notes')
    .selectAll()
    .where('note_group', '=', (eb) =>
      eb.selectFrom('case_notes').select('note_group').where('id', '=', ref.id).where('child_id', '=', ref.childId),
    )
    .orderBy('id')
    .forUpdate()
    .execute();
  const note = copies.find((copy) => copy.id === ref.id);
  if (!note) throw new NotFoundError();
  if (note.completed_at) throw new RecordIntegrityError('record', completedMessage, undefined);
  if (note.version !== ref.version) throw new VersionConflictError('case note');
  return copies;
}

/**
 * Changes a draft note: each child's copy rewritten, a copy added for a child newly chosen and a
 * draft copy removed for a child no longer chosen (a draft was never part of the record).
 */
export function changeDraftCaseNote(
  db: Kysely<Database>,
  actor: Actor,
  ref: RecordRef,
  details: NoteDetails,
): Promise<CaseNote> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const copies = await lockedDraftGroup(trx, ref);
      await checkWorkers(trx, details);
      const noteGroup = copies[0]!.note_group;
      let changed: CaseNote | undefined;
      for (const part of details.children) {
        const existing = copies.find((copy) => copy.child_id === part.childId);
        if (!existing) {
          await addCopy(trx, actor, noteGroup, details, part);
          continue;
        }
        const copy = await trx
          .updateTable('case_notes')
          .set((eb) => ({
            ...noteColumns(details, part),
            version: eb('version', '+', 1),
            updated_by: actor.userId,
            updated_at: new Date(),
          }))
          .where('id', '=', existing.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await writeInvolvement(trx, copy.id, details);
        await childRecordChanged(trx, actor, {
          childId: String(copy.child_id),
          recordType: 'case_notes',
          recordId: copy.id,
          detail: { action: 'draft changed' },
        });
        if (copy.id === ref.id) changed = copy;
      }
      const chosen = new Set(details.children.map((part) => part.childId));
      for (const dropped of copies.filter((copy) => !chosen.has(copy.child_id))) {
        await trx.deleteFrom('case_notes').where('id', '=', dropped.id).execute();
        await childRecordChanged(trx, actor, {
          childId: String(dropped.child_id),
          recordType: 'case_notes',
          recordId: dropped.id,
          detail: { action: 'draft removed' },
        });
      }
      if (!changed) throw new NotFoundError();
      return changed;
    }),
  );
}

/**
 * Completes a draft note: every child's copy at once (all or none), each audited with the step. From
 * now on the database refuses to change the note (0063); it can be added to or marked in error.
 */
export function completeCaseNote(db: Kysely<Database>, actor: Actor, ref: RecordRef & { completedAt: Date }) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      for (const copy of await lockedDraftGroup(trx, ref)) {
        await recordProgress(trx, actor, {
          table: 'case_notes',
          id: copy.id,
          version: copy.version,
          childId: copy.child_id,
          values: { completed_at: ref.completedAt, completed_by: actor.userId },
        });
        await childRecordChanged(trx, actor, {
          childId: String(copy.child_id),
          recordType: 'case_notes',
          recordId: copy.id,
          reason: 'Case note completed',
        });
      }
    }),
  );
}

/** One child's copy, locked: a completed one, not recorded in error, for adding to or marking. */
async function lockedCompletedCopy(trx: Kysely<Database>, childId: number, id: number) {
  const note = await trx
    .selectFrom('case_notes')
    .selectAll()
    .where('id', '=', id)
    .where('child_id', '=', childId)
    .forUpdate()
    .executeTakeFirst();
  if (!note) throw new NotFoundError();
  const problem = notStandingProblem(note);
  if (problem) throw new RecordIntegrityError('record', problem, undefined);
  return note;
}

/** Adds to a completed note, with who and when; the note is kept as it was written. */
export function addToCaseNote(
  db: Kysely<Database>,
  actor: Actor,
  input: { childId: number; id: number; appendment: string; appendedAt: Date },
) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      await lockedCompletedCopy(trx, input.childId, input.id);
      const appendment = await trx
        .insertInto('case_note_appendments')
        .values({
          case_note_id: input.id,
          child_id: input.childId,
          appendment: input.appendment,
          appended_at: input.appendedAt,
          appended_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'case_notes',
        recordId: input.id,
        detail: { action: 'added to', appendmentId: appendment.id },
      });
      return appendment;
    }),
  );
}

/**
 * A manager marks one child's copy of a completed note as recorded in error, with the reason: a
 * correction (amendRecord), so who, when and why are kept and shown in the chronology. It is never deleted.
 */
export function markRecordedInError(db: Kysely<Database>, actor: Actor, input: RecordRef & { reason: string }) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      await lockedCompletedCopy(trx, input.childId, input.id);
      return amendRecord(trx, actor, {
        table: 'case_notes',
        recordId: input.id,
        childId: input.childId,
        version: input.version,
        changes: { recorded_in_error: true },
        reason: input.reason,
      });
    }),
  );
}

/** One page of a child's notes, newest first, with who wrote each, and how many there are. */
export async function caseNotesOf(db: Kysely<Database>, childId: number, page: { limit: number; offset: number }) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('case_notes')
      .leftJoin('users', 'users.id', 'case_notes.created_by')
      .selectAll('case_notes')
      .select('users.display_name as written_by')
      .where('child_id', '=', childId)
      .orderBy('happened_at', 'desc')
      .orderBy('case_notes.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('case_notes')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** The children of these note groups (the copies of each note), with what naming them needs. */
export const childrenOfNoteGroups = (db: Kysely<Database>, noteGroups: readonly string[]) =>
  noteGroups.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('case_notes')
        .innerJoin('children', 'children.id', 'case_notes.child_id')
        .select([
          'case_notes.id',
          'case_notes.note_group',
          'case_notes.child_id',
          'case_notes.child_seen',
          'case_notes.seen_alone',
          'case_notes.seen_where',
          'case_notes.wishes_and_feelings',
          'case_notes.voice_gathered',
          'case_notes.recorded_in_error',
          'children.forename',
          'children.surname',
          'children.preferred_name',
          'children.access_restriction',
        ])
        .where('case_notes.note_group', 'in', [...noteGroups])
        .orderBy('children.date_of_birth')
        .orderBy('case_notes.child_id')
        .execute();

/** Who was involved in a note: workers, family members and other professionals. */
export async function involvementOf(db: Kysely<Database>, noteId: number) {
  const [workers, familyMembers, professionals] = await Promise.all([
    db
      .selectFrom('case_note_workers')
      .innerJoin('workers', 'workers.id', 'case_note_workers.worker_id')
      .select(['workers.id', 'workers.name', 'workers.role'])
      .where('case_note_id', '=', noteId)
      .orderBy('workers.name')
      .execute(),
    db
      .selectFrom('case_note_family_members')
      .innerJoin('adults', 'adults.id', 'case_note_family_members.adult_id')
      .select(['adults.id', 'adults.forename', 'adults.surname'])
      .where('case_note_id', '=', noteId)
      .orderBy('adults.surname')
      .orderBy('adults.forename')
      .execute(),
    db
      .selectFrom('case_note_professionals')
      .select(['name', 'agency'])
      .where('case_note_id', '=', noteId)
      .orderBy('id')
      .execute(),
  ]);
  return { workers, familyMembers, professionals };
}

/** What was added to one child's copy of a note, oldest first, with who added it. */
export const appendmentsOf = (db: Kysely<Database>, note: Pick<CaseNote, 'id' | 'child_id'>) =>
  db
    .selectFrom('case_note_appendments')
    .leftJoin('users', 'users.id', 'case_note_appendments.appended_by')
    .selectAll('case_note_appendments')
    .select('users.display_name as appended_by_name')
    .where('case_note_appendments.child_id', '=', note.child_id)
    .where('case_note_id', '=', note.id)
    .orderBy('case_note_appendments.id')
    .execute();
