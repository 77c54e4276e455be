import type { ColumnType, Selectable } from 'kysely';
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
}

/** The assessment area's tables (Kysely types), one entry per table 0012_assessment.ts creates. */
export interface AssessmentTables {
  referrals: ReferralsTable;
  assessments: AssessmentsTable;
}

export type Referral = Selectable<ReferralsTable>;
export type Assessment = Selectable<AssessmentsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends AssessmentTables {}
}
