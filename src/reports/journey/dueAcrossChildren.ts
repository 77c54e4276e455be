import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { dueItems } from '../timescales/index.ts';
import { councilTimescaleSettings } from '../timescales/settings.ts';
import { loadChildJourneys } from './loadJourney.ts';
import { groupBy } from '../../platform/records/byChild.ts';

/** Children read together: few enough to keep memory flat and query parameters well within limits. */
const childrenPerBatch = 500;

export interface DueRow {
  childId: number;
  childName: string;
  workerName: string | null;
  rule: string;
  title: string;
  dueOn: string;
  status: 'due' | 'overdue';
  source: string;
}

/**
 * What is due and overdue for a set of children: the same engine the child's page uses, so the
 * manager's counts and the child's list always agree.
 */
export async function dueAcrossChildren(
  db: Kysely<Database>,
  children: { id: number; forename: string; surname: string; worker_name?: string | null }[],
  today: Temporal.PlainDate,
): Promise<DueRow[]> {
  const settings = await councilTimescaleSettings(db);
  const rows: DueRow[] = [];
  for (let start = 0; start < children.length; start += childrenPerBatch) {
    const batch = children.slice(start, start + childrenPerBatch);
    const journeys = await loadChildJourneys(
      db,
      batch.map((child) => child.id),
    );
    for (const child of batch) {
      const journey = journeys.get(child.id);
      if (!journey) continue;
      for (const item of dueItems(journey, today, settings)) {
        if (item.status !== 'due' && item.status !== 'overdue') continue;
        rows.push({
          childId: child.id,
          childName: `${child.forename} ${child.surname}`,
          workerName: child.worker_name ?? null,
          rule: item.rule,
          title: item.title,
          dueOn: item.dueOn.toString(),
          status: item.status,
          source: item.source,
        });
      }
    }
  }
  return rows.sort(
    (a, b) => Number(b.status === 'overdue') - Number(a.status === 'overdue') || a.dueOn.localeCompare(b.dueOn),
  );
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
