// Every CSV Harbour sends is written here, so every cell is made safe to open in a spreadsheet.
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';

/** What a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell as text, neutralised: one that a spreadsheet would run as a formula (a child recorded as
 * `=HYPERLINK("…")`) starts with a single quote, so it is shown as the text that was recorded.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Sends rows as a CSV download: every cell through csvCell, and never kept by the browser or a proxy. */
export function sendCsv(
  res: Response,
  filename: string,
  columns: readonly string[],
  rows: readonly (string | number | boolean | null | undefined)[][],
) {
  res.type('text/csv').attachment(filename).set('Cache-Control', 'no-store');
  return res.send(
    stringify(
      rows.map((row) => row.map(csvCell)),
      { header: true, columns: columns.map(csvCell) },
    ),
  );
}
