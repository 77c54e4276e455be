// The platform's own tables: users and teams, sessions, the audit trail, record scope (grants and
// break-glass), drafts of long forms and corrections to any record.
import type { ColumnType, Generated, Selectable, Updateable } from 'kysely';
import type { Role } from './roles.ts';
import type { CreatedAt as CreatedColumn, DateColumn, Id, Json } from '../db/columns.ts';
import type { Timestamp } from '../db/schema.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface TeamsTable {
  id: Generated<number>;
  name: string;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  roles: Role[];
  team_id: number | null;
  password_hash: string;
  disabled_at: Timestamp | null;
  failed_sign_ins: Generated<number>;
  locked_until: Timestamp | null;
  /** The last day the account may sign in (inspectors are time-boxed). */
  access_ends_on: string | null;
  is_demo: Generated<boolean>;
  /** A partner practitioner's agency ("Harbour Primary School") and their role there (0120). */
  organisation: string | null;
  role_at_organisation: string | null;
  /** When a council administrator verified the partner's account; it signs in only once verified. */
  verified_at: Timestamp | null;
  /** Who verified it: null for a demo account Harbour's setup verified. */
  verified_by: number | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  version: Generated<number>;
}

export interface SessionsTable {
  sid: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  expires_at: Timestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: Generated<Date>;
  user_id: number | null;
  username: string | null;
  event: string;
  child_id: string | null;
  record_type: string | null;
  record_id: string | null;
  reason: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, never>;
  ip: string | null;
  /** The hash chain (migration 0042): written by the database's insert trigger, never by Harbour. */
  chain_seq: Generated<number>;
  previous_hash: Generated<string>;
  hash: Generated<string>;
}

export interface AccessTables {
  teams: TeamsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  /** The audit chain's last link, one row, kept by the insert trigger (migration 0042). */
  audit_chain_head: { only_row: boolean; last_seq: number; last_hash: string };
  // Record scope: who may open a restricted record, and drafts of long forms.
  form_drafts: {
    id: Id;
    user_id: number;
    form_path: string;
    child_id: number | null;
    data: Json<Record<string, unknown>>;
    saved_at: ColumnType<Date, Date | undefined, Date>;
  };
  child_access_grants: {
    id: Id;
    child_id: number;
    user_id: number;
    granted_by: number | null;
    reason: string;
    granted_at: ColumnType<Date, Date | undefined, Date>;
    revoked_at: Date | null;
    /** The last day the grant lasts (0043); none for grants made before, which last until revoked. */
    ends_on: DateColumn | null;
  };
  /** Why someone who does not work with a child opened their record, for the day (0051). */
  record_access_reasons: {
    id: Id;
    child_id: number;
    user_id: number;
    reason: string;
    detail: string | null;
    given_on: DateColumn;
    given_at: CreatedAt;
    reviewed_by: number | null;
    reviewed_at: Date | null;
    review_note: string | null;
  };
  break_glass_openings: {
    id: Id;
    child_id: number;
    user_id: number;
    reason: string;
    opened_at: CreatedAt;
    expires_at: Date;
    reviewed_by: number | null;
    reviewed_at: Date | null;
    review_note: string | null;
  };
  // Corrections to any area's record, with the reason.
  record_amendments: {
    id: Id;
    child_id: number | null;
    table_name: string;
    record_id: number;
    field: string;
    previous_value: Json<unknown>;
    new_value: Json<unknown>;
    reason: string;
    amended_by: number | null;
    amended_at: CreatedColumn;
  };
}

export type User = Selectable<UsersTable>;
export type UserChange = Updateable<UsersTable>;
export type Team = Selectable<TeamsTable>;

declare module '../db/schema.ts' {
  interface Database extends AccessTables {}
}
