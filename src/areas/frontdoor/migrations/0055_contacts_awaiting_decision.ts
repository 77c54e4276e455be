import { sql, type Kysely } from 'kysely';

// The front door's queue is the contacts still awaiting a decision: a few dozen in ten years of
// hundreds of thousands. Finding them meant reading every contact and every decision (the queue
// grew 4–6× from scale 1 to 5 in `npm run bench`). A flag the database keeps true itself (the
// decision's trigger clears it, whoever writes the decision) carries a partial index of just those.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table contacts add column awaiting_decision boolean not null default true;
    update contacts c set awaiting_decision = false
      where exists (select 1 from contact_decisions d where d.contact_id = c.id);
    create function contact_decided() returns trigger language plpgsql as $$
    begin
      update contacts set awaiting_decision = false where id = new.contact_id;
      return new;
    end
    $$;
    create trigger contact_decisions_clear_awaiting after insert on contact_decisions
      for each row execute function contact_decided();
    create index contacts_awaiting_decision on contacts (received_at, id) where awaiting_decision;
  `.execute(db);
}
