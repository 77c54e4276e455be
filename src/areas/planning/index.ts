// The planning area's public face: plan actions as other areas' pages show them, and the visiting
// pattern the visit timescales share.
export { planActionsView } from './actions.ts';
export { plansAwaitingAuthorisation, plansOfChild, planVersionsView } from './planVersions.ts';
export { visitsWhileOnPlan } from './timescales/visitsWhileOnPlan.ts';
export type * from './journey.ts';
