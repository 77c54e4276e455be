import type { PermissionTable } from '../../platform/access/roles.ts';

/** What Family Help lets a role do. Record scope still decides which families: a partner only their own. */
export const familyHelpPermissions = {
  /** See a family's Family Help: its children, lead practitioner, team, assessments and plan. */
  'familyhelp:view': [
    'practitioner',
    'team-manager',
    'service-manager',
    'iro',
    'front-door',
    'lado',
    'inspector',
    'partner',
  ],
  /** Start Family Help, form its team, assess, agree the plan, step up or down and end it. */
  'familyhelp:record': ['practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado'],
  /** Record the family plan's actions (added, done) and its reviews: the lead practitioner's and team's work. */
  'familyplan:record': ['practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado', 'partner'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof familyHelpPermissions, true> {}
}
