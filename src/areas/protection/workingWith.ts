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
