import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';

/** The quality area's tables: management oversight of children's records. */
export interface QualityTables {
  oversight_notes: Tracked & { id: Id; child_id: number; note_date: DateColumn; note: string };
}

declare module '../../platform/db/schema.ts' {
  interface Database extends QualityTables {}
}
