// Planning codes: which plan an action belongs to.

/** The plan an action belongs to. Care plans belong to a period of care (the care area's). */
export const planTypes = {
  'child-in-need': 'Child in need plan',
  'child-protection': 'Child protection plan',
  care: 'Care plan',
} as const;
export type PlanType = keyof typeof planTypes;
