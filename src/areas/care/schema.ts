import type { Generated, Selectable } from 'kysely';
import type { ImportedFrom } from '../../platform/records/imported.ts';
import type { DateColumn, Flag, Id, Tracked } from '../../platform/db/columns.ts';

export interface PeriodsOfCareTable extends Tracked {
  id: Id;
  child_id: number;
  start_date: DateColumn;
  end_date: DateColumn | null;
  care_plan_date: DateColumn | null;
  imported_from: ImportedFrom | null;
}

/** One SSDA903 episode. */
export interface CareEpisodesTable extends Tracked {
  id: Id;
  child_id: number;
  period_of_care_id: number;
  start_date: DateColumn;
  reason_new_episode: string;
  legal_status: string;
  category_of_need: string;
  placement_type: string;
  placement_provider: string | null;
  placement_postcode: string | null;
  home_postcode: string | null;
  urn: string | null;
  placement_address: string | null;
  placement_local_authority: string | null;
  long_term: Flag;
  arrangement: Generated<string>;
  end_date: DateColumn | null;
  reason_ceased: string | null;
  reason_place_change: string | null;
  imported_from: ImportedFrom | null;
}

export interface LookedAfterReviewsTable extends Tracked {
  id: Id;
  child_id: number;
  review_date: DateColumn;
  participation: string;
  /** The independent reviewing officer who chaired it (reviews recorded before 0086 name none). */
  iro_worker_id: number | null;
  wishes_and_feelings: string | null;
  voice_gathered: Generated<string[]>;
  seen_alone: boolean | null;
  imported_from: ImportedFrom | null;
}

export interface HealthAssessmentsTable extends Tracked {
  id: Id;
  child_id: number;
  assessment_type: string;
  assessment_date: DateColumn;
  /** Loaded from a past 903's OC2 (0130), dated the year's last day. */
  imported_from: ImportedFrom | null;
}

export interface DentalChecksTable extends Tracked {
  id: Id;
  child_id: number;
  check_date: DateColumn;
  imported_from: ImportedFrom | null;
}

export interface PersonalEducationPlansTable extends Tracked {
  id: Id;
  child_id: number;
  plan_date: DateColumn;
}

/** A council's postcode centroids, for the distance between home and placement. */
export interface PostcodeCentroidsTable {
  postcode: string;
  latitude: number;
  longitude: number;
  local_authority_code: string | null;
}

/** The care area's tables (Kysely types), one entry per table its migrations create. */
export interface CareTables {
  periods_of_care: PeriodsOfCareTable;
  care_episodes: CareEpisodesTable;
  looked_after_reviews: LookedAfterReviewsTable;
  health_assessments: HealthAssessmentsTable;
  dental_checks: DentalChecksTable;
  personal_education_plans: PersonalEducationPlansTable;
  postcode_centroids: PostcodeCentroidsTable;
}

export type CareEpisode = Selectable<CareEpisodesTable>;
export type LookedAfterReview = Selectable<LookedAfterReviewsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends CareTables {}
}
