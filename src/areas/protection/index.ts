// The protection area's public face: a strategy discussion decided at the front door, and the
// children whose conferences a person chairs.
export { recordStrategyDiscussion } from './store.ts';
export { childrenChairedBy } from './workingWith.ts';
export type * from './journey.ts';
