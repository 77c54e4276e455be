// Correcting a record already on a child's file (a hearing's date, an order's type, a health check)
// is one form for every record: its fields as they stand, the reason, and the change made with
// amendRecord, so the previous values and the reason stay in the child's history and a stale
// version is refused. Each area only says which record, which columns and where to go back to.
import type { Response } from 'express';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import { amendRecord, amendmentsOf } from '../records/amend.ts';
import { longDate } from '../../core/dateText.ts';
import { addRecordForm, type FormField } from './recordForm.ts';
import { found, idParam, requiredText, today, versionField, type Child } from './childPages.ts';
import type { DateRules } from './dateInput.ts';
import type { RouteTable } from './routeSpec.ts';

/** A stored row as the correction reads it: any record with an id and a version. */
export type StoredRow = Record<string, unknown> & { id: number; version: number };

/**
 * A column the person may correct, and how the form shows it. Its form field is named as the stores
 * name it (issue_date is issueDate), so a refusal from the database lands on it.
 */
export type CorrectedField = { column: string; name?: string } & (
  | { kind: 'date'; legend: string; required?: boolean; future?: boolean }
  | { kind: 'radios'; legend: string; items: { value: string; text: string }[]; missing: string; optional?: boolean }
  | { kind: 'yesNo'; legend: string; missing: string; optional?: boolean }
  | { kind: 'text'; label: string; max: number; missing?: string }
  | { kind: 'number'; label: string; min: number; max: number; missing?: string }
);

export interface Correction {
  /** '/children/:childId/…/:<recordId>/correct' */
  path: string;
  table: Extract<keyof Database, string>;
  /** The path parameter naming the row. */
  recordId: string;
  title: string;
  fields: CorrectedField[];
  /** The row, read with the child's record scope (a NotFoundError when it is not this child's). */
  load: (res: Response, child: Child, id: number) => Promise<StoredRow>;
  /** Other children the same record is about (a family's proceedings): their audit trails record the change too. */
  alsoAbout?: (res: Response, row: StoredRow) => Promise<number[]>;
  /** The record's page, where it is listed. */
  back: (child: Child) => string;
}

const nameOf = (field: CorrectedField) =>
  field.name ?? field.column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A row of a table that has the child's id in it, or a 404. */
export async function rowOfChild(res: Response, table: string, id: number, childId: number): Promise<StoredRow> {
  const { rows } = await sql<StoredRow>`
    select * from ${sql.table(table)} where id = ${id} and child_id = ${childId}`.execute(res.locals.services.db);
  return found(rows[0]);
}

const yesNoItems = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

// What the form shows of a stored value, and what the form's answer is stored as.
const shown = (field: CorrectedField, stored: unknown): string | undefined => {
  if (stored === null || stored === undefined) return undefined;
  if (field.kind === 'yesNo') return stored ? 'yes' : 'no';
  // Dates, codes and text as they are; a number as its digits.
  return typeof stored === 'string' ? stored : JSON.stringify(stored);
};
const storedAs = (field: CorrectedField, answer: unknown) => {
  if (answer === undefined || answer === null || answer === '') return null;
  if (field.kind === 'yesNo') return answer === 'yes';
  return answer;
};

const orNull = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal('').transform(() => null), schema])
    .optional()
    .transform((value) => value ?? null);

function schemaOf(field: CorrectedField): z.ZodType {
  switch (field.kind) {
    case 'radios':
    case 'yesNo': {
      const values = (field.kind === 'yesNo' ? yesNoItems : field.items).map((item) => item.value);
      const chosen = z.enum(values as [string, ...string[]], { error: field.missing });
      return field.optional ? orNull(chosen) : chosen;
    }
    case 'text': {
      const tooLong = `${field.label} must be ${field.max} characters or fewer`;
      return field.missing
        ? requiredText(field.max, field.missing, tooLong)
        : orNull(z.string().trim().max(field.max, tooLong));
    }
    case 'number': {
      const between = `${field.label} must be a whole number from ${field.min} to ${field.max}`;
      const number = z
        .string()
        .trim()
        .transform(Number)
        .pipe(z.number({ error: between }).int(between).min(field.min, between).max(field.max, between));
      return field.missing
        ? z.string({ error: field.missing }).trim().min(1, field.missing).pipe(number)
        : orNull(number);
    }
    case 'date':
      return z.unknown();
  }
}

