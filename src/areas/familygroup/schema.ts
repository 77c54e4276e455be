import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';

export interface FamilyGroupMeetingsTable extends Tracked {
  id: Id;
  kind: string;
  offered_date: DateColumn;
  offered_by_worker_id: number;
  response: string | null;
  response_date: DateColumn | null;
  declined_reason: string | null;
  declined_detail: string | null;
  held_date: DateColumn | null;
  coordinator_worker_id: number | null;
  other_attendees: string | null;
  family_plan: string | null;
  review_due_date: DateColumn | null;
}

export interface FamilyPlanActionsTable extends Tracked {
  id: Id;
  meeting_id: number;
  action: string;
  owner: string;
  due_date: DateColumn | null;
  done_date: DateColumn | null;
}

export interface FamilyPlanReviewsTable extends Tracked {
  id: Id;
  meeting_id: number;
  review_date: DateColumn;
  outcome: string;
  notes: string | null;
  next_review_date: DateColumn | null;
}

export interface FamilyNetworkSupportPackagesTable extends Tracked {
  id: Id;
  meeting_id: number | null;
  kind: string;
  amount_pence: number | null;
  description: string | null;
  start_date: DateColumn;
  end_date: DateColumn | null;
  recipient_adult_id: number | null;
  recipient_name: string | null;
}

export interface FamilyGroupNotOfferedTable extends Tracked {
  id: Id;
  pre_proceedings_id: number | null;
  care_proceedings_id: number | null;
  before_date: DateColumn;
  reason: string;
  detail: string | null;
}

/** The family group area's tables (Kysely types), one entry per table its migrations create. */
export interface FamilyGroupTables {
  family_group_meetings: FamilyGroupMeetingsTable;
  family_group_meeting_children: { meeting_id: number; child_id: number };
  family_group_meeting_attendees: { meeting_id: number; adult_id: number };
  family_group_plan_actions: FamilyPlanActionsTable;
  family_group_plan_reviews: FamilyPlanReviewsTable;
  family_network_support_packages: FamilyNetworkSupportPackagesTable;
  family_network_support_package_children: { package_id: number; child_id: number };
  family_group_not_offered: FamilyGroupNotOfferedTable;
  family_group_not_offered_children: { not_offered_id: number; child_id: number };
}

declare module '../../platform/db/schema.ts' {
  interface Database extends FamilyGroupTables {}
}
