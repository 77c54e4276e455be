import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the leaving care area lets a role do, beyond viewing and recording a child's records. */
export const leavingCarePermissions = {
  /**
   * The birthday contact list: a manager sees every young person due; a practitioner only those
   * they are personal adviser to.
   */
  'birthday-contacts:view': ['practitioner', 'team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof leavingCarePermissions, true> {}
}
