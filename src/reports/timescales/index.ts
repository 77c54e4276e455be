// The timescales area's public face: the engine, its catalogue and settings,
// and the journey shape stores fill in.
export { dueItems, timescaleRules } from '../../core/timescales/engine.ts';
export { childJourney } from '../../core/timescales/journey.ts';
export type * from '../../core/timescales/journey.ts';
export type { DueItem, DueStatus, TimescaleRuleId, TimescaleRuleInfo } from '../../core/timescales/model.ts';
export { defaultTimescaleSettings, type TimescaleSettings } from '../../core/timescales/settings.ts';
