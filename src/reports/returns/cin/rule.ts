// The shape of one CIN census validation rule and the context every rule reads: the census's
// tables, the collection year, and dates read once for all rules.
import type { CollectionYear } from '../returnDates.ts';
import type { CinRow, CinRowRef, CinTableName, CinTables } from './tables.ts';

export interface CinContext {
  readonly year: CollectionYear;
  readonly tables: CinTables;
  /** A YYYY-MM-DD value as a day number, null when blank or not a date (arithmetic on its digits: cheaper than a memo). */
  day(text: string): number | null;
  /** A table's rows by child (LAchildID), in file order (built once per table). */
  byChild<T extends CinTableName>(table: T): ReadonlyMap<string, readonly CinRow<T>[]>;
  /** A table's rows by CIN episode (CINdetailsID), in file order (built once per table). */
  byEpisode<T extends CinTableName>(table: T): ReadonlyMap<string, readonly CinRow<T>[]>;
  /** Something several rules derive, built by the first to ask. */
  once<V>(key: string, build: () => V): V;
}

/** Where a rule points: a block (by its row), or a child, or the whole return (child null). */
export type CinFlag =
  | { readonly table: CinTableName; readonly row: CinRowRef }
  | { readonly table: CinTableName; readonly child: string | null };

export type CinExampleTables = { readonly [T in CinTableName]?: readonly Partial<Omit<CinRow<T>, '$row'>>[] };

/** A rule's own examples: a census that passes, one that fails, and where the failing one is flagged. */
export interface CinRuleExamples {
  readonly year?: string;
  readonly passing: CinExampleTables;
  readonly failing: CinExampleTables;
  /** [table, 1-based row of that table in `failing`] for a block; [table, child] for a child. */
  readonly flags: readonly (readonly [CinTableName, number | string])[];
}

export interface CinRule {
  /** The DfE's code, exactly as the catalogue writes it (queries end in Q). */
  readonly code: string;
  readonly message: string;
  readonly check: (context: CinContext) => CinFlag[];
  readonly examples: CinRuleExamples;
}

export const defineCinRule = (rule: CinRule): CinRule => rule;

/** Flags each row of a table that fails a test. */
export function cinRowsWhere<T extends CinTableName>(
  context: CinContext,
  table: T,
  fails: (row: CinRow<T>) => boolean,
): CinFlag[] {
  const flags: CinFlag[] = [];
  for (const row of context.tables[table]) if (fails(row)) flags.push({ table, row });
  return flags;
}
