// The planning area's public face: visits and plan actions as other areas' pages show them, and
// the visiting pattern the visit timescales share.
export { visitsBetween } from './visits.ts';
export { planActionsView } from './actions.ts';
export { visitsWhileOnPlan } from './timescales/visitsWhileOnPlan.ts';
export type * from './journey.ts';
