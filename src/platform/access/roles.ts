/**
 * Roles (DESIGN.md "Access and audit") and what each may do. Every route names one
 * permission; a role not listed for it is refused (deny by default).
 */
export const roles = [
  'practitioner',
  'team-manager',
  'service-manager',
  'iro',
  'front-door',
  'lado',
  'partner',
  'analyst',
  'leader',
  'inspector',
  'administrator',
] as const;
export type Role = (typeof roles)[number];

export const roleTitles: Record<Role, string> = {
  practitioner: 'Practitioner (social worker, family support)',
  'team-manager': 'Team manager',
  'service-manager': 'Service manager',
  iro: 'Independent reviewing officer / CP chair',
  'front-door': 'Front door practitioner',
  lado: 'LADO',
  partner: 'Partner practitioner (another agency)',
  analyst: 'Performance analyst',
  leader: 'Leader / elected member',
  inspector: 'Inspector (read-only)',
  administrator: 'Administrator',
};

/**
 * Who may do what. The platform's own permissions are here; each area adds its own in its
 * `permissions.ts` (its module's `permissions`), which also adds their names to `Permissions` by
 * declaration merging, and the app hands the composed table to `definePermissions` once.
 */
export const platformPermissions = {
  /** The signed-in home page: every role has one. */
  'home:view': roles,
  'users:manage': ['administrator'],
  /**
   * Find a child and open their record (every view audited). Inspectors read only; a partner
   * practitioner opens only the records of the children they work with, and finds no others.
   */
  'child:view': [
    'practitioner',
    'team-manager',
    'service-manager',
    'iro',
    'front-door',
    'lado',
    'partner',
    'inspector',
  ],
  /** Record and correct a child's records. */
  'child:record': ['practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado'],
  /** Who viewed and changed a record; break-glass openings to review. */
  'child:oversee': ['team-manager', 'service-manager'],
  /** Give a named person access to a restricted record (never oneself). */
  'access:grant': ['service-manager'],
  'audit:view': ['administrator'],
  /** The council's local standards (visit frequencies, caseload aspirations…). */
  'settings:manage': ['administrator', 'service-manager'],
} as const satisfies PermissionTable;

/** A table of permissions and the roles that have each. */
export type PermissionTable = Readonly<Record<string, readonly Role[]>>;

/** Every permission's name: the platform's, and each area's by declaration merging. */
export interface Permissions extends Record<keyof typeof platformPermissions, true> {}
export type Permission = Extract<keyof Permissions, string>;

let permissionTable: PermissionTable = platformPermissions;

/** The whole table, composed by the app from the platform's and every area's permissions. */
export function definePermissions(table: PermissionTable): void {
  permissionTable = table;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function rolesAllow(userRoles: readonly Role[], permission: Permission): boolean {
  const allowed = permissionTable[permission];
  // A permission no module defines is a mistake in the code, not a refusal to show.
  if (!allowed) throw new Error(`No module defines the permission ${permission}`);
  return userRoles.some((role) => allowed.includes(role));
}

/** A partner practitioner's account (another agency's): it holds that role alone (migration 0120). */
export const isPartner = (userRoles: readonly Role[]) => userRoles.includes('partner');

/**
 * Whether these roles reach a page. A partner practitioner reaches only the pages of one child's
 * record (record scope then decides whether that child's) and their own pages (`home:view`):
 * never a search, list, team page or report across the county, whatever its permission.
 */
export function rolesReach(userRoles: readonly Role[], permission: Permission, aboutOneChild: boolean): boolean {
  if (!rolesAllow(userRoles, permission)) return false;
  return !isPartner(userRoles) || aboutOneChild || permission === 'home:view';
}
