// Runs a CIN census ruleset over a census's tables, the context built once for every rule.
import type { Finding, ValidationReport } from '../findings.ts';
import type { CollectionYear } from '../returnDates.ts';
import { dayFromIsoDate } from '../returnDates.ts';
import type { CinContext, CinRule } from './rule.ts';
import type { CinRow, CinTableName, CinTables } from './tables.ts';

function groupBy<T extends CinTableName>(rows: readonly CinRow<T>[], key: (row: CinRow<T>) => string) {
  const groups = new Map<string, CinRow<T>[]>();
  for (const row of rows) {
    const value = key(row);
    const list = groups.get(value);
    if (list) list.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}

export function cinContext(year: CollectionYear, tables: CinTables): CinContext {
  const derived = new Map<string, unknown>();
  const once = <V>(key: string, build: () => V): V => {
    if (!derived.has(key)) derived.set(key, build());
    return derived.get(key) as V;
  };
  return {
    year,
    tables,
    day: dayFromIsoDate,
    byChild: (table) => once(`child:${table}`, () => groupBy(tables[table], (row) => row.LAchildID)),
    byEpisode: (table) =>
      once(`episode:${table}`, () =>
        groupBy(tables[table], (row) => (row as unknown as { CINdetailsID?: string }).CINdetailsID ?? ''),
      ),
    once,
  };
}

export function validateCin(year: CollectionYear, tables: CinTables, rules: readonly CinRule[]): ValidationReport {
  const context = cinContext(year, tables);
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const flag of rule.check(context)) {
      findings.push(
        'row' in flag
          ? {
              rule: rule.code,
              table: flag.table,
              row: flag.row.$row,
              child: flag.row.LAchildID || null,
              message: rule.message,
            }
          : { rule: rule.code, table: flag.table, row: null, child: flag.child, message: rule.message },
      );
    }
  }
  return { findings, notRun: [] };
}
