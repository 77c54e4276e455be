import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the protection area lets a role do, beyond viewing and recording a child's records. */
export const protectionPermissions = {
  /** Chair child protection conferences and rate the practice seen (RAG). */
  'conference:chair': ['iro', 'team-manager', 'service-manager'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof protectionPermissions, true> {}
}
