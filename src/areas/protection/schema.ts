import type { ColumnType, Selectable } from 'kysely';
import type { DateColumn, Flag, Id, Tracked } from '../../platform/db/columns.ts';

export interface StrategyDiscussionsTable extends Tracked {
  id: Id;
  child_id: number;
  referral_id: number | null;
  decision_date: DateColumn;
  held_date: DateColumn | null;
  agencies: ColumnType<string[], string[] | undefined, string[]>;
  decision: string | null;
}

export interface Section47EnquiriesTable extends Tracked {
  id: Id;
  child_id: number;
  strategy_discussion_id: number;
  start_date: DateColumn;
  end_date: DateColumn | null;
  outcome: string | null;
  initial_conference_not_required: Flag;
}

export interface ChildProtectionConferencesTable extends Tracked {
  id: Id;
  child_id: number;
  type: string;
  conference_date: DateColumn;
  section_47_enquiry_id: number | null;
  child_protection_plan_id: number | null;
  outcome: string;
  category: string | null;
  child_participation: string | null;
  practice_rating: string | null;
  /** The account recorded as the chair before chairs were chosen from the workforce (0065): history only. */
  chair_id: number | null;
  /** The chair: a worker (0065). */
  chair_worker_id: number | null;
}

export interface ChildProtectionPlansTable extends Tracked {
  id: Id;
  child_id: number;
  conference_id: number;
  start_date: DateColumn;
  end_date: DateColumn | null;
  initial_category: string;
  latest_category: string;
  senior_manager_review_date: DateColumn | null;
  /** Why a plan ended away from a review conference (0041). */
  end_reason: string | null;
}

export interface CoreGroupMeetingsTable extends Tracked {
  id: Id;
  child_id: number;
  child_protection_plan_id: number;
  meeting_date: DateColumn;
  notes: string | null;
}

/** The protection area's tables (Kysely types), one entry per table 0013_protection.ts creates. */
export interface ProtectionTables {
  strategy_discussions: StrategyDiscussionsTable;
  section_47_enquiries: Section47EnquiriesTable;
  child_protection_conferences: ChildProtectionConferencesTable;
  child_protection_plans: ChildProtectionPlansTable;
  core_group_meetings: CoreGroupMeetingsTable;
}

export type StrategyDiscussion = Selectable<StrategyDiscussionsTable>;
export type Section47Enquiry = Selectable<Section47EnquiriesTable>;
export type ChildProtectionConference = Selectable<ChildProtectionConferencesTable>;
export type ChildProtectionPlan = Selectable<ChildProtectionPlansTable>;
export type CoreGroupMeeting = Selectable<CoreGroupMeetingsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends ProtectionTables {}
}
