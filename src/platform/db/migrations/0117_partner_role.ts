import { sql, type Kysely } from 'kysely';

// Families First: practitioners of partner agencies (a school's designated safeguarding lead, a
// health visitor, police) work in Harbour for the families they lead or support.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users drop constraint users_roles_check;
    alter table users add constraint users_roles_check check (cardinality(roles) > 0 and roles <@ array[
      'practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado', 'partner', 'analyst', 'leader',
      'inspector', 'administrator']::text[]);
  `.execute(db);
}
