// Who is due a birthday contact in a month: the OC3 17th–21st birthdays of care leavers, and the
// annual offer of contact up to 25 to those whose service has closed (Ofsted 2025 §61).
import { Temporal } from 'temporal-polyfill';
import { birthday } from '../../core/calendar.ts';
import { inTouchWindow } from './timescales/careLeaverContact.ts';
import type { InTouchCode } from './codes.ts';

export interface YoungPersonContacts {
  childId: number;
  dateOfBirth: string;
  /** The day they last left care; undefined while still looked after. */
  leftCare?: string;
  serviceEndDate?: string;
  contacts: readonly { date: string; inTouch: string }[];
}

export interface BirthdayContact {
  childId: number;
  birthday: string;
  age: number;
  /** The OC3 birthday (17th to 21st), or the yearly offer of contact after the service closed. */
  kind: 'oc3' | 'annual-offer';
  windowOpens: string;
  windowCloses: string;
  /** YES when any contact in the window was in touch; otherwise the latest contact's code; none yet. */
  inTouch?: InTouchCode;
}

const firstOc3Birthday = 17;
const lastOc3Birthday = 21;

/** The young people due a birthday contact in the month, by birthday, with whether they were in touch. */
export function birthdayContactsDue(
  youngPeople: readonly YoungPersonContacts[],
  month: Temporal.PlainYearMonth,
  annualContactToAge: number,
): BirthdayContact[] {
  const lastBirthday = Math.max(lastOc3Birthday, annualContactToAge);
  const due: BirthdayContact[] = [];
  for (const person of youngPeople) {
    const dateOfBirth = Temporal.PlainDate.from(person.dateOfBirth);
    const age = month.year - dateOfBirth.year;
    if (age < firstOc3Birthday || age > lastBirthday) continue;
    // A 29 February birthday falls on 28 February in other years (core's birthday).
    const day = birthday(dateOfBirth, age);
    if (day.month !== month.month) continue;
    const iso = day.toString();
    if (person.leftCare === undefined || iso < person.leftCare) continue;
    const kind = age <= lastOc3Birthday ? 'oc3' : 'annual-offer';
    if (kind === 'annual-offer' && (person.serviceEndDate === undefined || person.serviceEndDate > iso)) continue;
    const window = inTouchWindow(day);
    const opens = window.opens.toString();
    const closes = window.closes.toString();
    const inWindow = person.contacts
      .filter((contact) => contact.date >= opens && contact.date <= closes)
      .sort((a, b) => a.date.localeCompare(b.date));
    const inTouch = (inWindow.find((contact) => contact.inTouch === 'YES') ?? inWindow.at(-1))?.inTouch;
    due.push({
      childId: person.childId,
      birthday: iso,
      age,
      kind,
      windowOpens: opens,
      windowCloses: closes,
      ...(inTouch ? { inTouch: inTouch as InTouchCode } : {}),
    });
  }
  return due.sort((a, b) => a.birthday.localeCompare(b.birthday) || a.childId - b.childId);
}
