// The protection area's public face: a strategy discussion decided at the front door, the
// children whose conferences a person chairs, the categories of abuse plans are made under, and
// multi-agency child protection teams: their members, the children they hold and who leads each;
// the import of a past CIN census's enquiries and plans.
export { categoriesOfAbuse } from './codes.ts';
export { recordStrategyDiscussion } from './store.ts';
export { childrenChairedBy } from './workingWith.ts';
export type * from './journey.ts';
export { isMemberOf, multiAgencyTeam, teamMembers } from './teamStore.ts';
export { heldByTeam, leadsOfChild } from './leadStore.ts';
export { importProtection, type ImportedProtectionPlan, type ImportedSection47 } from './imported.ts';
