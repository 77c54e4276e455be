import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, inDateOrder, rowsWithin } from '../../platform/records/chronology.ts';
import { visitPurposes, type VisitPurpose } from './codes.ts';

function seenWording(visit: { child_seen: boolean; seen_alone: boolean }): string {
  if (visit.seen_alone) return 'child seen alone';
  return visit.child_seen ? 'child seen' : 'child not seen';
}

/** Each visit: why, whether the child was seen (and alone), and their wishes and feelings. */
export const visitsChronology: ChronologySource = async (db, childIds, reach) => {
  if (childIds.length === 0) return [];
  const visits = await rowsWithin(
    reach,
    db.selectFrom('visits').selectAll().where('child_id', 'in', childIds).orderBy('id'),
    'visit_date',
  );
  return inDateOrder(
    visits.map((visit) =>
      childEvent(
        'visits',
        visit,
        visit.visit_date,
        'visit',
        `Visit (${visitPurposes[visit.purpose as VisitPurpose].toLowerCase()}): ${seenWording(visit)}${visit.wishes_and_feelings ? `. Wishes and feelings: ${visit.wishes_and_feelings}` : ''}`,
      ),
    ),
  );
};
