import { rolesAllow } from '../../platform/access/roles.ts';
import type { WorkingWith } from '../../platform/access/recordScope.ts';

/** The front door, while a contact about the child awaits its decision. */
export const awaitingTheirDecision: WorkingWith = async (db, user, childIds) => {
  if (!rolesAllow(user.roles, 'frontdoor:decide')) return [];
  const rows = await db
    .selectFrom('contact_children')
    .leftJoin('contact_decisions', 'contact_decisions.contact_id', 'contact_children.contact_id')
    .select('contact_children.child_id')
    .distinct()
    .where('contact_children.child_id', 'in', childIds)
    .where('contact_decisions.id', 'is', null)
    .execute();
  return rows.map((row) => row.child_id);
};
