// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// Case notes: the day-to-day record of work with a child. A note written for several children of a
// family is one copy on each child's record (each with that child's own seen and voice), the copies
// sharing a note group. The child's voice is kept in columns so it can be listed, not only read.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_notes (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      note_group uuid not null,
      happened_at timestamptz not null,
      kind text not null check (kind in
        ('home-visit', 'office-visit', 'phone-call', 'meeting', 'direct-work', 'email-or-letter', 'other')),
      note_text text not null,
      significant boolean not null default false,
      child_seen boolean not null,
      seen_alone boolean not null default false,
      seen_where text,
      wishes_and_feelings text,
      voice_gathered text[] not null default '{}',
      completed_at timestamptz,
      completed_by integer references users(id),
      recorded_in_error boolean not null default false,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint case_notes_id_child unique (id, child_id),
      constraint case_notes_one_copy_per_child unique (note_group, child_id),
      constraint case_notes_text_given check (length(trim(note_text)) > 0),
      constraint case_notes_seen_alone_needs_seen check (child_seen or not seen_alone),
      constraint case_notes_seen_where_needs_seen check (child_seen or seen_where is null),
      constraint case_notes_voice_gathered_known check (voice_gathered <@ array[
        'spoken', 'drawn', 'advocate', 'interpreter', 'observed']::text[]),
      constraint case_notes_voice_says_how check ((wishes_and_feelings is null) = (cardinality(voice_gathered) = 0)),
      constraint case_notes_completed_by_when check (completed_by is null or completed_at is not null),
      constraint case_notes_in_error_once_completed check (completed_at is not null or not recorded_in_error)
    );
    -- A child's notes, newest first (the list pages through this order).
    create index case_notes_child on case_notes (child_id, happened_at desc, id desc);

    create table case_note_workers (
      case_note_id bigint not null references case_notes(id) on delete cascade,
      worker_id bigint not null references workers(id),
      primary key (case_note_id, worker_id)
    );

    create table case_note_family_members (
      case_note_id bigint not null references case_notes(id) on delete cascade,
      adult_id bigint not null references adults(id),
      primary key (case_note_id, adult_id)
    );

    create table case_note_professionals (
      id bigint generated always as identity primary key,
      case_note_id bigint not null references case_notes(id) on delete cascade,
      name text not null check (length(trim(name)) > 0),
      agency text not null check (length(trim(agency)) > 0)
    );
    create index case_note_professionals_note on case_note_professionals (case_note_id);

    -- Added to a completed note later, with who and when; the note itself stays as it was.
    create table case_note_appendments (
      id bigint generated always as identity primary key,
      case_note_id bigint not null,
      child_id bigint not null references children(id),
      appendment text not null check (length(trim(appendment)) > 0),
      appended_at timestamptz not null default now(),
      appended_by integer references users(id),
      constraint case_note_appendments_note foreign key (case_note_id, child_id) references case_notes (id, child_id)
    );
    create index case_note_appendments_child on case_note_appendments (child_id, case_note_id);
  `.execute(db);
}
