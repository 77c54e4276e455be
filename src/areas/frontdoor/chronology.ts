import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { harbourTimeZone } from '../../core/clock.ts';
import { inDateOrder, type ChronologyEvent, type ChronologySource } from '../../platform/records/chronology.ts';
import { contactOutcomes, type ContactOutcome } from './codes.ts';
import { sourceName } from '../assessment/index.ts';

/** The English calendar day of a moment. */
const londonDay = (at: Date): string =>
  Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(harbourTimeZone).toPlainDate().toString();

/**
 * Contacts and their decisions, each ONE event naming every child the contact is about. A
 * contact decided as no further action still shows: lower-level domestic abuse notifications
 * stay on each child's file whatever the outcome.
 */
export const frontDoorChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const contacts = await db
    .selectFrom('contacts')
    .leftJoin('contact_decisions', 'contact_decisions.contact_id', 'contacts.id')
    .select([
      'contacts.id',
      'contacts.received_at',
      'contacts.source',
      'contacts.level_of_need',
      'contacts.domestic_abuse_notification',
      'contacts.out_of_hours',
      'contacts.concerns',
      'contact_decisions.id as decision_id',
      'contact_decisions.decided_at',
      'contact_decisions.outcome',
      'contact_decisions.reasons',
      // The children each contact is about, in the same read: the page waits on each read in turn.
      // As integers: the driver gives a bigint array as text on PostgreSQL (ids fit, as idParam says).
      sql<
        number[]
      >`array(select child_id::int from contact_children where contact_id = contacts.id order by child_id)`.as(
        'child_ids',
      ),
    ])
    .where('contacts.id', 'in', (eb) =>
      eb.selectFrom('contact_children').select('contact_id').where('child_id', 'in', childIds),
    )
    .orderBy('contacts.received_at')
    .orderBy('contacts.id')
    .execute();
  return inDateOrder(
    contacts.flatMap((contact): ChronologyEvent[] => {
      const children = contact.child_ids;
      const kind = contact.domestic_abuse_notification ? 'Domestic abuse notification' : 'Contact';
      const details = [
        contact.out_of_hours ? 'out of hours' : undefined,
        contact.level_of_need ? `level of need ${contact.level_of_need}` : undefined,
      ].filter(Boolean);
      const received: ChronologyEvent = {
        date: londonDay(contact.received_at),
        at: contact.received_at,
        type: contact.domestic_abuse_notification ? 'domestic-abuse-notification' : 'contact',
        summary: `${kind} received from ${sourceName(contact.source)}${details.length ? ` (${details.join(', ')})` : ''}: ${contact.concerns}`,
        childIds: children,
        recordType: 'contacts',
        recordId: contact.id,
      };
      if (!contact.decision_id || !contact.decided_at || !contact.outcome) return [received];
      return [
        received,
        {
          date: londonDay(contact.decided_at),
          at: contact.decided_at,
          type: 'contact-decision',
          summary: `Contact decision: ${contactOutcomes[contact.outcome as ContactOutcome]}. ${contact.reasons}`,
          childIds: children,
          recordType: 'contact_decisions',
          recordId: contact.decision_id,
        },
      ];
    }),
  );
};
