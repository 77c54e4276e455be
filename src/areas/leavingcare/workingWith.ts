import type { WorkingWith } from '../../platform/access/recordScope.ts';
import { advisedBy } from './advisedBy.ts';

/** The care leaver's personal adviser. */
export const adviserIsThem: WorkingWith = async (db, user, childIds) => {
  const rows = await db
    .selectFrom('care_leavers')
    .select('child_id')
    .where('child_id', 'in', childIds)
    .where(advisedBy(user.id))
    .execute();
  return rows.map((row) => row.child_id);
};
