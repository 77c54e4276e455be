// The care leavers due a birthday contact in a month, read from the records for the pure rule.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { careJourney } from '../care/index.ts';
import { birthdayContactsDue, type YoungPersonContacts } from './birthdayContacts.ts';
import { leftCareOn } from './timescales/careLeaverContact.ts';
import { advisedBy } from './advisedBy.ts';

/** Care leavers born in the month and of an age to be due, with their contacts; who is due is the pure rule's. */
export async function birthdayContactsIn(
  db: Kysely<Database>,
  month: Temporal.PlainYearMonth,
  annualContactToAge: number,
  today: Temporal.PlainDate,
  /** Only the young people this person is personal adviser to (a practitioner's own list). */
  adviserUserId?: number,
) {
  const lastAge = Math.max(21, annualContactToAge);
  let query = db.selectFrom('care_leavers');
  if (adviserUserId !== undefined) query = query.where(advisedBy(adviserUserId));
  const youngPeople = await query
    .innerJoin('children', 'children.id', 'care_leavers.child_id')
    .select(['children.id', 'children.date_of_birth', 'care_leavers.service_end_date'])
    .where('children.date_of_birth', 'is not', null)
    .where(sql<number>`extract(month from children.date_of_birth)`, '=', month.month)
    .where(sql<number>`extract(year from children.date_of_birth)`, '>=', month.year - lastAge)
    .where(sql<number>`extract(year from children.date_of_birth)`, '<=', month.year - 17)
    .execute();
  if (youngPeople.length === 0) return [];
  const ids = youngPeople.map((person) => person.id);
  const [care, contacts] = await Promise.all([
    careJourney(db, ids),
    db
      .selectFrom('care_leaver_contacts')
      .select(['child_id', 'contact_date', 'in_touch'])
      .where('child_id', 'in', ids)
      .execute(),
  ]);
  return birthdayContactsDue(
    youngPeople.map((person): YoungPersonContacts => {
      const leftCare = leftCareOn(care.get(person.id)?.periodsOfCare ?? [], today);
      return {
        childId: person.id,
        dateOfBirth: person.date_of_birth!,
        ...(leftCare ? { leftCare: leftCare.toString() } : {}),
        ...(person.service_end_date ? { serviceEndDate: person.service_end_date } : {}),
        contacts: contacts
          .filter((contact) => contact.child_id === person.id)
          .map((contact) => ({ date: contact.contact_date, inTouch: contact.in_touch })),
      };
    }),
    month,
    annualContactToAge,
  );
}
