// A CIN rule's examples as census tables: the blocks it names, every other element empty, each
// block numbered as if it opened on that line.
import type { CinExampleTables } from './rule.ts';
import type { CinRow, CinTableName, CinTables } from './tables.ts';
import { cinTableNames, emptyCinTables, tableColumns } from './tables.ts';

export function cinTablesOf(example: CinExampleTables): CinTables {
  const tables = emptyCinTables() as unknown as Record<CinTableName, CinRow[]>;
  for (const table of cinTableNames) {
    tables[table] = (example[table] ?? []).map((given, index) => {
      const row: Record<string, string | number> = { LAchildID: '', $row: index + 1 };
      for (const column of tableColumns[table])
        row[column] = (given as Record<string, string | undefined>)[column] ?? '';
      return row as unknown as CinRow;
    });
  }
  return tables as unknown as CinTables;
}
