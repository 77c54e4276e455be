// Every area's timescale rules run by the one engine: what a child has due, and the catalogue
// the settings page explains.
import type { Temporal } from 'temporal-polyfill';
import { areas } from '../../areas/all.ts';
import { catalogueOf, dueItemsUnder } from '../../core/timescales/engine.ts';
import type { ChildJourney } from '../../core/timescales/journey.ts';
import type { DueItem, TimescaleRule } from '../../core/timescales/model.ts';
import type { TimescaleSettings } from '../../core/timescales/settings.ts';
import { defaultTimescaleSettings } from './settings.ts';

/** Every rule, area by area in the order of the child's journey. */
export const rules: readonly TimescaleRule[] = areas.flatMap((area) => area.timescaleRules ?? []);

/** The rules catalogue, for pages that explain each timescale. */
export const timescaleRules = catalogueOf(rules);

/** Every due item for the child as of `asOf`, earliest due first. */
export const dueItems = (
  journey: ChildJourney,
  asOf: Temporal.PlainDate | Temporal.Instant,
  settings: TimescaleSettings = defaultTimescaleSettings,
): DueItem[] => dueItemsUnder(rules, journey, asOf, settings);

export { childJourney } from './journey.ts';
export type { DueItem } from '../../core/timescales/model.ts';
export type { TimescaleSettings } from '../../core/timescales/settings.ts';
