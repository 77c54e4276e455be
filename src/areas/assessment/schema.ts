import type { ColumnType, Selectable } from 'kysely';
import type { ImportedFrom } from '../../platform/records/imported.ts';
import type { DateColumn, Flag, Id, Tracked } from '../../platform/db/columns.ts';

export interface ReferralsTable extends Tracked {
  id: Id;
  child_id: number;
  referral_date: DateColumn;
  source: string;
  primary_need: string | null;
  no_further_action: Flag;
  closure_date: DateColumn | null;
  closure_reason: string | null;
  contact_id: number | null;
  imported_from: ImportedFrom | null;
}

export interface AssessmentsTable extends Tracked {
  id: Id;
  child_id: number;
  referral_id: number;
  start_date: DateColumn;
  child_seen_date: DateColumn | null;
  child_seen_alone: Flag;
  submitted_date: DateColumn | null;
  authorisation_date: DateColumn | null;
  authorised_by: number | null;
  factors: ColumnType<string[], string[] | undefined, string[]>;
  outcome: string | null;
  /** The practice of the assessment (0069): the child's lived experience, the parents' views, the analysis, the recommendation. */
  childs_lived_experience: string | null;
  parents_views: string | null;
  analysis: string | null;
  recommendation: string | null;
  /** The child's voice (0081): their wishes and feelings in their own words and how they were gathered. */
  wishes_and_feelings: string | null;
  voice_gathered: ColumnType<string[], string[] | undefined, string[]>;
  /** Why the child was not seen during the assessment (0081): asked instead of the day they were. */
  child_not_seen_reason: string | null;
  imported_from: ImportedFrom | null;
}

/** The assessment area's tables (Kysely types), one entry per table its migrations create. */
export interface AssessmentTables {
  referrals: ReferralsTable;
  assessments: AssessmentsTable;
}

export type Referral = Selectable<ReferralsTable>;
export type Assessment = Selectable<AssessmentsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends AssessmentTables {}
}
