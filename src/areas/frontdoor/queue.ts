// The front door queue: contacts awaiting a decision, with the deadline the timescale engine
// gives each under the council's standard (one working day, or 24 hours).
import type { Kysely } from 'kysely';
import { type Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { harbourTimeZone } from '../../core/clock.ts';
import { dueItemsUnder } from '../../core/timescales/engine.ts';
import type { TimescaleSettings } from '../../core/timescales/settings.ts';
import { contactDecision } from './timescales/contactDecision.ts';

export interface ContactChild {
  id: number;
  name: string;
  restricted: boolean;
}

export interface QueuedContact {
  id: number;
  receivedAt: Date;
  source: string;
  levelOfNeed: number | null;
  domesticAbuseNotification: boolean;
  outOfHours: boolean;
  children: ContactChild[];
  /** The moment the decision falls due: the end of the due day, or the exact hour for the 24-hour standard. */
  dueAt: Date;
  /** The due day, for a standard counted in working days; undefined when it is counted in hours. */
  dueOn: string | undefined;
  overdue: boolean;
  /** "3 hours 20 minutes" left, or by how long it is overdue. */
  timeLeft: string;
}

/** The children of each contact, by name, in the order they were recorded. */
export async function childrenOfContacts(
  db: Kysely<Database>,
  contactIds: number[],
): Promise<Map<number, ContactChild[]>> {
  const byContact = new Map<number, ContactChild[]>();
  if (contactIds.length === 0) return byContact;
  const rows = await db
    .selectFrom('contact_children')
    .innerJoin('children', 'children.id', 'contact_children.child_id')
    .select([
      'contact_children.contact_id',
      'children.id',
      'children.forename',
      'children.surname',
      'children.access_restriction',
    ])
    .where('contact_children.contact_id', 'in', contactIds)
    .orderBy('children.id')
    .execute();
  for (const row of rows) {
    const list = byContact.get(row.contact_id) ?? [];
    list.push({ id: row.id, name: `${row.forename} ${row.surname}`, restricted: row.access_restriction !== null });
    byContact.set(row.contact_id, list);
  }
  return byContact;
}

/** A length of time as people say it: the two largest units ("1 day 3 hours", "45 minutes"). */
export function durationInWords(milliseconds: number): string {
  const minutes = Math.floor(Math.abs(milliseconds) / 60_000);
  const parts = [
    [Math.floor(minutes / 1440), 'day'],
    [Math.floor((minutes % 1440) / 60), 'hour'],
    [minutes % 60, 'minute'],
  ] as const;
  const said = parts.filter(([amount]) => amount > 0).slice(0, 2);
  if (said.length === 0) return 'less than a minute';
  return said.map(([amount, unit]) => `${amount} ${unit}${amount === 1 ? '' : 's'}`).join(' ');
}

/** The queue's contacts at a moment: awaiting a decision, and received by then (a clock set back in a demo). */
const waitingAt = (db: Kysely<Database>, now: Temporal.ZonedDateTime) =>
  db
    .selectFrom('contacts')
    .where('contacts.awaiting_decision', '=', true)
    .where('contacts.received_at', '<=', new Date(now.epochMilliseconds));

/** How many contacts the queue holds, counted without working out each one's deadline: what a manager's home page shows. */
export async function contactsWaiting(db: Kysely<Database>, now: Temporal.ZonedDateTime): Promise<number> {
  const row = await waitingAt(db, now)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/**
 * Contacts awaiting a decision, overdue first, then by the time left. The deadline comes from the
 * engine's contact-decision rule; the contacts are read together as one journey because the rule
 * looks at nothing but the contacts' own times.
 */
export async function contactsAwaitingDecision(
  db: Kysely<Database>,
  now: Temporal.ZonedDateTime,
  settings: TimescaleSettings,
): Promise<QueuedContact[]> {
  const contacts = await waitingAt(db, now)
    .select([
      'contacts.id',
      'contacts.received_at',
      'contacts.source',
      'contacts.level_of_need',
      'contacts.domestic_abuse_notification',
      'contacts.out_of_hours',
    ])
    .orderBy('contacts.received_at')
    .orderBy('contacts.id')
    .execute();
  const journey = {
    child: { id: 'front-door', dateOfBirth: now.toPlainDate().toString() },
    contacts: contacts.map((contact) => ({ id: String(contact.id), receivedAt: contact.received_at.toISOString() })),
  };
  const deadlines = new Map(
    dueItemsUnder([contactDecision], journey, now.toInstant(), settings).map((item) => [item.recordId, item]),
  );
  const children = await childrenOfContacts(
    db,
    contacts.map((contact) => contact.id),
  );
  const nowMs = now.epochMilliseconds;

  return contacts
    .flatMap((contact): QueuedContact[] => {
      const item = deadlines.get(String(contact.id));
      // The engine leaves out a contact received after "now" (a clock set back in a demo): it is not yet due.
      if (!item) return [];
      // A working-day deadline runs to the end of its due day in England.
      const dueAt =
        item.dueAt ?? item.dueOn.add({ days: 1 }).toZonedDateTime({ timeZone: harbourTimeZone }).toInstant();
      const overdue = item.status === 'overdue';
      const left = dueAt.epochMilliseconds - nowMs;
      return [
        {
          id: contact.id,
          receivedAt: contact.received_at,
          source: contact.source,
          levelOfNeed: contact.level_of_need,
          domesticAbuseNotification: contact.domestic_abuse_notification,
          outOfHours: contact.out_of_hours,
          children: children.get(contact.id) ?? [],
          dueAt: new Date(dueAt.epochMilliseconds),
          dueOn: item.dueAt ? undefined : item.dueOn.toString(),
          overdue,
          timeLeft: overdue ? `Overdue by ${durationInWords(left)}` : `${durationInWords(left)} left`,
        },
      ];
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
}
