// Planning codes: which plan an action belongs to, and why a child was visited.

/** The plan an action belongs to. Care plans belong to a period of care (the care area's). */
export const planTypes = {
  'child-in-need': 'Child in need plan',
  'child-protection': 'Child protection plan',
  care: 'Care plan',
} as const;
export type PlanType = keyof typeof planTypes;

/** The purpose of a visit, named as the timescale engine reads it. */
export const visitPurposes = {
  'child-protection': 'Child protection visit',
  'child-in-need': 'Child in need visit',
  'looked-after': 'Statutory visit to a looked after child',
  other: 'Other visit',
} as const;
export type VisitPurpose = keyof typeof visitPurposes;
