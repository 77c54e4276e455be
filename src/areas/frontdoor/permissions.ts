import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the front door area lets a role do, beyond viewing and recording a child's records. */
export const frontDoorPermissions = {
  /** Record contacts at the front door and work the queue. */
  'frontdoor:record': ['front-door', 'team-manager', 'service-manager'],
  /** Decide what happens to a contact (NFA, advice, early help, referral, strategy discussion). */
  'frontdoor:decide': ['front-door', 'team-manager', 'service-manager'],
  /** Decide a contact where the council requires a manager to (a local standard, off by default). */
  'frontdoor:decide-as-manager': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof frontDoorPermissions, true> {}
}
