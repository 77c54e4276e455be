import type { ColumnType } from 'kysely';
import type { Id, Json, Timestamp } from '../../../platform/db/columns.ts';

/** What was last sent to the DfE's CSC API for each child, with its hash (app migration 0110). */
export interface CscApiSentTable {
  la_child_id: string;
  hash: string;
  payload: Json<Record<string, unknown>>;
  sent_at: Timestamp;
  receipt: string;
}

/** The DfE's receipt for each accepted call (0111). */
export interface CscApiReceiptsTable {
  id: Id;
  receipt: string;
  file: string;
  children: number;
  sent_at: ColumnType<Date, Date | string | undefined, never>;
  sent_by: string | null;
}

declare module '../../../platform/db/schema.ts' {
  interface Database {
    csc_api_sent: CscApiSentTable;
    csc_api_receipts: CscApiReceiptsTable;
  }
}
