// What many CIN census rules derive from the same blocks, built once per validation through
// `context.once`, and the small readings of the census's values they share.
import { Temporal } from 'temporal-polyfill';
import { isWorkingDay } from '../../../core/workingDays.ts';
import { isoDateOf } from '../returnDates.ts';
import type { CinContext } from './rule.ts';
import type { CinRow } from './tables.ts';

/** A census flag (ReferralNFA, ICPCnotRequired) set: the schema's boolean allows true or 1. */
export const isTrue = (value: string): boolean => value === '1' || value.toLowerCase() === 'true';
/** A census flag explicitly unset (false or 0); blank is neither set nor unset. */
export const isFalse = (value: string): boolean => value === '0' || value.toLowerCase() === 'false';

/** The working day `count` working days before a day (a weekend or bank holiday counts from the one before it). */
export function workingDaysBefore(day: number, count: number): number {
  let at = day;
  for (let counted = 0; counted < count;) {
    at -= 1;
    if (isWorkingDay(Temporal.PlainDate.from(isoDateOf(at)))) counted++;
  }
  return at;
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
    for (const episode of context.tables.CINdetails) if (isFalse(episode.ReferralNFA)) children.add(episode.LAchildID);
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
