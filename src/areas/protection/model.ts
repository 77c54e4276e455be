// Child protection rules over plain data; the database enforces the plan dates too (0013_protection.ts).
import { Temporal } from 'temporal-polyfill';
import type { Agency, Section47Outcome } from './codes.ts';
import type { WorkerRole } from '../workforce/index.ts';

/** Who chairs child protection conferences: the independent reviewing officers of the workforce. */
export const conferenceChairRoles = ['iro'] as const satisfies readonly WorkerRole[];

/** CIN census rules 8925 and 8840: a plan ends after the day it starts. */
export function planEndProblem(startDate: string, endDate: string): string | undefined {
  return endDate <= startDate ? 'The end date must be after the start date' : undefined;
}

/**
 * CIN census ICPCnotRequired: only an enquiry concluded with an initial conference keeps the
 * 15-working-day clock to that conference.
 */
export const initialConferenceNotRequired = (outcome: Section47Outcome): boolean => outcome !== 'initial-conference';

/** CIN census NumberOfPreviousCPP: the child's plans that started before this one, however long ago. */
export function numberOfPreviousPlans(plans: readonly { startDate: string }[], startDate: string): number {
  return plans.filter((plan) => plan.startDate < startDate).length;
}

/**
 * Of compulsory school age on a day (Education Act 1996 s8): from the first prescribed day (31
 * August, 31 December or 31 March) on or after the fifth birthday, to the school leaving date, the
 * last Friday in June of the school year (September to August) in which the child turns 16.
 */
export function ofCompulsorySchoolAge(dateOfBirth: string, on: string): boolean {
  const born = Temporal.PlainDate.from(dateOfBirth);
  const fifth = born.add({ years: 5 });
  const prescribedDays = [fifth.year - 1, fifth.year].flatMap((year) =>
    ['03-31', '08-31', '12-31'].map((day) => Temporal.PlainDate.from(`${year}-${day}`)),
  );
  const starts = prescribedDays.find((day) => Temporal.PlainDate.compare(day, fifth) >= 0)!;
  const sixteenth = born.add({ years: 16 });
  // The school year holding the sixteenth birthday ends in the August of this year.
  const leavingYear = sixteenth.month >= 9 ? sixteenth.year + 1 : sixteenth.year;
  const endOfJune = Temporal.PlainDate.from({ year: leavingYear, month: 6, day: 30 });
  const leavingDate = endOfJune.subtract({ days: (endOfJune.dayOfWeek - 5 + 7) % 7 });
  const day = Temporal.PlainDate.from(on);
  return Temporal.PlainDate.compare(day, starts) >= 0 && Temporal.PlainDate.compare(day, leavingDate) <= 0;
}

/**
 * The agencies a strategy discussion must include (Working Together 2026): children's social care,
 * the police and health, and education where the child is of school age on the day it is held.
 */
export function agenciesRequiredAt(dateOfBirth: string | null, heldDate: string): Agency[] {
  const required: Agency[] = ['social-care', 'police', 'health'];
  return dateOfBirth && ofCompulsorySchoolAge(dateOfBirth, heldDate) ? [...required, 'education'] : required;
}

/** The required agencies a discussion has not accounted for: neither recorded as taking part nor why not. */
export const agenciesNotAccountedFor = (required: readonly Agency[], recorded: readonly string[]) =>
  required.filter((agency) => !recorded.includes(agency));

/**
 * Who may lead a section 47 enquiry and a child protection plan: a qualified, experienced social
 * worker (a worker still in their assessed and supported first year does not lead child protection work).
 */
export const leadPractitionerRoles = ['social-worker', 'senior-practitioner'] as const satisfies readonly WorkerRole[];
