// SSDA903 OC3: in touch with the care leaver from 3 months before to 1 month after the 17th–21st birthdays; annual contact to 25 is local (Ofsted 2025 §61).
import { type Temporal } from 'temporal-polyfill';
import { sql, type RawBuilder } from 'kysely';
import { addMonths, birthday, isAfter, isBefore, compareDates } from '../../../core/calendar.ts';
import { date, deadline, earliest, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { Occurrence, TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'care-leaver-contact': true;
  }
}

const firstBirthday = 17;
const lastNationalBirthday = 21;

/** The day the young person last left care, or undefined while (as of then) still looked after. */
export function leftCareOn(
  periodsOfCare: readonly { endDate?: string }[],
  asOf: Temporal.PlainDate,
): Temporal.PlainDate | undefined {
  const ends: Temporal.PlainDate[] = [];
  for (const period of periodsOfCare) {
    const end = optionalDate(period.endDate);
    if (!end || isAfter(end, asOf)) return undefined;
    ends.push(end);
  }
  return ends.sort(compareDates).at(-1);
}

/** The OC3 window around a birthday: in touch from 3 months before the birthday to 1 month after it. */
export const inTouchWindow = (day: Temporal.PlainDate) => ({ opens: addMonths(day, -3), closes: addMonths(day, 1) });

/** `inTouchWindow` in SQL for a date expression: PostgreSQL's month arithmetic also keeps to the month's last day. */
export const inTouchWindowSql = (day: RawBuilder<unknown>) => ({
  opens: sql<string>`(${day} - interval '3 months')::date`,
  closes: sql<string>`(${day} + interval '1 month')::date`,
});

/** The birthdays OC3 asks about: the 17th to the 21st. */
export const oc3Birthdays = { first: firstBirthday, last: lastNationalBirthday } as const;

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const careLeaverContact: TimescaleRule = {
  id: 'care-leaver-contact',
  title: 'In touch with the care leaver around the birthday',
  source: 'SSDA903 OC3 (17th–21st birthdays); annual contact to 25 is local (Ofsted 2025 §61)',
  kind: 'national and local',
  occurrences(context) {
    const { child, careLeaver } = context.journey;
    const leftCare = leftCareOn(context.journey.periodsOfCare, context.asOf.date);
    if (!careLeaver || !leftCare) return [];
    const dateOfBirth = date(child.dateOfBirth);
    const contacts = careLeaver.keepingInTouch.map((contact) => date(contact.date));
    const lastBirthday = Math.max(lastNationalBirthday, context.settings.careLeaverAnnualContactToAge);
    const occurrences: Occurrence[] = [];
    for (let age = firstBirthday; age <= lastBirthday; age++) {
      const day = birthday(dateOfBirth, age);
      if (isBefore(day, leftCare)) continue;
      const window = inTouchWindow(day);
      // A late contact still counts for this birthday until the next window opens.
      const lateUntil = addMonths(window.opens, 12);
      const metOn = earliest(contacts.filter((c) => !isBefore(c, window.opens) && isBefore(c, lateUntil)));
      occurrences.push(
        ...deadline(context, {
          recordId: child.id,
          title: `In touch with the care leaver around the ${ordinal(age)} birthday`,
          startedOn: window.opens,
          dueOn: window.closes,
          metOn,
        }),
      );
    }
    return occurrences;
  },
};
