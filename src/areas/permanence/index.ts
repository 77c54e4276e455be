// The permanence area's public face: the adoption scorecard's thresholds, which the permanence
// indicators report the council's averages against, and the placement order an adoption plan
// counts from (its own, else the court's) in SQL.
export { enteredCareToMovedInThreshold, placementOrderToMatchThreshold } from './adoptionScorecard.ts';
export { effectivePlacementOrderSql, specialGuardianshipOrdersSql } from './courtOrders.ts';
