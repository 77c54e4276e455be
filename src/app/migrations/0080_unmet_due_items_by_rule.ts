import { sql, type Kysely } from 'kysely';

// The county's open children with no worker are the unmet items of one standard (worker-allocated):
// an index of unmet items by rule finds them without reading every child's. The standard is new, so
// the stored items are cleared: `serve` then recomputes every child's with it, as after an upgrade.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index due_items_unmet_by_rule on due_items (rule, starts_on) include (child_id, episode_ended_on) where met_on is null;
    delete from due_items;
  `.execute(db);
}
