import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { groupBy } from '../../platform/records/byChild.ts';
import { toDoOf } from './storedDueItems.ts';

export interface DueRow {
  childId: number;
  childName: string;
  /** The child's consistent identifier, for lists that leave Harbour. */
  nhsNumber: string | null;
  workerName: string | null;
  rule: string;
  /** The record the work is about (the assessment, the plan…), as the rule names it. */
  recordId: string;
  title: string;
  dueOn: string;
  status: 'due' | 'overdue';
  source: string;
}

/**
 * What is still to do for a set of children, overdue first: their stored due items (the engine's
 * answer, kept with their record), so the manager's counts and the child's page always agree.
 */
export async function dueAcrossChildren(
  db: Kysely<Database>,
  children: {
    id: number;
    forename: string;
    surname: string;
    nhs_number?: string | null;
    worker_name?: string | null;
  }[],
  today: Temporal.PlainDate,
): Promise<DueRow[]> {
  const byId = new Map(children.map((child) => [child.id, child]));
  const items = await toDoOf(db, [...byId.keys()], today.toString());
  return items.map((item) => {
    const child = byId.get(item.child_id)!;
    return {
      childId: child.id,
      childName: `${child.forename} ${child.surname}`,
      nhsNumber: child.nhs_number ?? null,
      workerName: child.worker_name ?? null,
      rule: item.rule,
      recordId: item.record_id,
      title: item.title,
      dueOn: item.due_on,
      status: item.status,
      source: item.source,
    };
  });
}

/** Counts of rows grouped by a key, largest first, each with the rows behind it. */
export function countBy(rows: DueRow[], key: (row: DueRow) => string) {
  return [...groupBy(rows, key).entries()]
    .map(([name, members]) => ({
      name,
      overdue: members.filter((row) => row.status === 'overdue').length,
      due: members.filter((row) => row.status === 'due').length,
      rows: members,
    }))
    .sort((a, b) => b.overdue - a.overdue || b.due - a.due || a.name.localeCompare(b.name));
}
