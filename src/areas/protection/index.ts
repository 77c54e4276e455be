// The protection area's public face: a strategy discussion decided at the front door.
export { recordStrategyDiscussion } from './store.ts';
export type * from './journey.ts';
