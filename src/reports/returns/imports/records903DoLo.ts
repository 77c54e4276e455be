// The SSDA903 DoLo table's row (from 2026-27) as the court area's order depriving a child of their
// liberty: the days it started and ended. DOB is checked with the child's other rows by the import.
import type { ImportedDeprivationOfLiberty } from '../../../areas/court/index.ts';
import type { Row903 } from '../ssda903/tables.ts';
import { RowReader, type DateWindow, type Mapped } from './records903.ts';

export function doLoRecord(row: Row903<'DoLo'>, window: DateWindow): Mapped<ImportedDeprivationOfLiberty> {
  const reader = new RowReader(row, window);
  const record = { startDate: reader.date('DOLO_START', true), endDate: reader.date('DOLO_END', false) };
  if (record.startDate && record.endDate && record.endDate < record.startDate)
    reader.problems.push(`DOLO_END ${row.DOLO_END} is before DOLO_START ${row.DOLO_START}`);
  return reader.done(record as ImportedDeprivationOfLiberty);
}
