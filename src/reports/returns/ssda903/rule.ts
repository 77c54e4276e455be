// The shape of one SSDA903 validation rule, and the context every rule reads: the year's tables
// (and last year's), the collection year, optional lookups, and dates read once for all rules.
import type { CollectionYear } from '../returnDates.ts';
import type { Row903, RowRef903, TableName, Tables903 } from './tables.ts';

/** Data a council may give that Harbour cannot hold itself; rules that need it say so. */
export interface Lookups903 {
  /** Postcode district or full postcode → local authority code (ONS), for distance and area rules. */
  readonly postcodeAuthorities?: ReadonlyMap<string, string>;
  /** Ofsted URN → the provider's registration (for the URN rules). */
  readonly ofstedProviders?: ReadonlyMap<string, OfstedProvider>;
  /** The council's own local authority code (ONS, as PL_LA holds it: E06000051), for the own-area rules. */
  readonly localAuthority?: string;
  /** Full postcode (no spaces) → its grid reference (ONS oseast1m, osnrth1m), for placement distances. */
  readonly postcodeCoordinates?: ReadonlyMap<string, GridReference>;
  /**
   * Child → the UASC flag the XML return's Header carries ('1' when UASC); CSV tables do not carry it
   * (a child's row in the UASC table says nothing of a flag), so the rules about the flag itself need it.
   */
  readonly uascFlag?: ReadonlyMap<string, string>;
  /** The same flag in last year's XML return. */
  readonly previousUascFlag?: ReadonlyMap<string, string>;
  /**
   * Episode (`CHILD DECOM`) → the placement location ('IN' or 'OUT') as the DfE derived it. Harbour derives
   * the location and the placement LA from the one placement postcode, so its own cannot disagree.
   */
  readonly placementLocation?: ReadonlyMap<string, string>;
}

/** An Ordnance Survey grid reference in metres. */
export interface GridReference {
  readonly easting: number;
  readonly northing: number;
}

export interface OfstedProvider {
  readonly urn: string;
  readonly placementCodes: readonly string[];
  readonly providerCodes: readonly string[];
  readonly postcode?: string;
  readonly registered?: number;
  readonly closed?: number;
}

export type Need903 = 'previous' | keyof Lookups903;

export interface Context903 {
  readonly year: CollectionYear;
  readonly tables: Tables903;
  /** The tables the return holds (a file was given for each). */
  readonly present: ReadonlySet<TableName>;
  /** Last year's return, when given (`--previous`). */
  readonly previous: Tables903 | null;
  readonly lookups: Lookups903;
  /** A DD/MM/YYYY value as a day number, null when blank or not a date (each distinct text read once). */
  day(text: string): number | null;
  /** This year's rows of a table by child, in file order (built once per table). */
  byChild<T extends TableName>(table: T): ReadonlyMap<string, readonly Row903<T>[]>;
  /** Last year's rows of a table by child (empty when last year's return was not given). */
  previousByChild<T extends TableName>(table: T): ReadonlyMap<string, readonly Row903<T>[]>;
  /** Something several rules derive (episodes in date order…), built by the first to ask. */
  once<V>(key: string, build: () => V): V;
}

/** Where a rule points: a row of a table, or a child (a table's rows for them are missing or too many). */
export type Flag903 =
  { readonly table: TableName; readonly row: RowRef903 } | { readonly table: TableName; readonly child: string };

/** A rule's own examples: a return that passes, one that fails, and where the failing one is flagged. */
export interface RuleExamples903 {
  readonly year?: string;
  readonly passing: Example903;
  readonly failing: Example903;
  /** [table, 1-based row of that table in `failing`] for a row, [table, child] for a child. */
  readonly flags: readonly (readonly [TableName, number | string])[];
}

export type ExampleTables903 = { readonly [T in TableName]?: readonly Partial<Omit<Row903<T>, '$row'>>[] };

export interface Example903 extends ExampleTables903 {
  readonly previous?: ExampleTables903;
  readonly lookups?: Lookups903;
}

export interface Rule903 {
  /** The DfE's code, exactly as the catalogue writes it. */
  readonly code: string;
  /** The DfE's message, exactly as the catalogue writes it. */
  readonly message: string;
  /** The tables it reads: it runs only when every one was given. */
  readonly tables: readonly TableName[];
  /** Last year's return or lookups it needs: without them it does not run, and the report says so. */
  readonly needs?: readonly Need903[];
  readonly check: (context: Context903) => Flag903[];
  readonly examples: RuleExamples903;
}

export const defineRule903 = (rule: Rule903): Rule903 => rule;

/** Flags each row of a table that fails a test. */
export function rowsWhere<T extends TableName>(
  context: Context903,
  table: T,
  fails: (row: Row903<T>) => boolean,
): Flag903[] {
  const flags: Flag903[] = [];
  for (const row of context.tables[table]) if (fails(row)) flags.push({ table, row });
  return flags;
}
