import { sql, type Kysely } from 'kysely';

// The actions a strategy discussion agreed: what is to be done, who owns it and the date by which.
// An owner is chosen as a plan action's is (planning 0066), never typed alone: a worker of the
// workforce, an adult of the child's family network, or a professional named with their agency.
// A discussion about brothers and sisters keeps a copy of each action on each child's discussion,
// so each is marked done on that child's record.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table strategy_discussion_actions (
      id bigint generated always as identity primary key,
      strategy_discussion_id bigint not null,
      child_id bigint not null references children(id),
      -- The day the discussion that agreed it was held: the action belongs to a held discussion about this child.
      held_date date not null,
      description text not null constraint strategy_discussion_actions_description
        check (length(trim(description)) between 1 and 1000),
      owner_kind text not null constraint strategy_discussion_actions_owner_kind
        check (owner_kind in ('worker', 'family-member', 'professional')),
      owner_worker_id bigint references workers(id),
      owner_adult_id bigint references adults(id),
      owner_name text,
      owner_agency text,
      due_date date not null,
      done_date date,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      -- Each kind has what names its owner (a check that comes out null would pass, hence the coalesces).
      constraint strategy_discussion_actions_owner_of_kind check (case owner_kind
        when 'worker' then owner_worker_id is not null and num_nonnulls(owner_adult_id, owner_name, owner_agency) = 0
        when 'family-member' then owner_adult_id is not null and num_nonnulls(owner_worker_id, owner_name, owner_agency) = 0
        else coalesce(length(trim(owner_name)), 0) between 1 and 200 and coalesce(length(trim(owner_agency)), 0) between 1 and 200
          and num_nonnulls(owner_worker_id, owner_adult_id) = 0
      end),
      constraint strategy_discussion_actions_discussion foreign key (strategy_discussion_id, child_id, held_date)
        references strategy_discussions (id, child_id, held_date) on update cascade,
      constraint strategy_discussion_actions_due_after_held check (due_date >= held_date),
      constraint strategy_discussion_actions_done_after_held check (done_date is null or done_date >= held_date)
    );
    create index strategy_discussion_actions_child on strategy_discussion_actions (child_id);
    create index strategy_discussion_actions_of on strategy_discussion_actions (strategy_discussion_id);
  `.execute(db);
}
