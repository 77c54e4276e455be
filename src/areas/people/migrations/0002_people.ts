// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// People (children, adults, the family network) and the amendment history every area shares.
// Every record table carries version (optimistic concurrency) and who made and last changed it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists btree_gist;

    create table children (
      id bigint generated always as identity primary key,
      forename text not null check (length(trim(forename)) > 0),
      surname text not null check (length(trim(surname)) > 0),
      preferred_name text,
      date_of_birth date,
      expected_date_of_birth date,
      sex text not null check (sex in ('M', 'F', 'U')),
      ethnicity text not null default 'NOBT' check (ethnicity in (
        'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR',
        'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')),
      upn text check (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
      upn_unknown text check (upn_unknown in ('UN1', 'UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')),
      nhs_number text check (nhs_number ~ '^[0-9]{10}$'),
      date_of_death date,
      access_restriction text check (access_restriction in ('adoption', 'staff-family', 'high-profile')),
      is_synthetic boolean not null default false,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint children_birth_known check (date_of_birth is not null or expected_date_of_birth is not null),
      constraint children_death_after_birth check (date_of_death is null or date_of_birth is null or date_of_death >= date_of_birth)
    );
    create index children_surname on children (lower(surname), lower(forename));
    create index children_date_of_birth on children (date_of_birth);
    create unique index children_upn on children (upn) where upn is not null;
    create unique index children_nhs_number on children (nhs_number) where nhs_number is not null;

    create table child_disabilities (
      child_id bigint not null references children(id),
      code text not null check (code in ('NONE', 'MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR', 'VIS', 'BEH', 'CON', 'AUT', 'DDA')),
      primary key (child_id, code)
    );

    create table immigration_statuses (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      status text not null check (status in ('UASC', 'refugee', 'other')),
      start_date date not null,
      end_date date,
      version integer not null default 1,
      constraint immigration_statuses_end_after_start check (end_date is null or end_date >= start_date),
      constraint immigration_statuses_no_overlap exclude using gist (child_id with =, daterange(start_date, end_date, '[]') with &&)
    );

    create table adults (
      id bigint generated always as identity primary key,
      forename text not null check (length(trim(forename)) > 0),
      surname text not null check (length(trim(surname)) > 0),
      date_of_birth date,
      sex text check (sex in ('M', 'F', 'U')),
      is_synthetic boolean not null default false,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      version integer not null default 1
    );

    -- The family network: each row links a child to another child or to an adult.
    -- A sibling link is stored once and read both ways.
    create table relationships (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      related_child_id bigint references children(id),
      related_adult_id bigint references adults(id),
      relationship text not null check (relationship in ('parent', 'step-parent', 'sibling', 'half-sibling', 'carer', 'other')),
      has_parental_responsibility boolean not null default false,
      start_date date,
      end_date date,
      version integer not null default 1,
      constraint relationships_one_other_person check ((related_child_id is null) <> (related_adult_id is null)),
      constraint relationships_not_self check (related_child_id is null or related_child_id <> child_id),
      constraint relationships_end_after_start check (end_date is null or start_date is null or end_date >= start_date)
    );
    create unique index relationships_child_pair on relationships (least(child_id, related_child_id), greatest(child_id, related_child_id), relationship) where related_child_id is not null;
    create unique index relationships_adult_pair on relationships (child_id, related_adult_id, relationship) where related_adult_id is not null;
    create index relationships_related_child on relationships (related_child_id) where related_child_id is not null;

    -- A family group: sibling groups share contacts, plans and proceedings, so figures count by child and by family.
    create table families (
      id bigint generated always as identity primary key,
      name text not null,
      created_at timestamptz not null default now()
    );
    create table family_members (
      family_id bigint not null references families(id),
      child_id bigint not null references children(id),
      primary key (family_id, child_id)
    );

    create table addresses (
      id bigint generated always as identity primary key,
      child_id bigint references children(id),
      adult_id bigint references adults(id),
      line1 text not null,
      line2 text,
      town text,
      postcode text not null check (postcode ~ '^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$'),
      locality text,
      start_date date not null,
      end_date date,
      version integer not null default 1,
      constraint addresses_one_owner check ((child_id is null) <> (adult_id is null)),
      constraint addresses_end_after_start check (end_date is null or end_date >= start_date),
      constraint addresses_one_home_at_a_time exclude using gist (child_id with =, daterange(start_date, end_date, '[]') with &&) where (child_id is not null)
    );
    create index addresses_postcode on addresses (postcode);

    -- Corrections never destroy: the value before, who changed it, when and why.
    create table record_amendments (
      id bigint generated always as identity primary key,
      child_id bigint references children(id),
      table_name text not null,
      record_id bigint not null,
      field text not null,
      previous_value jsonb,
      new_value jsonb,
      reason text not null check (length(trim(reason)) > 0),
      amended_by integer references users(id),
      amended_at timestamptz not null default now()
    );
    create index record_amendments_record on record_amendments (table_name, record_id);
    create index record_amendments_child on record_amendments (child_id, amended_at);
  `.execute(db);
}
