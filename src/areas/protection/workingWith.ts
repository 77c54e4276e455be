import type { WorkingWith } from '../../platform/access/recordScope.ts';

/** The chair (the child protection IRO) of any of the child's conferences. */
export const chairedByThem: WorkingWith = async (db, user, childIds) => {
  const rows = await db
    .selectFrom('child_protection_conferences')
    .select('child_id')
    .distinct()
    .where('child_id', 'in', childIds)
    .where('chair_id', '=', user.id)
    .execute();
  return rows.map((row) => row.child_id);
};
