// A rule's examples as a return: the rows it names, every other column blank, rows numbered as in a file.
import type { CollectionYear } from '../returnDates.ts';
import type { ExampleTables903, Example903 } from './rule.ts';
import type { Row903, TableName, Tables903 } from './tables.ts';
import { emptyTables, tableColumns, tablesInYear } from './tables.ts';
import type { Return903 } from './validate.ts';

function tablesOf(example: ExampleTables903): Tables903 {
  const tables = emptyTables() as unknown as Record<TableName, Row903[]>;
  for (const table of Object.keys(tableColumns) as TableName[]) {
    const rows = example[table] ?? [];
    tables[table] = rows.map((given, index) => {
      const row: Record<string, string | number> = { $row: index + 1 };
      for (const column of tableColumns[table])
        row[column] = (given as Record<string, string | undefined>)[column] ?? '';
      return row as unknown as Row903;
    });
  }
  return tables as unknown as Tables903;
}

/** The return an example stands for: every table of the year present, last year's when it gives one. */
export const returnOfExample = (example: Example903, year: CollectionYear): Return903 => ({
  year,
  tables: tablesOf(example),
  present: new Set(tablesInYear(year.firstYear)),
  previous: example.previous ? tablesOf(example.previous) : null,
  lookups: example.lookups,
});
