import type { ColumnType, Selectable } from 'kysely';
import type { CreatedAt, DateColumn, Flag, Id, Tracked } from '../../platform/db/columns.ts';
import type { ImportedFrom } from '../../platform/records/imported.ts';

export interface StrategyDiscussionsTable extends Tracked {
  id: Id;
  child_id: number;
  referral_id: number | null;
  decision_date: DateColumn;
  held_date: DateColumn | null;
  agencies: ColumnType<string[], string[] | undefined, string[]>;
  decision: string | null;
  /** Shared by the discussions of brothers and sisters recorded together (0067). */
  discussed_together: string | null;
  information_shared: string | null;
  decision_reasons: string | null;
  /** Loaded from a past CIN census (0129): the discussion that began an imported enquiry. */
  imported_from: ImportedFrom | null;
}

/** Who attended a strategy discussion held (0067): the practice, beside the agencies the DfE counts. */
export interface StrategyDiscussionAttendeesTable {
  id: Id;
  strategy_discussion_id: number;
  child_id: number;
  name: string;
  agency: string;
  role: string;
  created_at: CreatedAt;
  created_by: number | null;
}

/** An action a strategy discussion agreed (0076): its owner chosen as a plan action's is, and the date by which. */
export interface StrategyDiscussionActionsTable extends Tracked {
  id: Id;
  strategy_discussion_id: number;
  child_id: number;
  /** The day the discussion was held. */
  held_date: DateColumn;
  description: string;
  owner_kind: string;
  owner_worker_id: number | null;
  owner_adult_id: number | null;
  owner_name: string | null;
  owner_agency: string | null;
  due_date: DateColumn;
  done_date: DateColumn | null;
}

export interface Section47EnquiriesTable extends Tracked {
  id: Id;
  child_id: number;
  strategy_discussion_id: number;
  start_date: DateColumn;
  end_date: DateColumn | null;
  outcome: string | null;
  initial_conference_not_required: Flag;
  /** What the enquiry found, the child's account and why its outcome (0068). */
  findings: string | null;
  childs_account: string | null;
  outcome_reasons: string | null;
  imported_from: ImportedFrom | null;
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
  /** Why the conference decided as it did, and how the parents took part (0071). */
  decision_reasons: string | null;
  parents_participation: string | null;
  /** The child's views brought to the conference (0082): in their own words, and how they were gathered. */
  wishes_and_feelings: string | null;
  voice_gathered: ColumnType<string[], string[] | undefined, string[]>;
  /** Shared by the rows of a conference recorded for brothers and sisters in one step (0097). */
  recorded_together: string | null;
  imported_from: ImportedFrom | null;
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
  /** What the senior manager found and the direction they gave (0070). */
  senior_manager_finding: string | null;
  senior_manager_direction: string | null;
  imported_from: ImportedFrom | null;
  /** NumberOfPreviousCPP as an imported census gave it (0129): it may count plans Harbour does not hold. */
  previous_plans_given: number | null;
}

export interface CoreGroupMeetingsTable extends Tracked {
  id: Id;
  child_id: number;
  child_protection_plan_id: number;
  meeting_date: DateColumn;
  notes: string | null;
  /** Shared by the rows of a meeting recorded for brothers and sisters in one step (0097). */
  recorded_together: string | null;
}

/** A team of the teams table that is a multi-agency child protection team (0122). */
export interface MultiAgencyTeamsTable extends Tracked {
  team_id: number;
}

/** A member of a multi-agency child protection team (0122): a Harbour user, or a professional by name. */
export interface MultiAgencyTeamMembersTable extends Tracked {
  id: Id;
  team_id: number;
  user_id: number | null;
  name: string | null;
  agency: string;
  role: string;
  phone: string | null;
  email: string | null;
  joined_on: DateColumn;
  left_on: DateColumn | null;
}

/** Who leads a section 47 enquiry or a plan, and the team holding it, from a day (0123): rows are never changed. */
export interface LeadChildProtectionPractitionersTable {
  id: Id;
  child_id: number;
  section_47_enquiry_id: number | null;
  child_protection_plan_id: number | null;
  worker_id: number;
  team_id: number | null;
  from_date: DateColumn;
  reason: string | null;
  created_at: CreatedAt;
  created_by: number | null;
}

/** What an agency contributed to a strategy discussion, or why it did not take part (0124). */
export interface StrategyDiscussionContributionsTable extends Tracked {
  id: Id;
  strategy_discussion_id: number;
  child_id: number;
  held_date: DateColumn;
  agency: string;
  took_part: boolean;
  absence_reason: string | null;
  information_shared: string | null;
  agency_view: string | null;
  actions: string | null;
}

/** What an agency contributed to a section 47 enquiry, on a day (0124). */
export interface Section47ContributionsTable extends Tracked {
  id: Id;
  section_47_enquiry_id: number;
  child_id: number;
  agency: string;
  contributed_on: DateColumn;
  information_shared: string;
  agency_view: string | null;
  actions: string | null;
}

/** The protection area's tables (Kysely types), one entry per table its migrations create. */
export interface ProtectionTables {
  strategy_discussions: StrategyDiscussionsTable;
  strategy_discussion_attendees: StrategyDiscussionAttendeesTable;
  strategy_discussion_actions: StrategyDiscussionActionsTable;
  section_47_enquiries: Section47EnquiriesTable;
  child_protection_conferences: ChildProtectionConferencesTable;
  child_protection_plans: ChildProtectionPlansTable;
  core_group_meetings: CoreGroupMeetingsTable;
  multi_agency_teams: MultiAgencyTeamsTable;
  multi_agency_team_members: MultiAgencyTeamMembersTable;
  lead_child_protection_practitioners: LeadChildProtectionPractitionersTable;
  strategy_discussion_contributions: StrategyDiscussionContributionsTable;
  section_47_contributions: Section47ContributionsTable;
}

export type StrategyDiscussion = Selectable<StrategyDiscussionsTable>;
export type StrategyDiscussionAttendee = Selectable<StrategyDiscussionAttendeesTable>;
export type StrategyDiscussionAction = Selectable<StrategyDiscussionActionsTable>;
export type Section47Enquiry = Selectable<Section47EnquiriesTable>;
export type ChildProtectionConference = Selectable<ChildProtectionConferencesTable>;
export type ChildProtectionPlan = Selectable<ChildProtectionPlansTable>;
export type CoreGroupMeeting = Selectable<CoreGroupMeetingsTable>;
export type MultiAgencyTeamMember = Selectable<MultiAgencyTeamMembersTable>;
export type StrategyDiscussionContribution = Selectable<StrategyDiscussionContributionsTable>;
export type Section47Contribution = Selectable<Section47ContributionsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends ProtectionTables {}
}
