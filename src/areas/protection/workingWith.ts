import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { CaseloadOf, WorkingWith } from '../../platform/access/recordScope.ts';
import { currentLeads } from './leadStore.ts';
import { currentOn } from './teamStore.ts';

/** Conferences this person chaired: as the worker they are, or by the account recorded before chairs were workers. */
const chairedBy = (userId: number) => (eb: ExpressionBuilder<Database, 'child_protection_conferences'>) =>
  eb.or([
    eb(
      'child_protection_conferences.chair_worker_id',
      'in',
      eb.selectFrom('workers').select('workers.id').where('workers.user_id', '=', userId),
    ),
    eb('child_protection_conferences.chair_id', '=', userId),
  ]);

/** The chair (the child protection IRO) of any of the child's conferences. */
const chairedByThem: WorkingWith = async (db, user, childIds) => {
  const rows = await db
    .selectFrom('child_protection_conferences')
    .select('child_protection_conferences.child_id')
    .distinct()
    .where('child_protection_conferences.child_id', 'in', childIds)
    .where(chairedBy(user.id))
    .execute();
  return rows.map((row) => row.child_id);
};

/**
 * The children whose latest conference this person chaired: they chair the child's next review.
 * The chair has no index: the county's conferences (about 40,000 at scale 5) are read in about 3 ms.
 */
export async function childrenChairedBy(db: Kysely<Database>, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('child_protection_conferences')
    .select('child_protection_conferences.child_id')
    .where(chairedBy(userId))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('child_protection_conferences as later')
            .select('later.id')
            .whereRef('later.child_id', '=', 'child_protection_conferences.child_id')
            .where((eb) =>
              eb.or([
                eb('later.conference_date', '>', eb.ref('child_protection_conferences.conference_date')),
                eb.and([
                  eb('later.conference_date', '=', eb.ref('child_protection_conferences.conference_date')),
                  eb('later.id', '>', eb.ref('child_protection_conferences.id')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .execute();
  return rows.map((row) => row.child_id);
}

/**
 * The children whose open section 47 enquiry or child protection plan this person leads (as the
 * worker they are), or is held by a multi-agency child protection team they are a member of today
 * (of these children, when given).
 */
async function ledOrHeldByTheirTeam(db: Kysely<Database>, userId: number, today: string, childIds?: readonly number[]) {
  if (childIds?.length === 0) return [];
  let query = currentLeads(db).where((eb) =>
    eb.or([
      eb('workers.user_id', '=', userId),
      eb(
        'lead_child_protection_practitioners.team_id',
        'in',
        eb
          .selectFrom('multi_agency_team_members')
          .select('multi_agency_team_members.team_id')
          .where('multi_agency_team_members.user_id', '=', userId)
          .where(currentOn(today)),
      ),
    ]),
  );
  if (childIds) query = query.where('lead_child_protection_practitioners.child_id', 'in', childIds);
  return (await query.execute()).map((row) => row.child_id);
}

export const inMultiAgencyTeam: WorkingWith = (db, user, childIds, today) =>
  ledOrHeldByTheirTeam(db, user.id, today, childIds);

/** The children their multi-agency team holds or they lead, for their home page (a partner member's caseload). */
export const heldByTheirTeam: CaseloadOf = (db, user, today) => ledOrHeldByTheirTeam(db, user.id, today);

/** Everyone the protection area says works with a child: conference chairs, Lead Child Protection Practitioners and team members. */
export const protectionWorkingWith: WorkingWith = async (...asked) =>
  (await Promise.all([chairedByThem(...asked), inMultiAgencyTeam(...asked)])).flat();
