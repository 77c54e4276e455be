import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { WorkingWith } from '../../platform/access/recordScope.ts';

/** The chair (the child protection IRO) of any of the child's conferences: the worker they are, or the account recorded before chairs were workers. */
export const chairedByThem: WorkingWith = async (db, user, childIds) => {
  const rows = await db
    .selectFrom('child_protection_conferences')
    .leftJoin('workers', 'workers.id', 'child_protection_conferences.chair_worker_id')
    .select('child_protection_conferences.child_id')
    .distinct()
    .where('child_protection_conferences.child_id', 'in', childIds)
    .where((eb) =>
      eb.or([eb('workers.user_id', '=', user.id), eb('child_protection_conferences.chair_id', '=', user.id)]),
    )
    .execute();
  return rows.map((row) => row.child_id);
};

/**
 * The children whose latest conference this person chaired: they chair the child's next review.
 * The chair has no index: the county's conferences (about 40,000 at scale 5) are read in about 3 ms.
 */
export async function childrenChairedBy(db: Kysely<Database>, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('child_protection_conferences as latest')
    .select('latest.child_id')
    .where('latest.chair_id', '=', userId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('child_protection_conferences as later')
            .select('later.id')
            .whereRef('later.child_id', '=', 'latest.child_id')
            .where((eb) =>
              eb.or([
                eb('later.conference_date', '>', eb.ref('latest.conference_date')),
                eb.and([
                  eb('later.conference_date', '=', eb.ref('latest.conference_date')),
                  eb('later.id', '>', eb.ref('latest.id')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.child_id);
}
