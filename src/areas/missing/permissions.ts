import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the missing area lets a role do, beyond viewing and recording a child's records. */
export const missingPermissions = {
  /** Comment on a return home interview as the child's manager (the local standard's review). */
  'missing:review': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof missingPermissions, true> {}
}
