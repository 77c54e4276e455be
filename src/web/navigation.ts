import { rolesAllow, type Permission, type Role } from '../access/roles.ts';

interface NavigationItem {
  text: string;
  href: string;
  permission: Permission;
}

/** The service navigation, in the order of the child's journey; each item shows only to roles that may use it. */
const items: NavigationItem[] = [
  { text: 'Home', href: '/', permission: 'home:view' },
  { text: 'Find a child', href: '/children', permission: 'child:view' },
  { text: 'Front door', href: '/front-door', permission: 'frontdoor:record' },
  { text: 'My team', href: '/team', permission: 'team:oversee' },
  { text: 'Break-glass reviews', href: '/oversight/break-glass', permission: 'child:oversee' },
  { text: 'Users', href: '/admin/users', permission: 'users:manage' },
  { text: 'Workforce', href: '/admin/workers', permission: 'workforce:manage' },
  { text: 'Audit trail', href: '/admin/audit', permission: 'audit:view' },
  { text: 'Local standards', href: '/admin/settings/timescales', permission: 'settings:manage' },
  { text: 'Sign out', href: '/sign-out', permission: 'home:view' },
];

export function navigationFor(userRoles: readonly Role[] | undefined, currentPath: string) {
  if (!userRoles) return [];
  return items
    .filter((item) => rolesAllow(userRoles, item.permission))
    .map(({ text, href }) => ({ text, href, active: href === '/' ? currentPath === '/' : currentPath.startsWith(href) }));
}
