import { Temporal } from 'temporal-polyfill';

// Statutory dates are English calendar dates, so "today" is always taken in Europe/London.
export const harbourTimeZone = 'Europe/London';

/** The date an instant falls on in England, 'YYYY-MM-DD'. */
export const londonDateOf = (instant: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: harbourTimeZone }).format(instant);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The real time of day, on the pinned date. */
const onDate = (date: Temporal.PlainDate) =>
  date.toZonedDateTime({ timeZone: harbourTimeZone, plainTime: Temporal.Now.plainTimeISO(harbourTimeZone) });

/**
 * The one clock Harbour reads. HARBOUR_TODAY=YYYY-MM-DD pins the date (tests, demos and
 * checking timescales on any day without waiting); the time of day stays real.
 */
export interface Clock {
  today(): Temporal.PlainDate;
  now(): Temporal.ZonedDateTime;
}

export function systemClock(pinnedToday: string | undefined = process.env.HARBOUR_TODAY): Clock {
  if (pinnedToday !== undefined && pinnedToday !== '') {
    if (!isoDate.test(pinnedToday)) throw new Error(`HARBOUR_TODAY must be YYYY-MM-DD, not "${pinnedToday}"`);
    const pinned = Temporal.PlainDate.from(pinnedToday);
    return {
      today: () => pinned,
      now: () => onDate(pinned),
    };
  }
  return {
    today: () => Temporal.Now.plainDateISO(harbourTimeZone),
    now: () => Temporal.Now.zonedDateTimeISO(harbourTimeZone),
  };
}

/** A clock whose date a test can move forward, as a manager's "tomorrow" would arrive. */
export function settableClock(start: string): Clock & { setToday(date: string): void } {
  let current = Temporal.PlainDate.from(start);
  return {
    today: () => current,
    now: () => onDate(current),
    setToday: (date: string) => {
      current = Temporal.PlainDate.from(date);
    },
  };
}
