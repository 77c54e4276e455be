import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    preProceedingsReviewWeeks: number;
    preProceedingsDecisionWeeks: number;
  }
}

/** The pre-proceedings (PLO) standards a council sets. */
export const courtSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'preProceedingsReviewWeeks',
    label: 'PLO review meetings at least every',
    suffix: 'weeks',
    described: 'weeks between PLO review meetings',
    min: 2,
    max: 16,
    default: 6,
  },
  {
    kind: 'number',
    name: 'preProceedingsDecisionWeeks',
    label: 'PLO decision within',
    suffix: 'weeks of the meeting',
    described: 'weeks to a PLO decision',
    min: 8,
    max: 52,
    default: 16,
  },
];
