import type { Selectable } from 'kysely';
import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';

export interface EarlyHelpEpisodesTable extends Tracked {
  id: Id;
  child_id: number;
  start_date: DateColumn;
  end_date: DateColumn | null;
  end_reason: string | null;
  lead_professional: string;
  lead_organisation: string;
  contact_id: number | null;
  stepped_down_on: DateColumn | null;
  step_down_reason: string | null;
  stepped_down_from_referral_id: number | null;
  stepped_up_on: DateColumn | null;
  step_up_reason: string | null;
  stepped_up_to_referral_id: number | null;
}

/** The early help area's tables (Kysely types): 0011_earlyhelp.ts, with the referral links 0012 adds. */
export interface EarlyHelpTables {
  early_help_episodes: EarlyHelpEpisodesTable;
}

export type EarlyHelpEpisode = Selectable<EarlyHelpEpisodesTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends EarlyHelpTables {}
}
