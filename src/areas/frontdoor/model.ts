// Front door rules over plain data; the database enforces the same ones (0010_frontdoor.ts).
import type { ConsentStatus } from './codes.ts';

export interface Problem {
  field: string;
  message: string;
}

/** The children a contact is about: at least one, each named once. */
export function contactChildren(childIds: readonly number[]): number[] | Problem {
  const unique = [...new Set(childIds)];
  return unique.length > 0 ? unique : { field: 'childIds', message: 'Select at least one child the contact is about' };
}

/** Overriding the family's consent needs a recorded reason. */
export function consentProblem(consent: ConsentStatus, overrideReason: string | null | undefined): Problem | undefined {
  if (consent === 'overridden' && !overrideReason?.trim()) {
    return { field: 'consentOverrideReason', message: 'Enter the reason consent was overridden' };
  }
  return undefined;
}

/** A decision cannot come before the contact it decides. */
export function decisionTimeProblem(receivedAt: Date, decidedAt: Date): Problem | undefined {
  return decidedAt.getTime() < receivedAt.getTime()
    ? { field: 'decidedAt', message: 'The decision must be on or after the time the contact was received' }
    : undefined;
}
