import { sql, type Kysely } from 'kysely';

// 0042 locked and updated the chain head once per event. Many events in one transaction (an
// import, 200,000 in one statement) then left a version of the head row per event that every
// later event had to step over: quadratic. Now appends are serialised by a transaction-level
// advisory lock, each event follows the last event by chain_seq (its unique index), and the head
// is moved once per statement. Under repeatable read the head's update also stops two
// transactions forking the chain: the second fails to serialise instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function audit_events_chain() returns trigger language plpgsql security definer as $$
    declare
      last_seq bigint;
      last_hash text;
    begin
      -- 'audit_events' as the key: one lock for the whole trail, held until the writer commits.
      perform pg_advisory_xact_lock(hashtext('audit_events'));
      select e.chain_seq, e.hash into last_seq, last_hash from audit_events e order by e.chain_seq desc limit 1;
      new.chain_seq := coalesce(last_seq, 0) + 1;
      new.previous_hash := coalesce(last_hash, repeat('0', 64));
      new.hash := audit_event_hash(new);
      return new;
    end;
    $$;

    create function audit_chain_head_moves() returns trigger language plpgsql security definer as $$
    begin
      update audit_chain_head h set last_seq = n.chain_seq, last_hash = n.hash
        from (select chain_seq, hash from inserted order by chain_seq desc limit 1) n;
      return null;
    end;
    $$;
    create trigger audit_chain_head_moves after insert on audit_events
      referencing new table as inserted for each statement execute function audit_chain_head_moves();
  `.execute(db);
  await sql`
    do $$
    begin
      execute format('alter function audit_events_chain() set search_path = %I, pg_catalog', current_schema());
      execute format('alter function audit_chain_head_moves() set search_path = %I, pg_catalog', current_schema());
    end $$;
  `.execute(db);
}
