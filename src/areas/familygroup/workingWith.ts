import type { WorkingWith } from '../../platform/access/recordScope.ts';

/**
 * The coordinator of a family group meeting held about the child works with the family on its plan,
 * so the child's record opens to them at once (need to know).
 */
export const coordinatedByThem: WorkingWith = async (db, user, childIds) => {
  const rows = await db
    .selectFrom('family_group_meetings as m')
    .innerJoin('family_group_meeting_children as c', 'c.meeting_id', 'm.id')
    .innerJoin('workers as w', 'w.id', 'm.coordinator_worker_id')
    .select('c.child_id')
    .distinct()
    .where('c.child_id', 'in', childIds)
    .where('w.user_id', '=', user.id)
    .execute();
  return rows.map((row) => row.child_id);
};
