import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the workforce area lets a role do, beyond viewing and recording a child's records. */
export const workforcePermissions = {
  /** The workers children are allocated to: add them, change their details, record their leaving. */
  'workforce:manage': ['administrator', 'service-manager', 'team-manager'],
  /** A team's caseloads, what is due and overdue, and management oversight. */
  'team:oversee': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof workforcePermissions, true> {}
}
