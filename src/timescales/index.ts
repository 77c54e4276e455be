// The timescales area's public face: the engine, its catalogue and settings,
// and the journey shape stores fill in.
export { dueItems, timescaleRules } from './engine.ts';
export { childJourney } from './journey.ts';
export type * from './journey.ts';
export type { DueItem, DueStatus, TimescaleRuleId, TimescaleRuleInfo } from './model.ts';
export { defaultTimescaleSettings, type TimescaleSettings } from './settings.ts';
