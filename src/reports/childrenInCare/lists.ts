// What a children in care manager watches beyond the due lists, for the children given (their team's
// they may know of): three or more placements this year, placed out of area, and missing now.
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { groupBy } from '../../platform/records/byChild.ts';
import { missingNow, missingTypes } from '../../areas/missing/index.ts';
import { centroidsOf, outOfArea } from '../../areas/care/index.ts';
import { placementsInYear, reportingYearStart, unstablePlacementCount } from './placementStability.ts';

interface Listed {
  id: number;
}

export async function childrenInCareLists<C extends Listed>(
  db: Kysely<Database>,
  children: readonly C[],
  today: Temporal.PlainDate,
  councilName: string,
) {
  const ids = children.map((child) => child.id);
  if (ids.length === 0) return { unstable: [], outOfArea: [], missing: [] };
  const on = today.toString();
  const [episodes, missing] = await Promise.all([
    db
      .selectFrom('care_episodes')
      .select([
        'child_id',
        'start_date',
        'end_date',
        'reason_new_episode',
        'placement_postcode',
        'home_postcode',
        'placement_local_authority',
      ])
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
  // Out of area as the child's looked-after page says it: by the authority recorded for the
  // placement, else by the council's postcode lookup.
  const centroids = await centroidsOf(
    db,
    lookedAfter.flatMap(({ current }) => [current.home_postcode, current.placement_postcode]),
  );
  const at = (postcode: string | null) => (postcode ? centroids.get(postcode) : undefined);
  const placedAway = (current: (typeof lookedAfter)[number]['current']) =>
    outOfArea({
      recordedAuthority: current.placement_local_authority,
      councilName,
      home: at(current.home_postcode),
      placement: at(current.placement_postcode),
    }) === true;
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
      placedAway(current)
        ? [
            {
              ...child,
              detail:
                current.placement_local_authority ??
                `Placed in ${current.placement_postcode ?? 'a postcode not recorded'}`,
            },
          ]
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
