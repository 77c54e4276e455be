import type { ColumnType, Selectable } from 'kysely';
import type { Flag, Id, Timestamp, Tracked } from '../../platform/db/columns.ts';

export interface CaseNotesTable extends Tracked {
  id: Id;
  child_id: number;
  /** The copies of one note written for several children share it. */
  note_group: string;
  happened_at: Timestamp;
  kind: string;
  note_text: string;
  significant: Flag;
  child_seen: boolean;
  seen_alone: Flag;
  seen_where: string | null;
  wishes_and_feelings: string | null;
  voice_gathered: ColumnType<string[], string[] | undefined, string[]>;
  /** Null while the note is a draft. */
  completed_at: Timestamp | null;
  completed_by: number | null;
  recorded_in_error: Flag;
}

/** The case notes area's tables (Kysely types), as 0062_case_notes.ts creates them. */
export interface CaseNotesTables {
  case_notes: CaseNotesTable;
  case_note_workers: { case_note_id: number; worker_id: number };
  case_note_family_members: { case_note_id: number; adult_id: number };
  case_note_professionals: { id: Id; case_note_id: number; name: string; agency: string };
  case_note_appendments: {
    id: Id;
    case_note_id: number;
    child_id: number;
    appendment: string;
    appended_at: ColumnType<Date, Date | undefined, never>;
    appended_by: number | null;
  };
}

export type CaseNote = Selectable<CaseNotesTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends CaseNotesTables {}
}
