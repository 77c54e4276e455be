// Test support: due items as short lines ("2026-02-24 met 2026-02-20") so
// tests can compare a whole rule's output at a glance.
import { Temporal } from 'temporal-polyfill';
import { childJourney, dueItems } from './index.ts';
import type { ChildJourney } from '../../core/timescales/journey.ts';
import type { DueItem, TimescaleRuleId } from '../../core/timescales/model.ts';
import { defaultTimescaleSettings } from './settings.ts';
import type { TimescaleSettings } from '../../core/timescales/settings.ts';

export function line(item: DueItem): string {
  return [item.dueOn.toString(), item.status, item.metOn?.toString()].filter(Boolean).join(' ');
}

/** The lines for one rule, for a journey read on `asOf` ('YYYY-MM-DD' or an instant with Z). */
export function linesFor(
  journey: ChildJourney,
  rule: TimescaleRuleId,
  asOf: string,
  settings: Partial<TimescaleSettings> = {},
): string[] {
  const at = asOf.includes('T') ? Temporal.Instant.from(asOf) : Temporal.PlainDate.from(asOf);
  return dueItems(journey, at, { ...defaultTimescaleSettings, ...settings })
    .filter((item) => item.rule === rule)
    .map(line);
}

export function journeyOf(dateOfBirth: string, records: Partial<Omit<ChildJourney, 'child'>>): ChildJourney {
  return childJourney({ id: 'child-1', dateOfBirth }, records);
}
