import type { Selectable } from 'kysely';
import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';

export interface CareLeaversTable extends Tracked {
  id: Id;
  child_id: number;
  personal_adviser_user_id: number | null;
  personal_adviser_name: string | null;
  personal_adviser_worker_id: number | null;
  needs_assessment_date: DateColumn | null;
  service_end_date: DateColumn | null;
}

export interface CareLeaverEligibilityTable extends Tracked {
  id: Id;
  child_id: number;
  category: string;
  start_date: DateColumn;
  end_date: DateColumn | null;
}

export interface PathwayPlansTable extends Tracked {
  id: Id;
  child_id: number;
  plan_date: DateColumn;
}

export interface PathwayPlanReviewsTable extends Tracked {
  id: Id;
  pathway_plan_id: number;
  child_id: number;
  review_date: DateColumn;
}

export interface CareLeaverContactsTable extends Tracked {
  id: Id;
  child_id: number;
  contact_date: DateColumn;
  in_touch: string;
  accommodation: string | null;
  accommodation_suitable: boolean | null;
  activity: string | null;
}

/** The leaving care area's tables (Kysely types), one entry per table its migrations create. */
export interface LeavingCareTables {
  care_leavers: CareLeaversTable;
  care_leaver_eligibility: CareLeaverEligibilityTable;
  pathway_plans: PathwayPlansTable;
  pathway_plan_reviews: PathwayPlanReviewsTable;
  care_leaver_contacts: CareLeaverContactsTable;
}

export type CareLeaverRow = Selectable<CareLeaversTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends LeavingCareTables {}
}
