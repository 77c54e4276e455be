// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The looked-after child's health as the SSDA903 OC2 table asks it: the strengths and difficulties
// questionnaire (score, or why none), immunisations up to date, and substance misuse with the
// intervention received or offered. Health assessments and dental checks are 0021's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table sdq_scores (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      completed_on date not null,
      score integer check (score between 0 and 40),
      reason_not_done text check (reason_not_done in ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')),
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      -- 903 rule 197a: a score, or the reason there is none, never both.
      constraint sdq_scores_score_or_reason check ((score is null) <> (reason_not_done is null)),
      constraint sdq_scores_one_a_day unique (child_id, completed_on)
    );

    create table immunisation_checks (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      checked_on date not null,
      up_to_date boolean not null,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint immunisation_checks_one_a_day unique (child_id, checked_on)
    );

    create table substance_misuse_checks (
      id bigint generated always as identity primary key,
      child_id bigint not null references children(id),
      checked_on date not null,
      problem_identified boolean not null,
      intervention_received boolean,
      intervention_offered boolean,
      created_at timestamptz not null default now(),
      created_by integer references users(id),
      updated_at timestamptz not null default now(),
      updated_by integer references users(id),
      version integer not null default 1,
      constraint substance_misuse_checks_one_a_day unique (child_id, checked_on),
      -- 903 rules 192 and 193: the interventions are asked only of a child with a problem, and then received always.
      constraint substance_misuse_checks_received_when_identified check (
        problem_identified = (intervention_received is not null)),
      -- 903 rules 158 and 159: offered is asked only when none was received.
      constraint substance_misuse_checks_offered_when_not_received check (
        (intervention_received is false) = (intervention_offered is not null))
    );
  `.execute(db);
}
