import { sql, type Kysely } from 'kysely';

// Management oversight notes on a child's record: what a manager saw and directed, in the chronology.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table oversight_notes (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      note_date date not null,
      note text not null check (length(trim(note)) > 0),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1
    );
    create index oversight_notes_child on oversight_notes (child_id, note_date);
  `.execute(db);
}
