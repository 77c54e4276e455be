import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoInstant } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface Contact {
  id: string;
  receivedAt: IsoInstant;
  decisionAt?: IsoInstant;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    contacts: Contact[];
  }
}

/** This area's part of a journey with no records. */
export const emptyFrontdoorJourney = { contacts: [] };

/** The child's contacts and when each was decided, for the contact-decision timescale. */
export async function frontDoorJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, Pick<ChildJourney, 'contacts'>>> {
  const rows = await db
    .selectFrom('contact_children')
    .innerJoin('contacts', 'contacts.id', 'contact_children.contact_id')
    .leftJoin('contact_decisions', 'contact_decisions.contact_id', 'contacts.id')
    .select(['contact_children.child_id', 'contacts.id', 'contacts.received_at', 'contact_decisions.decided_at'])
    .where('contact_children.child_id', 'in', childIds)
    .orderBy('contacts.received_at')
    .orderBy('contacts.id')
    .execute();
  const byChild = groupBy(rows, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    contacts: (byChild.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      receivedAt: row.received_at.toISOString(),
      ...(row.decided_at ? { decisionAt: row.decided_at.toISOString() } : {}),
    })),
  }));
}
