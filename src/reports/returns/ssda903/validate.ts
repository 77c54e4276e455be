// Runs a ruleset over a year's SSDA903 tables: builds the shared context once (each date read once,
// rows grouped by child once, on first use), runs every rule whose tables and lookups were given,
// and says which were not run and why.
import type { Finding, RuleNotRun, ValidationReport } from '../findings.ts';
import type { CollectionYear } from '../returnDates.ts';
import { dayFromUkDate } from '../returnDates.ts';
import type { Context903, Lookups903, Rule903 } from './rule.ts';
import type { Row903, TableName, Tables903 } from './tables.ts';
import { emptyTables } from './tables.ts';

export interface Return903 {
  readonly year: CollectionYear;
  readonly tables: Tables903;
  readonly present: ReadonlySet<TableName>;
  readonly previous?: Tables903 | null;
  readonly lookups?: Lookups903;
}

function groupByChild<T extends TableName>(rows: readonly Row903<T>[]): Map<string, Row903<T>[]> {
  const byChild = new Map<string, Row903<T>[]>();
  for (const row of rows) {
    const list = byChild.get(row.CHILD);
    if (list) list.push(row);
    else byChild.set(row.CHILD, [row]);
  }
  return byChild;
}

export function context903(input: Return903): Context903 {
  const grouped = new Map<TableName, Map<string, Row903[]>>();
  const previousGrouped = new Map<TableName, Map<string, Row903[]>>();
  const previous = input.previous ?? null;
  const none = emptyTables();
  const derived = new Map<string, unknown>();
  // A year's files hold a few thousand distinct dates, each read as one string (readTables), so a
  // date's day is found by that string's hash, kept in the string, faster than read from its digits.
  const days = new Map<string, number | null>();
  return {
    year: input.year,
    tables: input.tables,
    present: input.present,
    previous,
    lookups: input.lookups ?? {},
    day(text) {
      let day = days.get(text);
      if (day === undefined) days.set(text, (day = dayFromUkDate(text)));
      return day;
    },
    byChild<T extends TableName>(table: T) {
      let map = grouped.get(table);
      if (!map) grouped.set(table, (map = groupByChild(input.tables[table] as readonly Row903[])));
      return map as unknown as ReadonlyMap<string, readonly Row903<T>[]>;
    },
    previousByChild<T extends TableName>(table: T) {
      let map = previousGrouped.get(table);
      if (!map) previousGrouped.set(table, (map = groupByChild((previous ?? none)[table] as readonly Row903[])));
      return map as unknown as ReadonlyMap<string, readonly Row903<T>[]>;
    },
    once<V>(key: string, build: () => V): V {
      if (!derived.has(key)) derived.set(key, build());
      return derived.get(key) as V;
    },
  };
}

/** Why a rule cannot run on this return, or null when it can. */
export function whyNotRun(rule: Rule903, input: Return903): string | null {
  const missing = rule.tables.filter((table) => !input.present.has(table));
  if (missing.length) return `needs the ${missing.join(' and ')} table${missing.length > 1 ? 's' : ''}`;
  for (const need of rule.needs ?? []) {
    if (need === 'previous' && !input.previous) return "needs last year's return (--previous)";
    if (need === 'postcodeAuthorities' && !input.lookups?.postcodeAuthorities)
      return 'needs a postcode to local authority lookup (--postcodes)';
    if (need === 'ofstedProviders' && !input.lookups?.ofstedProviders)
      return 'needs the Ofsted providers list (--ofsted-providers)';
    if (need === 'localAuthority' && !input.lookups?.localAuthority)
      return "needs the council's local authority code (--la)";
    if (need === 'postcodeCoordinates' && !input.lookups?.postcodeCoordinates)
      return 'needs postcode coordinates (--postcodes with oseast1m/osnrth1m columns)';
    if (
      (need === 'uascFlag' && !input.lookups?.uascFlag) ||
      (need === 'previousUascFlag' && !input.lookups?.previousUascFlag)
    )
      return "applies to the XML return's UASC flag, which CSV tables do not carry";
    if (need === 'placementLocation' && !input.lookups?.placementLocation)
      return "compares the DfE's derived placement location with the placement LA, which Harbour derives from the one placement postcode, so they cannot disagree";
  }
  return null;
}

export function validate903(input: Return903, rules: readonly Rule903[]): ValidationReport {
  const context = context903(input);
  const findings: Finding[] = [];
  const notRun: RuleNotRun[] = [];
  for (const rule of rules) {
    const reason = whyNotRun(rule, input);
    if (reason) {
      notRun.push({ rule: rule.code, reason });
      continue;
    }
    for (const flag of rule.check(context)) {
      findings.push(
        'row' in flag
          ? {
              rule: rule.code,
              table: flag.table,
              row: flag.row.$row,
              child: flag.row.CHILD || null,
              message: rule.message,
            }
          : { rule: rule.code, table: flag.table, row: null, child: flag.child, message: rule.message },
      );
    }
  }
  return { findings, notRun };
}
