// What a children in care manager watches beyond the due lists, for the children given (their team's
// they may know of): three or more placements this year, placed out of area, and missing now.
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { groupBy } from '../../platform/records/byChild.ts';
import { missingNow, missingTypes } from '../../areas/missing/index.ts';
import { placementsInYear, reportingYearStart, unstablePlacementCount } from './placementStability.ts';

interface Listed {
  id: number;
}

/** The postcode area, the letters a postcode begins with ('SY' of 'SY1 1AA'). */
const postcodeArea = (postcode: string) => /^[A-Z]{1,2}/.exec(postcode)?.[0];

/**
 * Placed out of area, until the placement records its local authority: the placement's postcode area
 * differs from that of the child's home, where both are known.
 */
const placedAway = (placement: string | null, home: string | null) =>
  placement !== null && home !== null && postcodeArea(placement) !== postcodeArea(home);

export async function childrenInCareLists<C extends Listed>(
  db: Kysely<Database>,
  children: readonly C[],
  today: Temporal.PlainDate,
) {
  const ids = children.map((child) => child.id);
  if (ids.length === 0) return { unstable: [], outOfArea: [], missing: [] };
  const on = today.toString();
  const [episodes, missing] = await Promise.all([
    db
      .selectFrom('care_episodes')
      .select(['child_id', 'start_date', 'end_date', 'reason_new_episode', 'placement_postcode', 'home_postcode'])
      .where('child_id', 'in', ids)
      .where('start_date', '<=', on)
      .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', reportingYearStart(today).toString())]))
      .orderBy('start_date')
      .execute(),
    missingNow(db, ids),
  ]);
  const episodesOf = groupBy(episodes, (episode) => episode.child_id);
  const missingOf = new Map(missing.map((episode) => [episode.child_id, episode]));
  const lookedAfter = children.flatMap((child) => {
    const own = episodesOf.get(child.id) ?? [];
    const current = own.find((episode) => episode.end_date === null || episode.end_date > on);
    return current ? [{ child, own, current }] : [];
  });
  return {
    unstable: lookedAfter.flatMap(({ child, own }) => {
      const placements = placementsInYear(
        own.map((episode) => ({
          startDate: episode.start_date,
          endDate: episode.end_date,
          reasonNewEpisode: episode.reason_new_episode,
        })),
        today,
      );
      return placements >= unstablePlacementCount ? [{ ...child, detail: `${placements} placements` }] : [];
    }),
    outOfArea: lookedAfter.flatMap(({ child, current }) =>
      placedAway(current.placement_postcode, current.home_postcode)
        ? [{ ...child, detail: `Placed in ${current.placement_postcode}, home ${current.home_postcode}` }]
        : [],
    ),
    missing: children.flatMap((child) => {
      const episode = missingOf.get(child.id);
      return episode
        ? [
            {
              ...child,
              detail: missingTypes[episode.missing_type as keyof typeof missingTypes],
              since: episode.started_at,
            },
          ]
        : [];
    }),
  };
}
