import { rolesReach, type Permission, type Role } from '../access/roles.ts';

export interface NavigationItem {
  text: string;
  href: string;
  permission: Permission;
  /** Where it sits in the service navigation: the order of the child's journey, then administration. */
  position: number;
}

/** The platform's own entries; each area adds its own through its module. */
export const platformNavigation: NavigationItem[] = [
  { text: 'Home', href: '/', permission: 'home:view', position: 0 },
  { text: 'Users', href: '/admin/users', permission: 'users:manage', position: 50 },
  { text: 'Audit trail', href: '/admin/audit', permission: 'audit:view', position: 70 },
  { text: 'Record access', href: '/admin/settings/record-access', permission: 'settings:manage', position: 85 },
  { text: 'Sign out', href: '/sign-out', permission: 'home:view', position: 1000 },
];

export const inPosition = <T extends { position: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.position - b.position);

/** The service navigation for these roles: each item shows only to roles that may reach it (none is about one child). */
export function navigationFor(
  items: readonly NavigationItem[],
  userRoles: readonly Role[] | undefined,
  currentPath: string,
) {
  if (!userRoles) return [];
  return items
    .filter((item) => rolesReach(userRoles, item.permission, false))
    .map(({ text, href }) => ({
      text,
      href,
      active: href === '/' ? currentPath === '/' : currentPath.startsWith(href),
    }));
}