const formFieldOf = (field: CorrectedField): FormField => {
  switch (field.kind) {
    case 'date':
      return { kind: 'date', name: nameOf(field), legend: field.legend };
    case 'radios':
      return { kind: 'radios', name: nameOf(field), legend: field.legend, items: field.items };
    case 'yesNo':
      return { kind: 'radios', name: nameOf(field), legend: field.legend, items: yesNoItems };
    case 'text':
    case 'number':
      return { kind: 'text', name: nameOf(field), label: field.missing ? field.label : `${field.label} (optional)` };
  }
};

/** A stored value as the history says it: a date as 2 December 2026. */
const said = (parsed: unknown) => {
  if (parsed === null || parsed === '') return 'blank';
  if (typeof parsed === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(parsed) ? longDate(parsed) : parsed;
  if (typeof parsed === 'boolean') return parsed ? 'yes' : 'no';
  return JSON.stringify(parsed);
};

/** Adds a record's correction page and post to the table. */
export function addCorrection(table: RouteTable, correction: Correction): void {
  const dates = correction.fields.filter((field) => field.kind === 'date');
  // The history names a field as the form does ('Date of the hearing'), not as it is stored.
  const named = (column: string) => {
    const field = correction.fields.find((candidate) => candidate.column === column);
    return field ? ('legend' in field ? field.legend : field.label) : column.replace(/_/g, ' ');
  };
  addRecordForm(table, {
    path: correction.path,
    record: correction.table,
    recordId: correction.recordId,
    title: correction.title,
    button: 'Record correction',
    load: async (res, child, req) => {
      const row = await correction.load(res, child, idParam(req, correction.recordId));
      return { row, amendments: await amendmentsOf(res.locals.services.db, correction.table, row.id) };
    },
    initial: ({ row }) => ({
      version: String(row.version),
      ...Object.fromEntries(correction.fields.map((field) => [nameOf(field), shown(field, row[field.column])])),
    }),
    stored: ({ row }) =>
      Object.fromEntries(dates.map((field) => [nameOf(field), (row[field.column] as string | null) ?? null])),
    // The record's earlier corrections, each with what it was before and why.
    summary: ({ amendments }) =>
      amendments.map((amendment) => ({
        key: { text: `Corrected ${longDate(amendment.amended_at.toISOString().slice(0, 10))}` },
        value: {
          text: `${named(amendment.field)}: ${said(amendment.previous_value)} changed to ${said(amendment.new_value)} by ${amendment.amended_by_name ?? 'the system'}. Reason: ${amendment.reason}`,
        },
      })),
    fields: () => [
      ...correction.fields.map(formFieldOf),
      { kind: 'textarea', name: 'reason', label: 'Reason for the correction' },
    ],
    dates: (res) =>
      Object.fromEntries(
        dates.map((field): [string, DateRules] => [
          nameOf(field),
          {
            label: field.legend,
            required: field.required ?? false,
            ...(field.future ? {} : { notAfter: today(res) }),
          },
        ]),
      ),
    schema: z.object({
      ...Object.fromEntries(
        correction.fields.filter((field) => field.kind !== 'date').map((field) => [nameOf(field), schemaOf(field)]),
      ),
      reason: requiredText(2000, 'Enter the reason for the correction', 'The reason must be 2000 characters or fewer'),
      version: versionField,
    }),
    save: async (res, child, value, { row }) => {
      const answers = value as Record<string, unknown>;
      await amendRecord(res.locals.services.db, res.locals.actor, {
        table: correction.table,
        recordId: row.id,
        childId: child.id,
        alsoAbout: (await correction.alsoAbout?.(res, row)) ?? [],
        version: answers.version as number,
        reason: answers.reason as string,
        changes: Object.fromEntries(
          correction.fields.map((field) => [field.column, storedAs(field, answers[nameOf(field)])]),
        ),
      });
    },
    done: { flash: 'The correction is recorded', to: correction.back },
  });
}
