import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    /** Contact decision within one working day (Working Together) or within 24 hours. */
    contactDecisionWithin: 'one-working-day' | '24-hours';
    /** Whether only a manager may record the front door's decision on a contact. */
    contactDecisionByManager: boolean;
  }
}

/** The front door standards a council sets: how long a decision may take, and who makes it. */
export const frontDoorSettings: readonly TimescaleSetting[] = [
  {
    kind: 'choice',
    name: 'contactDecisionWithin',
    legend: 'Front door decision on a contact',
    options: [
      { value: 'one-working-day', text: 'Within 1 working day (Working Together)' },
      { value: '24-hours', text: 'Within 24 hours of receipt' },
    ],
    default: 'one-working-day',
    missing: 'Select how long the front door has to decide on a contact',
  },
  {
    kind: 'yes-no',
    name: 'contactDecisionByManager',
    legend: "Who records the front door's decision",
    no: 'Any front door practitioner',
    yes: 'Only a team manager or service manager',
    default: false,
  },
];
