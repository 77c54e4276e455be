// The people area's public face: children and their family network, as other areas use them.
export { ethnicityCodes, sexCodes } from './codes.ts';
export { createChild, familyNetwork, siblingIds, type ChildDetails, type FamilyMember } from './store.ts';
export { findChildren, likelyDuplicates, type ChildSearch, type ChildSearchResult } from './search.ts';
