import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';
import type { ImportedFrom } from '../../platform/records/imported.ts';

interface SdqScoresTable extends Tracked {
  id: Id;
  child_id: number;
  completed_on: DateColumn;
  score: number | null;
  reason_not_done: string | null;
  /** Loaded from a past 903's OC2 (0130), dated the year's last day. */
  imported_from: ImportedFrom | null;
}

interface ImmunisationChecksTable extends Tracked {
  id: Id;
  child_id: number;
  checked_on: DateColumn;
  up_to_date: boolean;
  imported_from: ImportedFrom | null;
}

interface SubstanceMisuseChecksTable extends Tracked {
  id: Id;
  child_id: number;
  checked_on: DateColumn;
  problem_identified: boolean;
  intervention_received: boolean | null;
  intervention_offered: boolean | null;
  imported_from: ImportedFrom | null;
}

/** The looked-after child's OC2 health tables (migration 0089). */
interface CareHealthTables {
  sdq_scores: SdqScoresTable;
  immunisation_checks: ImmunisationChecksTable;
  substance_misuse_checks: SubstanceMisuseChecksTable;
}

declare module '../../platform/db/schema.ts' {
  interface Database extends CareHealthTables {}
}
