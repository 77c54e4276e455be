import type { ColumnType, Selectable } from 'kysely';
import type { DateColumn, Flag, Id, Tracked } from '../../platform/db/columns.ts';

export interface VisitsTable extends Tracked {
  id: Id;
  child_id: number;
  visit_date: DateColumn;
  purpose: string;
  child_seen: boolean;
  seen_alone: Flag;
  wishes_and_feelings: string | null;
  /** How the child's wishes and feelings were gathered (0072). */
  voice_gathered: ColumnType<string[], string[] | undefined, string[]>;
  /** The account recorded as the visitor before visitors were chosen from the workforce (0065): history only. */
  visited_by: number | null;
  /** Who visited: a worker (0065). */
  visited_by_worker_id: number | null;
  /** Shared by the visits recorded for brothers and sisters seen together (0098). */
  recorded_together: string | null;
}

/**
 * The visits area's table (Kysely types). It was created by planning's 0014_planning.ts, when
 * visits were part of planning; migrations are history, so a change to it is a migration here, or
 * with the app's cross-area migrations when it changes with another area's (0065).
 */
export interface VisitsTables {
  visits: VisitsTable;
}

export type Visit = Selectable<VisitsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends VisitsTables {}
}
