import { sql, type Kysely } from 'kysely';

// Each child's due items, kept as data so the managers' lists are indexed queries rather than
// the engine over every child's journey on every request. The engine still defines them: they are
// recomputed for a child in the transaction of every change to their record. Whether an unmet
// item is due or overdue is read from today's date at query time, so nothing goes stale overnight.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table due_items (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      rule text not null,
      record_id text not null,
      title text not null,
      -- The day its clock started: nothing is due before it (a care leaver's birthday window).
      starts_on date not null,
      due_on date not null,
      due_at timestamptz,
      met_on date,
      -- Met after it fell due (to the minute for hours rules); null while unmet.
      met_late boolean,
      -- The day the episode it belongs to ended: an unmet item then leaves the to-do lists.
      episode_ended_on date,
      source text not null,
      constraint due_items_met_together check ((met_on is null) = (met_late is null))
    );
    create index due_items_child on due_items (child_id);
    create index due_items_unmet on due_items (child_id, due_on) include (starts_on, episode_ended_on) where met_on is null;
  `.execute(db);
}
