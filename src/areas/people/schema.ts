import type { Selectable } from 'kysely';
import type { ImportedFrom } from '../../platform/records/imported.ts';
import type { CreatedAt, DateColumn, Flag, Id, Tracked, Version } from '../../platform/db/columns.ts';

export interface ChildrenTable extends Tracked {
  id: Id;
  forename: string;
  surname: string;
  preferred_name: string | null;
  date_of_birth: DateColumn | null;
  expected_date_of_birth: DateColumn | null;
  sex: string;
  ethnicity: string;
  upn: string | null;
  upn_unknown: string | null;
  nhs_number: string | null;
  /** Why the NHS number is not recorded (people codes, nhsNumberUnknownReasons); null when it is. */
  nhs_number_unknown: string | null;
  /** The reason in words, for "other" only. */
  nhs_number_unknown_detail: string | null;
  date_of_death: DateColumn | null;
  access_restriction: string | null;
  is_synthetic: Flag;
  /** The child's identifier in the council's previous system (903 CHILD, CIN LAchildID). */
  previous_system_id: string | null;
  imported_from: ImportedFrom | null;
}

export interface PeopleTables {
  children: ChildrenTable;
  child_disabilities: { child_id: number; code: string };
  immigration_statuses: {
    id: Id;
    child_id: number;
    status: string;
    start_date: DateColumn;
    end_date: DateColumn | null;
    version: Version;
    imported_from: ImportedFrom | null;
  };
  adults: {
    id: Id;
    forename: string;
    surname: string;
    date_of_birth: DateColumn | null;
    sex: string | null;
    is_synthetic: Flag;
    created_at: CreatedAt;
    created_by: number | null;
    version: Version;
  };
  relationships: {
    id: Id;
    child_id: number;
    related_child_id: number | null;
    related_adult_id: number | null;
    relationship: string;
    has_parental_responsibility: Flag;
    start_date: DateColumn | null;
    end_date: DateColumn | null;
    version: Version;
  };
  families: { id: Id; name: string; created_at: CreatedAt };
  family_members: { family_id: number; child_id: number };
  addresses: {
    id: Id;
    child_id: number | null;
    adult_id: number | null;
    line1: string;
    line2: string | null;
    town: string | null;
    postcode: string;
    locality: string | null;
    start_date: DateColumn;
    end_date: DateColumn | null;
    version: Version;
  };
}

export type Child = Selectable<ChildrenTable>;

declare module '../../platform/db/schema.ts' {
  interface Database extends PeopleTables {}
}
