// The visits area's public face: a child's visits as other areas' pages show them, and the visit
// as the visiting timescales read it.
export { visitsBetween } from './store.ts';
export type * from './journey.ts';
