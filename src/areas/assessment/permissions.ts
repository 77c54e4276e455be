import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the assessment area lets a role do, beyond viewing and recording a child's records. */
export const assessmentPermissions = {
  /** Authorise a single assessment (a manager's sign-off). */
  'assessment:authorise': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof assessmentPermissions, true> {}
}
