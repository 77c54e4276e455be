import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Role } from '../access/roles.ts';
import type { PeopleTables, RestrictedRecordTables } from '../../areas/people/schema.ts';
import type { FrontDoorTables } from '../../areas/frontdoor/schema.ts';
import type { EarlyHelpTables } from '../../areas/earlyhelp/schema.ts';
import type { AssessmentTables } from '../../areas/assessment/schema.ts';
import type { ProtectionTables } from '../../areas/protection/schema.ts';
import type { PlanningTables } from '../../areas/planning/schema.ts';
import type { CourtTables } from '../../areas/court/schema.ts';
import type { CareTables } from '../../areas/care/schema.ts';
import type { MissingTables } from '../../areas/missing/schema.ts';
import type { PermanenceTables } from '../../areas/permanence/schema.ts';
import type { LeavingCareTables } from '../../areas/leavingcare/schema.ts';
import type { WorkforceTables } from '../../areas/workforce/schema.ts';
import type { QualityTables } from '../../areas/quality/schema.ts';
import type { SynthTables } from '../../app/synth/schema.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface HarbourSettingsTable {
  key: string;
  value: string;
}

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
}

/** Every table: the core's here, each area's from its own schema.ts. */
export interface Database
  extends PeopleTables,
    RestrictedRecordTables,
    FrontDoorTables,
    EarlyHelpTables,
    AssessmentTables,
    ProtectionTables,
    PlanningTables,
    CourtTables,
    CareTables,
    MissingTables,
    PermanenceTables,
    LeavingCareTables,
    WorkforceTables,
    QualityTables,
    SynthTables {
  harbour_settings: HarbourSettingsTable;
  teams: TeamsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserChange = Updateable<UsersTable>;
export type Team = Selectable<TeamsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
