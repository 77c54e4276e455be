// Child protection rules over plain data; the database enforces the plan dates too (0013_protection.ts).
import type { Section47Outcome } from './codes.ts';
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
