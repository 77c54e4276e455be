import type { Selectable } from 'kysely';
import type { DateColumn, Flag, Id, Tracked } from '../../platform/db/columns.ts';
import type { ImportedFrom } from '../../platform/records/imported.ts';

export interface PermanencePlansTable extends Tracked {
  id: Id;
  child_id: number;
  plan_type: string;
  start_date: DateColumn;
  end_date: DateColumn | null;
}

export interface AdoptionPlansTable extends Tracked {
  id: Id;
  child_id: number;
  should_be_placed_date: DateColumn;
  placement_order_date: DateColumn | null;
  matched_date: DateColumn | null;
  placed_date: DateColumn | null;
  adoption_order_date: DateColumn | null;
  fostering_for_adoption: Flag;
  fostering_for_adoption_date: DateColumn | null;
  ended_date: DateColumn | null;
  reason_placed_ceased: string | null;
  plan_change_reason: string | null;
  /** SEX_ADOPTR and LS_ADOPTR of the adopters matched (0131): codes, never who they are. */
  adopters_sex: string | null;
  adopters_legal_status: string | null;
  /** Loaded from a past SSDA903 (0131). */
  imported_from: ImportedFrom | null;
}

export interface SpecialGuardianshipOrdersTable extends Tracked {
  id: Id;
  child_id: number;
  order_date: DateColumn;
}

export interface SpecialGuardianAssessmentsTable extends Tracked {
  id: Id;
  child_id: number;
  special_guardian: string;
  started_date: DateColumn;
  completed_date: DateColumn | null;
}

export interface LongTermFosteringConfirmationsTable extends Tracked {
  id: Id;
  child_id: number;
  panel_date: DateColumn;
  confirmed_date: DateColumn;
}

export interface SiblingPlacementsTable extends Tracked {
  id: Id;
  child_id: number;
  sibling_group: string;
  decided_date: DateColumn;
  placed: string;
  reason: string | null;
}

/** The permanence area's tables (Kysely types), one entry per table its migrations create. */
export interface PermanenceTables {
  permanence_plans: PermanencePlansTable;
  adoption_plans: AdoptionPlansTable;
  special_guardianship_orders: SpecialGuardianshipOrdersTable;
  special_guardian_assessments: SpecialGuardianAssessmentsTable;
  long_term_fostering_confirmations: LongTermFosteringConfirmationsTable;
  sibling_placements: SiblingPlacementsTable;
}

export type AdoptionPlanRow = Selectable<AdoptionPlansTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends PermanenceTables {}
}
