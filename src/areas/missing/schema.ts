import type { Generated, Selectable } from 'kysely';
import type { DateColumn, Id, Timestamp, Tracked } from '../../platform/db/columns.ts';

export interface MissingEpisodesTable extends Tracked {
  id: Id;
  child_id: number;
  missing_type: string;
  started_at: Timestamp;
  returned_at: Timestamp | null;
}

export interface ReturnHomeInterviewsTable extends Tracked {
  id: Id;
  missing_episode_id: number;
  child_id: number;
  offered: boolean;
  offered_at: Timestamp | null;
  accepted: boolean | null;
  held_at: Timestamp | null;
  manager_comment: string | null;
  manager_comment_date: DateColumn | null;
}

export interface ExploitationScreeningsTable extends Tracked {
  id: Id;
  child_id: number;
  screened_on: DateColumn;
  criminal_outcome: string;
  sexual_outcome: string;
  responses: Generated<string[]>;
  response_detail: string | null;
  missing_episode_id: number | null;
}

/** The missing area's tables (Kysely types), one entry per table its migrations create. */
export interface MissingTables {
  missing_episodes: MissingEpisodesTable;
  return_home_interviews: ReturnHomeInterviewsTable;
  exploitation_screenings: ExploitationScreeningsTable;
}

export type MissingEpisodeRow = Selectable<MissingEpisodesTable>;
export type ReturnHomeInterviewRow = Selectable<ReturnHomeInterviewsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends MissingTables {}
}
