// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// What the looked-after pages record beyond the 903 episode: the placement's address and local
// authority, the review's independent reviewing officer and
// the child's voice at it, and the council's postcode centroids, from which the distance between home
// and placement is worked out where both postcodes are known (Harbour cannot look them up online).
export async function up(db: Kysely<unknown>): Promise<void> {
  const postcode = sql.lit('^[A-Z]{1,2}[0-9][0-9A-Z]?( [0-9]([A-Z]{2})?)?$');
  await sql`
    alter table care_episodes
      add column placement_address text check (length(placement_address) <= 500),
      add column placement_local_authority text check (length(placement_local_authority) <= 100);

    alter table looked_after_reviews
      add column iro_worker_id integer references workers(id),
      add column wishes_and_feelings text check (length(wishes_and_feelings) <= 10000),
      add column voice_gathered text[] not null default '{}'
        constraint looked_after_reviews_voice_gathered_known check (voice_gathered <@ array[
          'spoken', 'drawn', 'advocate', 'interpreter', 'observed']::text[]),
      add column seen_alone boolean;
    create index looked_after_reviews_iro on looked_after_reviews (iro_worker_id, review_date);

    -- A council's postcode centroids (ONS postcode directory or similar), loaded by the council.
    create table postcode_centroids (
      postcode text primary key check (postcode ~ ${postcode}),
      latitude double precision not null check (latitude between -90 and 90),
      longitude double precision not null check (longitude between -180 and 180),
      local_authority_code text check (local_authority_code ~ '^[A-Z][0-9]{8}$')
    );
  `.execute(db);
}
