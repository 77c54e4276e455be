import type { ChronologySource } from '../../platform/records/chronology.ts';
import { workerRoles, type WorkerRole } from './codes.ts';

/** Allocations join the chronology: who held the child's case, from when. */
export const workforceChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('allocations')
    .innerJoin('workers', 'workers.id', 'allocations.worker_id')
    .innerJoin('teams', 'teams.id', 'allocations.team_id')
    .select([
      'allocations.id',
      'allocations.child_id',
      'allocations.start_date',
      'workers.name',
      'workers.role',
      'teams.name as team_name',
    ])
    .where('allocations.child_id', 'in', childIds)
    .execute();
  return rows.map((row) => ({
    date: row.start_date,
    type: 'allocation',
    summary: `Allocated to ${row.name} (${workerRoles[row.role as WorkerRole] ?? row.role}), ${row.team_name}`,
    childIds: [row.child_id],
    recordType: 'allocations',
    recordId: row.id,
  }));
};
