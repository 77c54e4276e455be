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
