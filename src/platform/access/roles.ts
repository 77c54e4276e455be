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
  analyst: 'Performance analyst',
  leader: 'Leader / elected member',
  inspector: 'Inspector (read-only)',
  administrator: 'Administrator',
};

export const permissions = {
  /** The signed-in home page: every role has one. */
  'home:view': roles,
  'users:manage': ['administrator'],
  /** The workers children are allocated to: add them, change their details, record their leaving. */
  'workforce:manage': ['administrator', 'service-manager', 'team-manager'],
  /** Find a child and open their record (every view audited). Inspectors read only. */
  'child:view': ['practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado', 'inspector'],
  /** Record and correct a child's records. */
  'child:record': ['practitioner', 'team-manager', 'service-manager', 'iro', 'front-door', 'lado'],
  /** Record contacts at the front door and work the queue. */
  'frontdoor:record': ['front-door', 'team-manager', 'service-manager'],
  /** Decide what happens to a contact (NFA, advice, early help, referral, strategy discussion). */
  'frontdoor:decide': ['front-door', 'team-manager', 'service-manager'],
  /** Decide a contact where the council requires a manager to (a local standard, off by default). */
  'frontdoor:decide-as-manager': ['team-manager', 'service-manager'],
  /** Authorise a single assessment (a manager's sign-off). */
  'assessment:authorise': ['team-manager', 'service-manager'],
  /** Chair child protection conferences and rate the practice seen (RAG). */
  'conference:chair': ['iro', 'team-manager', 'service-manager'],
  /** A team's caseloads, what is due and overdue, and management oversight. */
  'team:oversee': ['team-manager', 'service-manager'],
  /** Who viewed and changed a record; break-glass openings to review. */
  'child:oversee': ['team-manager', 'service-manager'],
  'audit:view': ['administrator'],
  /** The council's local standards (visit frequencies, caseload aspirations…). */
  'settings:manage': ['administrator', 'service-manager'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function rolesAllow(userRoles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return userRoles.some((role) => allowed.includes(role));
}
