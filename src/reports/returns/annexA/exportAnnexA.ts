// `harbour export annex-a`: every list read (one query each), shaped, written, and the export
// recorded: Annex A names children, restricted ones included, so each list is one audit event.
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { childrenListed, type Actor } from '../../../platform/access/audit.ts';
import { annexALists } from './lists.ts';
import { annexARows } from './queries.ts';
import { annexACells, type Cell } from './shape.ts';
import { writeAnnexAWorkbook } from './workbook.ts';

export interface AnnexAExport {
  /** Rows written to each list's sheet, by list number. */
  rows: Map<number, number>;
  /** Every child on any list (each once). */
  children: number[];
}

export async function exportAnnexA(
  db: Kysely<Database>,
  actor: Actor,
  options: { asAt: string; file: string; councilName: string },
): Promise<AnnexAExport> {
  const sheets = new Map<number, Cell[][]>();
  const children = new Map<number, number[]>();
  for (const list of annexALists) {
    if (list.number === 11) continue;
    const rows = await annexARows(db, list.number, options.asAt);
    sheets.set(list.number, annexACells(list.number, rows, options.asAt, options.councilName));
    children.set(
      list.number,
      rows.map((row) => row.child_id),
    );
  }
  // Recorded before the file is written: an export that fails after is recorded, never one unrecorded.
  await db.transaction().execute(async (trx) => {
    for (const [list, ids] of children)
      await childrenListed(trx, actor, [...new Set(ids.map(Number))], {
        export: 'annex-a',
        list: `List ${list}`,
        asAt: options.asAt,
      });
  });
  await writeAnnexAWorkbook(options.file, sheets);
  return {
    rows: new Map([...sheets].map(([list, cells]) => [list, cells.length])),
    children: [...new Set([...children.values()].flat().map(Number))],
  };
}
