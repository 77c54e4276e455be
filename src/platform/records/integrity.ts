/**
 * The database is the last word on integrity (foreign keys, code checks, end ≥ start, no
 * overlapping episodes). When it refuses a write, this turns the refusal into a typed error
 * naming the field and saying what is wrong, so pages show a GOV.UK error, never a 500.
 */
export class RecordIntegrityError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly constraint: string | undefined,
  ) {
    super(message);
    this.name = 'RecordIntegrityError';
  }
}

interface ConstraintMessage {
  field: string;
  message: string;
}

const messages = new Map<string, ConstraintMessage>();

/** Each area registers what its constraints mean to a user, beside the migration that makes them. */
export function explainConstraints(entries: Record<string, ConstraintMessage>): void {
  for (const [constraint, message] of Object.entries(entries)) messages.set(constraint, message);
}

interface DatabaseError {
  code?: string;
  constraint?: string;
  column?: string;
  table?: string;
}

const generic: Record<string, string> = {
  '23505': 'This record already exists',
  '23503': 'This refers to a record that does not exist',
  '23514': 'A value is not one Harbour accepts',
  '23502': 'A required value is missing',
  '23P01': 'This overlaps another record for the same child',
  '22007': 'A date is not a real date',
  '22008': 'A date is out of range',
  '22P02': 'A value is in the wrong format',
};

/** Rethrows a database refusal as a RecordIntegrityError; anything else passes through unchanged. */
export function explainDatabaseError(error: unknown): unknown {
  const { code, constraint, column } = (error ?? {}) as DatabaseError;
  if (!code || !(code in generic)) return error;
  const known = constraint ? messages.get(constraint) : undefined;
  if (known) return new RecordIntegrityError(known.field, known.message, constraint);
  return new RecordIntegrityError(column ?? 'form', generic[code]!, constraint);
}

/** Runs a write and turns database refusals into RecordIntegrityErrors. */
export async function withIntegrity<T>(work: Promise<T> | (() => Promise<T>)): Promise<T> {
  try {
    return await (typeof work === 'function' ? work() : work);
  } catch (error) {
    throw explainDatabaseError(error);
  }
}
