import { sql, type Kysely } from 'kysely';

// Search lists the best matches first without reading every match (issue 10): children whose
// surname is, or starts with, a word of the search are read in name order from the first index
// (equality and 'smi%' both served, as far as the page needs), those whose first name is the word
// from the second. Byte order ("C") so that a prefix is a range of the index on any server locale.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index children_surname_order on children ((lower(surname)) collate "C", (lower(forename)) collate "C", id);
    create index children_forename_order on children ((lower(forename)) collate "C", (lower(surname)) collate "C", id);
  `.execute(db);
}
