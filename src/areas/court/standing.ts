// Where a family's proceedings and pre-proceedings stand on a day: the week count against 26 and its
// band, the timetable's end once extended, the next hearing, and counts by child and by family.
import { Temporal } from 'temporal-polyfill';
import { durationBand, proceedingsWeek, timetableEnds, type DurationBand } from './proceedingsTimetable.ts';

const day = (iso: string) => Temporal.PlainDate.from(iso);

export interface ProceedingsStanding {
  /** The week of the proceedings on the day asked (or on the day they concluded). */
  week: number;
  band: DurationBand;
  /** The last day of the timetable with the extensions granted by then. */
  timetableEnds: string;
}

export function proceedingsStanding(
  proceedings: {
    issue_date: string;
    conclusion_date: string | null;
    extensions: readonly { weeks: number; granted_date: string }[];
  },
  asOf: string,
): ProceedingsStanding {
  const on = proceedings.conclusion_date && proceedings.conclusion_date < asOf ? proceedings.conclusion_date : asOf;
  const week = proceedingsWeek(day(proceedings.issue_date), day(on));
  const granted = proceedings.extensions.filter((extension) => extension.granted_date <= on);
  return {
    week,
    band: durationBand(week),
    timetableEnds: timetableEnds(day(proceedings.issue_date), granted).toString(),
  };
}

/** The next hearing on or after the day: one already recorded for a later date, or the one a hearing listed next. */
export function nextHearing(
  hearings: readonly { hearing_date: string; next_hearing_date: string | null }[],
  asOf: string,
): string | null {
  const listed = hearings.flatMap((hearing) => [hearing.hearing_date, hearing.next_hearing_date ?? '']);
  return listed.filter((date) => date >= asOf).sort()[0] ?? null;
}

/** Whole weeks from a day to another: how long a family has been in pre-proceedings since the letter. */
export const weeksSince = (from: string, asOf: string) =>
  Math.floor(day(from).until(day(asOf), { largestUnit: 'days' }).days / 7);

/**
 * Children and families, counted as the council reports them ("150 children in 86 families"): each
 * child once, and each family once, a record with no family group being a family of its own.
 */
export function childrenAndFamilies(
  records: readonly { id: number; family_id: number | null; children: readonly { id: number }[] }[],
) {
  const children = new Set(records.flatMap((record) => record.children.map((child) => child.id)));
  const families = new Set(
    records.map((record) => (record.family_id ? `family ${record.family_id}` : `record ${record.id}`)),
  );
  return { children: children.size, families: families.size };
}
