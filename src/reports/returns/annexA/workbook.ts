// The Annex A workbook: one sheet per list (headings in Ofsted's order), then "Notes". Written as a
// stream, so a large county's lists never sit in memory as a whole workbook.
import { annexALists } from './lists.ts';
import { annexANotes } from './notes.ts';
import type { Cell } from './shape.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A cell as Excel holds it: a date as a date (midnight UTC, so no time zone moves the day). */
const excelValue = (cell: Cell) =>
  typeof cell === 'string' && isoDate.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell;

export async function writeAnnexAWorkbook(file: string, sheets: ReadonlyMap<number, Cell[][]>): Promise<void> {
  // Loaded when first used, not by every process that imports the app (each test file, the server).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  for (const list of annexALists) {
    const sheet = workbook.addWorksheet(list.sheet);
    // Every column whose heading names a date holds dates: formatted once for the column, not per cell.
    sheet.columns = list.headings.map((heading) => ({
      header: heading,
      width: Math.min(Math.max(heading.length, 12), 40),
      ...(/date/i.test(heading) ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const cells of sheets.get(list.number) ?? []) sheet.addRow(cells.map(excelValue)).commit();
    sheet.commit();
  }
  const notes = workbook.addWorksheet('Notes');
  notes.columns = [
    { header: 'List', width: 10 },
    { header: 'Note', width: 120 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const { list, note } of annexANotes) notes.addRow([list === null ? 'All' : `List ${list}`, note]).commit();
  notes.commit();
  await workbook.commit();
}
