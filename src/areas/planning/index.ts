// The planning area's public face: plan actions as other areas' pages show them, who may own an
// action (a strategy discussion's actions are owned the same way), plans and their versions, and
// the visiting pattern the visit timescales share.
export { ownerName, planActionsView } from './actions.ts';
export { plansAwaitingAuthorisation, plansOfChild, plansReturnedTo, planVersionsView } from './planVersions.ts';
export { ownerChoices, readOwner } from './presenters.ts';
export { endChildInNeedPlan, ownerColumns, startChildInNeedPlan, type ActionOwner } from './store.ts';
export { visitsWhileOnPlan } from './timescales/visitsWhileOnPlan.ts';
export type * from './journey.ts';
export { importCinPlans, type ImportedCinPlan } from './imported.ts';
