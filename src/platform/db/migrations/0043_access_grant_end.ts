import { sql, type Kysely } from 'kysely';

// A grant of access to a restricted record lasts until a date the manager sets (grants made before
// this have none and last until revoked), and nobody grants access to themselves: any such grant
// made before the rule is revoked, and kept for the record (hence NOT VALID).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table child_access_grants add column ends_on date;
    update child_access_grants set revoked_at = now() where granted_by = user_id and revoked_at is null;
    alter table child_access_grants add constraint child_access_grants_not_to_oneself
      check (granted_by is distinct from user_id) not valid;
  `.execute(db);
}
