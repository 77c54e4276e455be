import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the court area lets a role do, beyond viewing and recording a child's records. */
export const courtPermissions = {
  /** The court tracker: every family in proceedings and pre-proceedings, for managers and legal liaison. */
  'court:track': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof courtPermissions, true> {}
}
