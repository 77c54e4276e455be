import type { ColumnType, Selectable } from 'kysely';
import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';
import type { ImportedFrom } from '../../platform/records/imported.ts';

export interface CinPlansTable extends Tracked {
  id: Id;
  child_id: number;
  referral_id: number | null;
  start_date: DateColumn;
  end_date: DateColumn | null;
  /** Loaded from a past CIN census (0129). */
  imported_from: ImportedFrom | null;
}

export interface CinPlanReviewsTable extends Tracked {
  id: Id;
  child_id: number;
  cin_plan_id: number;
  review_date: DateColumn;
  notes: string | null;
}

/** Columns the database computes from plan_type and plan_id (read-only). */
type GeneratedPlanKey = ColumnType<number | null, never, never>;

export interface PlanActionsTable extends Tracked {
  id: Id;
  child_id: number;
  plan_type: string;
  plan_id: number;
  cin_plan_id: GeneratedPlanKey;
  child_protection_plan_id: GeneratedPlanKey;
  description: string;
  /** An actionOwnerKinds code, or ownerAsRecorded (0066). */
  owner_kind: string;
  owner_worker_id: number | null;
  /** A family member: an adult of the child's family network. */
  owner_adult_id: number | null;
  /** A professional's name, or an owner's words as recorded before owners were chosen. */
  owner_name: string | null;
  owner_agency: string | null;
  /** An owner chosen from the accounts before owners were chosen from the workforce: history only. */
  owner_user_id: number | null;
  recorded_date: DateColumn;
  due_date: DateColumn;
  done_date: DateColumn | null;
}

/**
 * A version of a CIN or CP plan's content (0073): what needs to change and the contingency, as the
 * worker submitted it, and what a manager decided.
 */
export interface PlanVersionsTable extends Tracked {
  id: Id;
  child_id: number;
  /** child-in-need or child-protection: a care plan is the care area's. */
  plan_type: string;
  plan_id: number;
  cin_plan_id: GeneratedPlanKey;
  child_protection_plan_id: GeneratedPlanKey;
  /** 1 for the plan as first written, then one more for each change. */
  number: number;
  what_needs_to_change: string;
  contingency: string;
  /** Why a later version changes the plan (none on the first). */
  change_reason: string | null;
  submitted_date: DateColumn;
  submitted_by: number | null;
  /** A planVersionDecisions code; none while it awaits a manager. */
  decision: string | null;
  decision_date: DateColumn | null;
  decided_by: number | null;
  return_reason: string | null;
}

/**
 * The planning area's tables (Kysely types), one entry per table its migrations create but visits
 * (created by 0014_planning.ts too, now the visits area's). */
export interface PlanningTables {
  cin_plans: CinPlansTable;
  cin_plan_reviews: CinPlanReviewsTable;
  plan_actions: PlanActionsTable;
  plan_versions: PlanVersionsTable;
}

export type ChildInNeedPlan = Selectable<CinPlansTable>;
export type ChildInNeedPlanReview = Selectable<CinPlanReviewsTable>;
export type PlanAction = Selectable<PlanActionsTable>;
export type PlanVersion = Selectable<PlanVersionsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends PlanningTables {}
}
