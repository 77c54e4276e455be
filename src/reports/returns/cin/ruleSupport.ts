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

/** Each child's date of death, as a day number (absent or invalid: not in the map). */
export const deathDays = (context: CinContext): ReadonlyMap<string, number> =>
  context.once('deathDays', () => {
    const days = new Map<string, number>();
    for (const child of context.tables.ChildIdentifiers) {
      const day = context.day(child.PersonDeathDate);
      if (day !== null) days.set(child.LAchildID, day);
    }
    return days;
  });

/** Children with an episode that is not a referral with no further action (ReferralNFA false or 0). */
export const childrenBeyondReferral = (context: CinContext): ReadonlySet<string> =>
  context.once('childrenBeyondReferral', () => {
    const children = new Set<string>();
    for (const episode of context.tables.CINdetails)
      if (cinBooleanIsFalse(episode.ReferralNFA)) children.add(episode.LAchildID);
    return children;
  });

// The DfE's UPN check letter: characters 2–13 weighted 2–13, the sum modulo 23 read through these
// letters (a temporary UPN's final letter counts as its place in the same list).
const checkLetters = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter a UPN should open with, or null when characters 2–13 cannot be weighed. */
export function upnCheckLetter(upn: string): string | null {
  if (upn.length !== 13) return null;
  let sum = 0;
  for (let index = 1; index < 13; index++) {
    const character = upn[index] as string;
    const value = /\d/.test(character) ? Number(character) : index === 12 ? checkLetters.indexOf(character) : -1;
    if (value < 0) return null;
    sum += value * (index + 1);
  }
  return checkLetters[sum % 23] as string;
}

/** Each assessment's factors (AssessmentID to its AssessmentFactors rows), built once. */
export const factorsByAssessment = (context: CinContext): ReadonlyMap<string, readonly CinRow<'AssessmentFactors'>[]> =>
  context.once('factorsByAssessment', () => {
    const factors = new Map<string, CinRow<'AssessmentFactors'>[]>();
    for (const row of context.tables.AssessmentFactors) {
      const list = factors.get(row.AssessmentID);
      if (list) list.push(row);
      else factors.set(row.AssessmentID, [row]);
    }
    return factors;
  });
