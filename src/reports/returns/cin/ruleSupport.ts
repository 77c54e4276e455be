// What many CIN census rules derive from the same blocks, kept small and shared.
import { Temporal } from 'temporal-polyfill';
import { isWorkingDay } from '../../../core/workingDays.ts';
import { isoDateOf } from '../returnDates.ts';
import type { CinContext } from './rule.ts';
import type { CinRow } from './tables.ts';

/** An XML boolean (ReferralNFA, ICPCnotRequired) that says yes: `true` or `1` (xs:boolean is case-sensitive). */
export const cinBooleanIsTrue = (value: string): boolean => value === 'true' || value === '1';

/** An XML boolean that says no: `false` or `0`. */
export const cinBooleanIsFalse = (value: string): boolean => value === 'false' || value === '0';

/** A date (as a day number) within the census year, 1 April to the reference date 31 March. */
export const isInCensusYear = (context: CinContext, day: number | null): day is number =>
  day !== null && day >= context.year.start && day <= context.year.end;

/** The child's identifiers (the Child's ChildIdentifiers block), if the census has them. */
export const childIdentifiersOf = (context: CinContext, child: string): CinRow<'ChildIdentifiers'> | undefined =>
  context.byChild('ChildIdentifiers').get(child)?.[0];

/** Each episode's CINdetails block by its CINdetailsID, for blocks below an episode to look up. */
export const cinEpisodeById = (context: CinContext): ReadonlyMap<string, CinRow<'CINdetails'>> =>
  context.once('cinEpisodeById', () => new Map(context.tables.CINdetails.map((row) => [row.CINdetailsID, row])));

/** The day a number of working days (England, bank holidays out) before a day. */
export function dayWorkingDaysBefore(day: number, workingDays: number): number {
  let each = day;
  for (let counted = 0; counted < workingDays;) {
    each -= 1;
    if (isWorkingDay(Temporal.PlainDate.from(isoDateOf(each)))) counted++;
  }
  return each;
}
