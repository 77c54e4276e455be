import { sql, type Kysely } from 'kysely';

// Search stays flat as the county grows: part of a name is a trigram index lookup (pg_trgm, on the
// embedded database too) over the one expression the search matches; an expected date of birth
// is found by index as a date of birth is (UPN and NHS number already have theirs). Before this,
// part of a surname scanned every child (issue 10).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;
    create index children_names_trigram on children
      using gin ((lower(forename || ' ' || surname || ' ' || coalesce(preferred_name, ''))) gin_trgm_ops);
    create index children_expected_date_of_birth on children (expected_date_of_birth) where expected_date_of_birth is not null;
  `.execute(db);
}
