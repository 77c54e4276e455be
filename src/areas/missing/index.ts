// The missing area's public face: what the child's page and the managers' lists read.
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { episodesInTwelveMonths } from './model.ts';
import { missingNow } from './store.ts';

export { missingNow } from './store.ts';
export { missingTypes } from './codes.ts';

/** For the child's page: episodes in the last twelve months (repeat missing) and whether missing now. */
export async function missingSummary(db: Kysely<Database>, childId: number, today: Temporal.PlainDate) {
  const [episodes, now] = await Promise.all([
    db.selectFrom('missing_episodes').select('started_at').where('child_id', '=', childId).execute(),
    missingNow(db, [childId]),
  ]);
  return {
    inTwelveMonths: episodesInTwelveMonths(
      episodes.map((episode) => episode.started_at),
      today,
    ),
    now: now[0] ?? null,
  };
}
export { importMissingEpisodes, type ImportedMissingEpisode } from './imported.ts';
