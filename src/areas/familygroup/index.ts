// The family group area's public face: what the court asks before pre-proceedings and proceedings
// (whether the children were offered family group decision-making, and the reason when not), and
// how long before an offer still counts, which the CIN census reads in SQL by the same rule.
export { familyGroupBefore, offerWindowMonths, offeredBefore, recordNotOffered } from './store.ts';
export { notOfferedFor } from './records.ts';
export { notOfferedReasons, type NotOfferedReason } from './codes.ts';
