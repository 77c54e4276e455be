import { sql, type Kysely } from 'kysely';

// The indicators read the due items of one rule falling due in each month (reviews, visits,
// PEPs, return home interviews on time): an index by rule and due date finds a rule's items over
// three years without reading every child's. No rule's results change, so the items are kept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index due_items_by_rule_and_due_date on due_items (rule, due_on) include (child_id, met_on, met_late);
  `.execute(db);
}
