import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the case notes area lets a role do, beyond viewing and recording a child's records. */
export const caseNotePermissions = {
  /** Mark a completed case note as recorded in error, with the reason (a manager's correction). */
  'case-note:mark-in-error': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof caseNotePermissions, true> {}
}
