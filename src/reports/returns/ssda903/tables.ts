// The SSDA903 tables and their columns, as the DfE's guide names them (reference/returns.md): the
// export writes these headers, and validation and import recognise a file by its header row.

export const tableColumns = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: [
    'CHILD',
    'DECOM',
    'RNE',
    'LS',
    'CIN',
    'PLACE',
    'PLACE_PROVIDER',
    'DEC',
    'REC',
    'REASON_PLACE_CHANGE',
    'HOME_POST',
    'PL_POST',
    'URN',
  ],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  OC2: [
    'CHILD',
    'DOB',
    'SDQ_SCORE',
    'SDQ_REASON',
    'CONVICTED',
    'HEALTH_CHECK',
    'IMMUNISATIONS',
    'TEETH_CHECK',
    'HEALTH_ASSESSMENT',
    'SUBSTANCE_MISUSE',
    'INTERVENTION_RECEIVED',
    'INTERVENTION_OFFERED',
  ],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  AD1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  SWEpisodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
} as const;

export type TableName = keyof typeof tableColumns;
export type ColumnOf<T extends TableName> = (typeof tableColumns)[T][number];
export const tableNames = Object.keys(tableColumns) as TableName[];

/** The first collection year each table was returned (DoLo from 2026-27). */
const firstYearOf: Partial<Record<TableName, number>> = { SWEpisodes: 2023, DoLo: 2026 };

/** The tables a collection year's return holds. */
export const tablesInYear = (firstYear: number): TableName[] =>
  tableNames.filter((table) => (firstYearOf[table] ?? 0) <= firstYear);

/** What every row has: the child it is about and its 1-based data row in the table's file. */
export interface RowRef903 {
  readonly CHILD: string;
  readonly $row: number;
}

/** One data row: its values by column ('' when blank) and its 1-based row in the table's file. */
export type Row903<T extends TableName = never> = RowRef903 & { readonly [C in ColumnOf<T>]: string };

/** A year's return: every table's rows (a table not given is empty and not in `present`). */
export type Tables903 = { readonly [T in TableName]: readonly Row903<T>[] };

export const emptyTables = (): { [T in TableName]: Row903<T>[] } =>
  Object.fromEntries(tableNames.map((table) => [table, []])) as unknown as { [T in TableName]: Row903<T>[] };

/** The table a header row names: the same columns, in any order; null when it is none of them. */
export function tableOfHeader(header: readonly string[]): TableName | null {
  const given = [...header]
    .map((column) => column.trim().toUpperCase())
    .sort()
    .join(',');
  for (const table of tableNames) {
    if ([...tableColumns[table]].sort().join(',') === given) return table;
  }
  return null;
}
