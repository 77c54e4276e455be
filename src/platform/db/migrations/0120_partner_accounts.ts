import { sql, type Kysely } from 'kysely';

// Families First: a partner practitioner's account says where they work and their role there, is
// verified by a council administrator before it signs in, and is time-boxed. It holds the partner
// role alone and no council team (a team's children would open to them). Not valid: an account
// made between 0117 and this has not been verified, so cannot sign in until an administrator
// completes it, which this check then holds.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users
      add column organisation text check (organisation is null or length(organisation) between 1 and 200),
      add column role_at_organisation text
        check (role_at_organisation is null or length(role_at_organisation) between 1 and 200),
      add column verified_at timestamptz,
      add column verified_by integer references users (id);
    alter table users add constraint users_partner_check check (
      case when 'partner' = any (roles)
        then roles = array['partner']::text[] and team_id is null and access_ends_on is not null
          and organisation is not null and role_at_organisation is not null
        else organisation is null and role_at_organisation is null and verified_at is null
      end) not valid;
  `.execute(db);
}
