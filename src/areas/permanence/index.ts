// The permanence area's public face: the adoption scorecard's thresholds, which the permanence
// indicators report the council's averages against.
export { enteredCareToMovedInThreshold, placementOrderToMatchThreshold } from './adoptionScorecard.ts';
