// The permanence area's public face: the adoption scorecard's thresholds, which the permanence
// indicators report the council's averages against, the placement order an adoption plan counts
// from (its own, else the court's) in SQL, and the adoption plan as the 903 reads and loads it.
export { enteredCareToMovedInThreshold, placementOrderToMatchThreshold } from './adoptionScorecard.ts';
export { effectivePlacementOrderSql, specialGuardianshipOrdersSql } from './courtOrders.ts';
export { adoptersAgree, numberOfAdopters } from './adopters.ts';
export { reasonPlacedCeasedSql } from './returns903.ts';
export type { AdopterLegalStatus, AdopterSex } from './codes.ts';
export { importAdoptionPlans, type ImportedAdoptionPlan } from './importedAdoption.ts';
