import type { Selectable } from 'kysely';
import type { DateColumn, Flag, Id, Tracked } from '../../platform/db/columns.ts';

export interface FamilyHelpEpisodesTable extends Tracked {
  id: Id;
  start_date: DateColumn;
  end_date: DateColumn | null;
  end_reason: string | null;
  end_detail: string | null;
  /** Who asked for help (a CIN census source of referral), carried to the referral when the help is under section 17. */
  source: string;
  contact_id: number | null;
  lead_practitioner_id: number;
  plan_agreed_on: DateColumn | null;
  plan_section_17: Flag;
  plan_outcomes: string | null;
  stepped_up_on: DateColumn | null;
  step_up_reason: string | null;
}

export interface FamilyHelpChildrenTable extends Tracked {
  id: Id;
  episode_id: number;
  child_id: number;
  start_date: DateColumn;
  end_date: DateColumn | null;
  /** The CIN episode this child's help counts as, once a section 17 assessment or plan begins. */
  referral_id: number | null;
}

export interface FamilyHelpTeamMembersTable extends Tracked {
  id: Id;
  episode_id: number;
  user_id: number;
  role: string;
  added_on: DateColumn;
  left_on: DateColumn | null;
}

export interface FamilyHelpAssessmentsTable extends Tracked {
  id: Id;
  episode_id: number;
  child_id: number;
  kind: string;
  start_date: DateColumn;
  completed_date: DateColumn | null;
  summary: string | null;
  assessment_id: number | null;
}

export interface FamilyPlanActionsTable extends Tracked {
  id: Id;
  episode_id: number;
  action: string;
  owner: string;
  due_date: DateColumn;
  done_date: DateColumn | null;
}

export interface FamilyPlanReviewsTable extends Tracked {
  id: Id;
  episode_id: number;
  review_date: DateColumn;
  progress: string;
  decision: string;
}

/** The Family Help area's tables (Kysely types): 0118_family_help.ts. */
export interface FamilyHelpTables {
  family_help_episodes: FamilyHelpEpisodesTable;
  family_help_children: FamilyHelpChildrenTable;
  family_help_team_members: FamilyHelpTeamMembersTable;
  family_help_assessments: FamilyHelpAssessmentsTable;
  family_plan_actions: FamilyPlanActionsTable;
  family_plan_reviews: FamilyPlanReviewsTable;
}

export type FamilyHelpEpisode = Selectable<FamilyHelpEpisodesTable>;
export type FamilyHelpChild = Selectable<FamilyHelpChildrenTable>;
export type FamilyHelpAssessment = Selectable<FamilyHelpAssessmentsTable>;
export type FamilyPlanAction = Selectable<FamilyPlanActionsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends FamilyHelpTables {}
}
