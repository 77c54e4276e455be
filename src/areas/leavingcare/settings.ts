import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    /** Keep in touch around each birthday after 21 up to this age (0 turns it off). */
    careLeaverAnnualContactToAge: number;
  }
}

/** The care leaver standard a council sets: keeping in touch after 21. */
export const leavingCareSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'careLeaverAnnualContactToAge',
    label: 'Keep in touch with care leavers yearly up to age',
    suffix: '(0 for no yearly contact after 21)',
    described: 'age to keep in touch with care leavers to',
    min: 0,
    max: 25,
    default: 25,
  },
];
