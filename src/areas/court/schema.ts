import type { DateColumn, Id, Tracked, Version } from '../../platform/db/columns.ts';

export interface PreProceedingsTable extends Tracked {
  id: Id;
  family_id: number | null;
  start_date: DateColumn;
  letter_before_proceedings_date: DateColumn | null;
  initial_meeting_date: DateColumn | null;
  decision_date: DateColumn | null;
  outcome: string | null;
  outcome_detail: string | null;
  family_group_meeting_offered_date: DateColumn | null;
  family_group_meeting_held_date: DateColumn | null;
  imported_from: string | null;
  review_meetings_given: number | null;
  application_date_given: DateColumn | null;
}

export interface PreProceedingsMeetingsTable extends Tracked {
  id: Id;
  pre_proceedings_id: number;
  meeting_type: string;
  meeting_date: DateColumn;
}

export interface CareProceedingsTable extends Tracked {
  id: Id;
  family_id: number | null;
  pre_proceedings_id: number | null;
  issue_date: DateColumn;
  court: string;
  court_reference: string | null;
  conclusion_date: DateColumn | null;
}

export interface ProceedingsChildrenTable {
  id: Id;
  proceedings_id: number;
  child_id: number;
  final_order: string | null;
  version: Version;
}

export interface ProceedingsExtensionsTable extends Tracked {
  id: Id;
  proceedings_id: number;
  granted_date: DateColumn;
  weeks: number;
  reason: string;
}

export interface ProceedingsHearingsTable extends Tracked {
  id: Id;
  proceedings_id: number;
  hearing_date: DateColumn;
  hearing_type: string;
  court: string;
  outcome: string | null;
  next_hearing_date: DateColumn | null;
}

export interface ProceedingsInterimOrdersTable extends Tracked {
  id: Id;
  proceedings_id: number;
  child_id: number;
  order_type: string;
  made_date: DateColumn;
}

export interface DeprivationOfLibertyOrdersTable extends Tracked {
  id: Id;
  child_id: number;
  start_date: DateColumn;
  end_date: DateColumn | null;
  court: string | null;
  court_reference: string | null;
  imported_from: string | null;
}

/** The court area's tables (Kysely types), one entry per table its migrations create. */
export interface CourtTables {
  pre_proceedings: PreProceedingsTable;
  pre_proceedings_children: { pre_proceedings_id: number; child_id: number };
  pre_proceedings_meetings: PreProceedingsMeetingsTable;
  care_proceedings: CareProceedingsTable;
  proceedings_children: ProceedingsChildrenTable;
  proceedings_extensions: ProceedingsExtensionsTable;
  proceedings_hearings: ProceedingsHearingsTable;
  proceedings_interim_orders: ProceedingsInterimOrdersTable;
  deprivation_of_liberty_orders: DeprivationOfLibertyOrdersTable;
}

declare module '../../platform/db/schema.ts' {
  interface Database extends CourtTables {}
}
