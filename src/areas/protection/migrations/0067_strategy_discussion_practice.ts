import { sql, type Kysely } from 'kysely';

// The practice of a strategy discussion, not only its dates: who attended (name, agency, role),
// the information shared and the reasons for the decision. Discussions held about brothers and
// sisters together are recorded once: each child keeps their own row (the DfE counts each child's
// discussion and section 47), and rows recorded together share `discussed_together`, so the
// discussion can be recorded as held for all of them in one step.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table strategy_discussions
      add column discussed_together uuid,
      add column information_shared text constraint strategy_discussions_information_length
        check (length(information_shared) <= 10000),
      add column decision_reasons text constraint strategy_discussions_reasons_length
        check (length(decision_reasons) <= 5000);
    create index strategy_discussions_together on strategy_discussions (discussed_together)
      where discussed_together is not null;

    create table strategy_discussion_attendees (
      id bigint generated always as identity primary key,
      strategy_discussion_id bigint not null,
      child_id bigint not null references children(id),
      name text not null check (length(trim(name)) between 1 and 200),
      agency text not null check (agency in (
        'police', 'health', 'education', 'social-care', 'early-help', 'probation', 'housing', 'other')),
      role text not null check (length(trim(role)) between 1 and 200),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      constraint strategy_discussion_attendees_discussion foreign key (strategy_discussion_id)
        references strategy_discussions (id)
    );
    create index strategy_discussion_attendees_child on strategy_discussion_attendees (child_id);
    create index strategy_discussion_attendees_of on strategy_discussion_attendees (strategy_discussion_id);
  `.execute(db);
}
