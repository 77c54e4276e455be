import type { PermissionTable } from '../../platform/access/roles.ts';

/** What the protection area lets a role do, beyond viewing and recording a child's records. */
export const protectionPermissions = {
  /** Chair child protection conferences and rate the practice seen (RAG). */
  'conference:chair': ['iro', 'team-manager', 'service-manager'],
  /** Set up multi-agency child protection teams and their members. */
  'macp:manage': ['administrator', 'service-manager'],
  /**
   * A multi-agency child protection team's page: its members, children and what is due. Managers
   * see every team's; anyone else only a team they are a member of.
   */
  'macp:view': ['practitioner', 'team-manager', 'service-manager', 'iro'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof protectionPermissions, true> {}
}
