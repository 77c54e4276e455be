// Continuous validation: Harbour builds this year's returns from the records and checks them with
// the DfE's rules every night and when an analyst asks, so errors are put right as they happen
// rather than in the spring rush.
import type { Temporal } from 'temporal-polyfill';
import type { CollectionYear } from './returnDates.ts';
import { collectionYearHolding, dayFromIsoDate } from './returnDates.ts';
import type { ReturnKind } from './store.ts';
import { rulesets903 } from './ssda903/rulesets.ts';
import { cinRulesets } from './cin/rulesets.ts';

/** The year Harbour validates each night: the collection year under way. */
export const validatedYear = (_kind: ReturnKind, today: Temporal.PlainDate): CollectionYear =>
  collectionYearHolding(dayFromIsoDate(today.toString()) as number);

/**
 * The rules a year's return is checked with: its own year's, or — before the DfE publishes them —
 * the latest Harbour has (most rules carry over from year to year).
 */
export function rulesLabelFor(kind: ReturnKind, year: CollectionYear): string {
  const labels = Object.keys(kind === '903' ? rulesets903 : cinRulesets).sort();
  return labels.includes(year.label)
    ? year.label
    : (labels.filter((label) => label <= year.label).at(-1) ?? labels[0]!);
}
