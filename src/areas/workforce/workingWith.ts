import type { CaseloadOf, WorkingWith } from '../../platform/access/recordScope.ts';

/** The children allocated to this person as their worker today (not their team's). */
export const allocatedToThemAll: CaseloadOf = async (db, user, today) => {
  const rows = await db
    .selectFrom('allocations')
    .innerJoin('workers', 'workers.id', 'allocations.worker_id')
    .select('allocations.child_id')
    .distinct()
    .where('workers.user_id', '=', user.id)
    .where('allocations.start_date', '<=', today)
    .where((eb) => eb.or([eb('allocations.end_date', 'is', null), eb('allocations.end_date', '>', today)]))
    .execute();
  return rows.map((row) => row.child_id);
};

/** The child's allocated worker, and everyone in the team the child is allocated to (its managers included). */
export const allocatedToThem: WorkingWith = async (db, user, childIds, today) => {
  const rows = await db
    .selectFrom('allocations')
    .leftJoin('workers', 'workers.id', 'allocations.worker_id')
    .select('allocations.child_id')
    .where('allocations.child_id', 'in', childIds)
    .where('allocations.start_date', '<=', today)
    .where((eb) => eb.or([eb('allocations.end_date', 'is', null), eb('allocations.end_date', '>', today)]))
    .where((eb) =>
      eb.or([
        eb('workers.user_id', '=', user.id),
        ...(user.team_id === null ? [] : [eb('allocations.team_id', '=', user.team_id)]),
      ]),
    )
    .execute();
  return rows.map((row) => row.child_id);
};
