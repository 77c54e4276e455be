import type { Selectable } from 'kysely';
import type { Flag, Id, Timestamp, Tracked } from '../../platform/db/columns.ts';

export interface ContactsTable extends Tracked {
  id: Id;
  received_at: Timestamp;
  source: string;
  source_detail: string | null;
  level_of_need: number | null;
  consent: string;
  consent_override_reason: string | null;
  domestic_abuse_notification: Flag;
  out_of_hours: Flag;
  concerns: string;
  /** Cleared by the database when the decision is written (migration 0055): the queue's index. */
  awaiting_decision: Flag;
}

export interface ContactDecisionsTable extends Tracked {
  id: Id;
  contact_id: number;
  contact_received_at: Timestamp;
  decided_at: Timestamp;
  outcome: string;
  reasons: string;
  decided_by: number | null;
}

/** The front door's tables (Kysely types), one entry per table 0010_frontdoor.ts creates. */
export interface FrontDoorTables {
  contacts: ContactsTable;
  contact_children: { contact_id: number; child_id: number };
  contact_decisions: ContactDecisionsTable;
}

export type Contact = Selectable<ContactsTable>;
export type ContactDecision = Selectable<ContactDecisionsTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends FrontDoorTables {}
}
