import { sql, type Kysely } from 'kysely';

// Long forms (assessment, conference, visit) keep drafts, so a timeout or a closed laptop loses nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table form_drafts (
      id bigint generated always as identity primary key,
      user_id integer not null references users(id),
      form_path text not null,
      child_id bigint references children(id),
      data jsonb not null,
      saved_at timestamptz not null default now(),
      unique (user_id, form_path)
    );
  `.execute(db);
}
