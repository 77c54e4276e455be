// The court area's public face: the proceedings timetable's week count and duration bands, which the
// court indicators compute in SQL by the same rule the tracker uses.
export { durationBandSql, durationBands, proceedingsWeekSql } from './proceedingsTimetable.ts';
