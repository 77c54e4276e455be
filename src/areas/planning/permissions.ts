import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the planning area lets a role do, beyond viewing and recording a child's records. */
export const planningPermissions = {
  /** Authorise a CIN or CP plan, or return it to the worker (a manager's sign-off, as of an assessment). */
  'plan:authorise': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof planningPermissions, true> {}
}
