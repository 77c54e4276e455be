// The court area's public face: the orders the court made, read by the areas that act on them (a
// query only: court imports neither care nor permanence, which read it), and the proceedings
// timetable's week count and duration bands, which the court indicators compute in SQL by the same
// rule the tracker uses; the import of a past 903's orders depriving children of their liberty
// (DoLo) and of a past CIN census's pre-proceedings.
export { finalOrdersMade, finalOrdersOf, type FinalOrderMade } from './finalOrders.ts';
export { durationBandSql, durationBands, proceedingsWeekSql } from './proceedingsTimetable.ts';
export { importDeprivationOfLiberty, type ImportedDeprivationOfLiberty } from './deprivationOfLiberty.ts';
export { importPreProceedings, type ImportedPreProceedings } from './importedPreProceedings.ts';
