import { sql, type Kysely } from 'kysely';

// What each agency contributed to a strategy discussion and to a section 47 enquiry (Working
// Together 2026): the information it shared, its view and the actions it takes. At a strategy
// discussion an agency took part or did not, and why not is recorded (police, health and the
// council must take part, and education where the child is of school age): one row per agency.
// An agency may contribute to an enquiry more than once (checks, then a visit), each on its day.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table strategy_discussion_contributions (
      id bigint generated always as identity primary key,
      strategy_discussion_id bigint not null,
      child_id bigint not null references children(id),
      -- The day the discussion was held: contributions belong to a held discussion about this child.
      held_date date not null,
      agency text not null constraint strategy_discussion_contributions_agency_known
        check (agency in ('police', 'health', 'education', 'social-care', 'early-help', 'probation', 'housing', 'other')),
      took_part boolean not null,
      absence_reason text,
      information_shared text constraint strategy_discussion_contributions_information
        check (information_shared is null or length(trim(information_shared)) between 1 and 10000),
      agency_view text constraint strategy_discussion_contributions_view
        check (agency_view is null or length(trim(agency_view)) between 1 and 10000),
      actions text constraint strategy_discussion_contributions_actions
        check (actions is null or length(trim(actions)) between 1 and 10000),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint strategy_discussion_contributions_absence check (
        case when took_part then absence_reason is null
        else coalesce(length(trim(absence_reason)), 0) between 1 and 2000 end
      ),
      constraint strategy_discussion_contributions_discussion foreign key (strategy_discussion_id, child_id, held_date)
        references strategy_discussions (id, child_id, held_date) on update cascade,
      constraint strategy_discussion_contributions_once unique (strategy_discussion_id, agency)
    );
    create index strategy_discussion_contributions_child on strategy_discussion_contributions (child_id);

    create table section_47_contributions (
      id bigint generated always as identity primary key,
      section_47_enquiry_id bigint not null,
      child_id bigint not null references children(id),
      agency text not null constraint section_47_contributions_agency_known
        check (agency in ('police', 'health', 'education', 'social-care', 'early-help', 'probation', 'housing', 'other')),
      contributed_on date not null,
      information_shared text not null constraint section_47_contributions_information
        check (length(trim(information_shared)) between 1 and 10000),
      agency_view text constraint section_47_contributions_view
        check (agency_view is null or length(trim(agency_view)) between 1 and 10000),
      actions text constraint section_47_contributions_actions
        check (actions is null or length(trim(actions)) between 1 and 10000),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint section_47_contributions_enquiry foreign key (section_47_enquiry_id, child_id)
        references section_47_enquiries (id, child_id)
    );
    create index section_47_contributions_child on section_47_contributions (child_id);
    create index section_47_contributions_of on section_47_contributions (section_47_enquiry_id);
  `.execute(db);
}
