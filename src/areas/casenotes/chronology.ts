import type { ChronologyEvent, ChronologySource } from '../../platform/records/chronology.ts';
import { inDateOrder, londonDateOf } from '../../platform/records/chronology.ts';
import { groupBy } from '../../platform/records/byChild.ts';
import { caseNoteKinds, type CaseNoteKind } from './codes.ts';
import { excerpt, namesOf } from './model.ts';

/**
 * Significant events from the case notes: completed notes marked significant. A copy recorded in
 * error is left out (its correction, with the manager's reason, is in the chronology instead), and
 * a note written for several children is one line naming each child whose copy stands.
 */
export const caseNotesChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const standing = db
    .selectFrom('case_notes')
    .where('significant', '=', true)
    .where('completed_at', 'is not', null)
    .where('recorded_in_error', '=', false);
  const copies = await standing
    .innerJoin('children', 'children.id', 'case_notes.child_id')
    .select([
      'case_notes.id',
      'case_notes.note_group',
      'case_notes.child_id',
      'case_notes.happened_at',
      'case_notes.kind',
      'case_notes.note_text',
      'children.forename',
      'children.surname',
      'children.preferred_name',
    ])
    .where('note_group', 'in', standing.select('note_group').where('child_id', 'in', childIds))
    .orderBy('case_notes.id')
    .execute();
  const groups = groupBy(copies, (copy) => copy.note_group);
  return inDateOrder(
    [...groups.values()].map((children): ChronologyEvent => {
      const note = children[0]!;
      return {
        date: londonDateOf(note.happened_at),
        at: note.happened_at,
        type: 'case-note',
        summary: `Case note, ${caseNoteKinds[note.kind as CaseNoteKind].toLowerCase()}: ${excerpt(note.note_text, 200)}`,
        childIds: children.map((copy) => copy.child_id),
        recordType: 'case_notes',
        recordId: note.id,
        names: children.flatMap((copy) => namesOf(copy).map((name) => ({ childId: copy.child_id, name }))),
      };
    }),
  );
};
