// The shapes shared by the engine and its rules.
import type { Temporal } from 'temporal-polyfill';
import type { ChildJourney } from './journey.ts';
import type { TimescaleSettings } from './settings.ts';

/**
 * Every rule's id: each rule file adds its own by declaration merging
 * (`declare module '…/core/timescales/model.ts' { interface TimescaleRuleIds { 'cin-visit': true } }`),
 * so adding a rule touches no list here.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface TimescaleRuleIds {}
export type TimescaleRuleId = Extract<keyof TimescaleRuleIds, string>;

export type DueStatus = 'due' | 'overdue' | 'met' | 'metLate';

export interface DueItem {
  rule: TimescaleRuleId;
  title: string;
  childId: string;
  /** The record whose clock this is: the contact, plan, placement, period of care… */
  recordId: string;
  /** The day its clock started: before it nothing is due (a care leaver's window opening). */
  startedOn: Temporal.PlainDate;
  dueOn: Temporal.PlainDate;
  /** For rules counted in hours: the exact moment it falls due. */
  dueAt?: Temporal.Instant;
  status: DueStatus;
  metOn?: Temporal.PlainDate;
  /** The day the episode it belongs to (the plan, period of care, referral…) ended, once known. */
  episodeEndedOn?: Temporal.PlainDate;
  source: string;
}

/** What a rule says about one occurrence; the engine adds the status and the rule's names. */
export interface Occurrence {
  recordId: string;
  startedOn: Temporal.PlainDate;
  dueOn: Temporal.PlainDate;
  dueAt?: Temporal.Instant;
  metOn?: Temporal.PlainDate;
  metAt?: Temporal.Instant;
  /** The day the episode it belongs to ended, once known: an unmet item then leaves the to-do lists. */
  episodeEndedOn?: Temporal.PlainDate;
  /** Replaces the rule's title where each occurrence has its own (a plan action). */
  title?: string;
}

/**
 * The moment the record is read at. Records dated after it are treated as
 * not yet having happened, so past dates give the picture as it was then.
 */
export interface AsOf {
  date: Temporal.PlainDate;
  /** Present when the caller gave an exact moment; refines the hours rules. */
  instant?: Temporal.Instant;
}

export interface RuleContext<Journey = ChildJourney> {
  journey: Journey;
  asOf: AsOf;
  settings: TimescaleSettings;
}

export interface TimescaleRuleInfo {
  id: TimescaleRuleId;
  title: string;
  source: string;
  kind: 'national' | 'local' | 'national and local';
}

export interface TimescaleRule<Journey = ChildJourney> extends TimescaleRuleInfo {
  occurrences(context: RuleContext<Journey>): Occurrence[];
}
