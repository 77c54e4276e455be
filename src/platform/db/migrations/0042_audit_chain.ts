import { sql, type Kysely } from 'kysely';

// The audit trail as a hash chain (issue 9). The append-only trigger of 0001 stops Harbour
// changing an event, but a role that owns the table can switch a trigger off; the chain makes a
// change, a removal or an insertion out of order visible afterwards (`harbour audit verify`).
//
// Each event carries chain_seq (1, 2, 3… with no gaps, in the order the events were appended),
// previous_hash (the hash of the event before; the genesis marker, 64 zeros, for the first) and
// hash: SHA-256, as lower-case hex, of the event's canonical content, which is defined once, here,
// by audit_event_hash(): a JSON array of chain_seq, id, occurred_at (UTC, microseconds), user_id,
// username, event, child_id, record_type, record_id, reason, detail, ip and previous_hash, as
// PostgreSQL's jsonb prints it (keys sorted, one space after each separator), in UTF-8.
//
// audit_chain_head holds the last link. The insert trigger locks it (select … for update), so
// appends are serialised until the writing transaction ends and concurrent writers never fork the
// chain; verify compares it with the last event, so removing the newest events shows too. The
// trigger runs as the table's owner (security definer): the runtime role may only insert and
// select events and cannot write the head itself.
//
// sha256() is built into PostgreSQL (11 and later) and PGlite, so the events already written are
// chained here, in id order, by the same function.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table audit_events
      add column chain_seq bigint,
      add column previous_hash text,
      add column hash text;

    create function audit_event_hash(e audit_events) returns text language sql stable as $$
      select encode(sha256(convert_to(jsonb_build_array(
        e.chain_seq,
        e.id,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.user_id,
        e.username,
        e.event,
        e.child_id,
        e.record_type,
        e.record_id,
        e.reason,
        e.detail,
        e.ip,
        e.previous_hash
      )::text, 'UTF8')), 'hex')
    $$;

    create table audit_chain_head (
      only_row boolean primary key default true check (only_row),
      last_seq bigint not null,
      last_hash text not null
    );
    insert into audit_chain_head (last_seq, last_hash) values (0, repeat('0', 64));

    alter table audit_events disable trigger audit_events_no_update;
    do $$
    declare
      e audit_events;
      seq bigint := 0;
      previous text := repeat('0', 64);
    begin
      for e in select * from audit_events order by id loop
        seq := seq + 1;
        e.chain_seq := seq;
        e.previous_hash := previous;
        e.hash := audit_event_hash(e);
        update audit_events set chain_seq = e.chain_seq, previous_hash = e.previous_hash, hash = e.hash
          where id = e.id;
        previous := e.hash;
      end loop;
      update audit_chain_head set last_seq = seq, last_hash = previous;
    end $$;
    alter table audit_events enable trigger audit_events_no_update;

    alter table audit_events
      alter column chain_seq set not null,
      alter column previous_hash set not null,
      alter column hash set not null;
    create unique index audit_events_chain_seq on audit_events (chain_seq);

    create function audit_events_chain() returns trigger language plpgsql security definer as $$
    declare
      head record;
    begin
      select last_seq, last_hash into strict head from audit_chain_head for update;
      new.chain_seq := head.last_seq + 1;
      new.previous_hash := head.last_hash;
      new.hash := audit_event_hash(new);
      update audit_chain_head set last_seq = new.chain_seq, last_hash = new.hash;
      return new;
    end;
    $$;
    create trigger audit_events_chain before insert on audit_events
      for each row execute function audit_events_chain();
  `.execute(db);
  // A security definer function names its schema rather than trusting the caller's search_path.
  await sql`
    do $$
    begin
      execute format('alter function audit_events_chain() set search_path = %I, pg_catalog', current_schema());
      execute format('alter function audit_event_hash(audit_events) set search_path = %I, pg_catalog', current_schema());
    end $$;
  `.execute(db);
}
