// Planning rules over plain data; the database enforces the same ones (0014_planning.ts).
import { Temporal } from 'temporal-polyfill';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  try {
    return isoDate.test(value) && Temporal.PlainDate.from(value, { overflow: 'reject' }).toString() === value;
  } catch {
    return false;
  }
}

/**
 * A plan action has a real due date (Ofsted 2017: actions with clear timescales). A blank date,
 * "ongoing" or any other words are refused, so every action can fall due.
 */
export function planActionDueDate(
  value: string | null | undefined,
  recordedDate: string,
): { dueDate: string } | { message: string } {
  const text = value?.trim() ?? '';
  if (text === '' || /^ongoing$/i.test(text))
    return { message: 'Enter a due date for the action: “ongoing” is not a due date' };
  if (!isRealDate(text)) return { message: 'The due date must be a real date, like 2026-04-27' };
  if (text < recordedDate) return { message: 'The due date must be on or after the date the action was recorded' };
  return { dueDate: text };
}

/** Of a plan's versions, newest first: the one a manager authorised last, which is the plan in force. */
export const planInForce = <V extends { decision: string | null }>(versions: readonly V[]): V | undefined =>
  versions.find((version) => version.decision === 'authorised');

/**
 * A manager decides on a plan once its worker has submitted it, and once only: the message, if
 * they cannot decide on the plan's latest version (given newest first).
 */
export function planDecisionProblem(latest: { decision: string | null } | undefined): string | undefined {
  if (!latest) return 'The plan has not been written yet: there is nothing to authorise';
  if (latest.decision === 'authorised') return 'The plan is already authorised: nothing awaits your decision';
  if (latest.decision === 'returned')
    return 'The plan was returned to the worker: it awaits your decision again once they change it';
  return undefined;
}

/** Whoever wrote a version of a plan does not authorise it: authorising is a second person's oversight of the plan. */
export function ownPlanProblem(version: { submitted_by: number | null }, deciderId: number | null): string | undefined {
  return version.submitted_by !== null && version.submitted_by === deciderId
    ? 'You wrote this version of the plan: another manager must authorise it'
    : undefined;
}
