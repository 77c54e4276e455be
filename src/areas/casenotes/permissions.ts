import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the case notes area lets a role do, beyond viewing a child's records. */
export const caseNotePermissions = {
  /**
   * Write a case note and add to one: everyone who records a child's records, and a partner
   * practitioner for the children they work with (record scope decides which).
   */
  'case-note:record': ['practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado', 'partner'],
  /** Mark a completed case note as recorded in error, with the reason (a manager's correction). */
  'case-note:mark-in-error': ['team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof caseNotePermissions, true> {}
}
