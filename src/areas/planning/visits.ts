import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { visitPurposes, type VisitPurpose } from './codes.ts';

/** A child's visits between two dates (inclusive), with who visited, for the pages of an assessment or a plan. */
export async function visitsBetween(
  db: Kysely<Database>,
  childId: number,
  from: string,
  to: string,
  purpose?: VisitPurpose,
) {
  let query = db
    .selectFrom('visits')
    .leftJoin('users', 'users.id', 'visits.visited_by')
    .selectAll('visits')
    .select('users.display_name as visited_by_name')
    .where('visits.child_id', '=', childId)
    .where('visit_date', '>=', from)
    .where('visit_date', '<=', to);
  if (purpose) query = query.where('purpose', '=', purpose);
  const visits = await query.orderBy('visit_date').orderBy('visits.id').execute();
  return visits.map((visit) => ({ ...visit, purposeName: visitPurposes[visit.purpose as VisitPurpose] }));
}
