import { sql, type Kysely } from 'kysely';

// A plan action's owner is chosen, never typed alone ("Ongoing" was accepted as an owner): a
// worker of the workforce, an adult of the child's family network, or a named professional with
// their agency. An owner chosen before from the accounts becomes that account's worker, where it has
// one; every other owner recorded before is kept as it was recorded (the words typed, or the
// account) and shown as such, so nothing is lost.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table plan_actions
      add column owner_kind text,
      add column owner_worker_id bigint references workers(id),
      add column owner_adult_id bigint references adults(id),
      add column owner_agency text;

    update plan_actions set owner_kind = 'worker', owner_worker_id = workers.id
      from workers where workers.user_id = plan_actions.owner_user_id;
    update plan_actions set owner_kind = 'as-recorded' where owner_kind is null;

    -- Each kind has what names its owner (a check that comes out null would pass, hence the coalesces).
    alter table plan_actions
      alter column owner_kind set not null,
      drop constraint plan_actions_owner,
      add constraint plan_actions_owner_kind check (owner_kind in ('worker', 'family-member', 'professional', 'as-recorded')),
      add constraint plan_actions_owner_of_kind check (case owner_kind
        when 'worker' then owner_worker_id is not null and num_nonnulls(owner_adult_id, owner_agency) = 0
        when 'family-member' then owner_adult_id is not null and num_nonnulls(owner_worker_id, owner_name, owner_agency, owner_user_id) = 0
        when 'professional' then coalesce(length(trim(owner_name)), 0) > 0 and coalesce(length(trim(owner_agency)), 0) > 0
          and num_nonnulls(owner_worker_id, owner_adult_id, owner_user_id) = 0
        else num_nonnulls(owner_worker_id, owner_adult_id, owner_agency) = 0
          and (owner_user_id is not null or coalesce(length(trim(owner_name)), 0) > 0)
      end);
  `.execute(db);
}
