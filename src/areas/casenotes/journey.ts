import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildsVoiceSource, VoiceGatheredBy } from '../../platform/records/childsVoice.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';
import { londonDateOf } from '../../core/clock.ts';
import { caseNoteKinds, type CaseNoteKind } from './codes.ts';

/** Notes that stand as the record: completed, and not marked recorded in error. */
const standing = (db: Kysely<Database>) =>
  db.selectFrom('case_notes').where('completed_at', 'is not', null).where('recorded_in_error', '=', false);

/** This area's part of a journey with no records. */
export const emptyCaseNotesJourney = { childSeenAlone: [] };

/** The days each child was seen alone in work a case note records, earliest first (the child-seen-alone standard reads them). */
export async function caseNotesJourney(db: Kysely<Database>, childIds: readonly number[]) {
  const notes = await standing(db)
    .select(['child_id', 'happened_at'])
    .where('child_id', 'in', childIds)
    .where('seen_alone', '=', true)
    .orderBy('happened_at')
    .execute();
  const notesOf = groupBy(notes, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    childSeenAlone: (notesOf.get(childId) ?? []).map((row) => londonDateOf(row.happened_at)),
  }));
}

/** The child's wishes and feelings as each standing note records them, newest first. */
export const caseNotesVoice: ChildsVoiceSource = async (db, childId) => {
  const notes = await standing(db)
    .select(['id', 'kind', 'happened_at', 'seen_alone', 'wishes_and_feelings', 'voice_gathered'])
    .where('child_id', '=', childId)
    .where('wishes_and_feelings', 'is not', null)
    .orderBy('happened_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return notes.map((note) => ({
    date: londonDateOf(note.happened_at),
    where: `Case note: ${caseNoteKinds[note.kind as CaseNoteKind].toLowerCase()}`,
    href: `/children/${childId}/case-notes/${note.id}`,
    words: note.wishes_and_feelings!,
    gathered: note.voice_gathered as VoiceGatheredBy[],
    seenAlone: note.seen_alone,
  }));
};
