import { sql } from 'kysely';
import { rolesAllow } from '../../platform/access/roles.ts';
import type { WorkingWith } from '../../platform/access/recordScope.ts';
import { harbourTimeZone } from '../../core/clock.ts';

/**
 * The front door, while a contact about the child awaits its decision; and whoever decided it, for
 * the rest of that day (to see the referral they made land on the child's record).
 */
export const awaitingTheirDecision: WorkingWith = async (db, user, childIds, today) => {
  if (!rolesAllow(user.roles, 'frontdoor:decide')) return [];
  const rows = await db
    .selectFrom('contact_children')
    .leftJoin('contact_decisions', 'contact_decisions.contact_id', 'contact_children.contact_id')
    .select('contact_children.child_id')
    .distinct()
    .where('contact_children.child_id', 'in', childIds)
    .where((eb) =>
      eb.or([
        eb('contact_decisions.id', 'is', null),
        eb.and([
          eb('contact_decisions.decided_by', '=', user.id),
          eb(
            sql<string>`(contact_decisions.decided_at at time zone ${harbourTimeZone})::date`,
            '=',
            sql<string>`${today}::date`,
          ),
        ]),
      ]),
    )
    .execute();
  return rows.map((row) => row.child_id);
};
