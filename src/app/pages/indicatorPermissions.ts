import type { PermissionTable } from '../../platform/access/roles.ts';

/** Who may see and shape the performance indicators (the dashboard, an indicator's page and its settings). */
export const indicatorPermissions = {
  /** The dashboard and an indicator's figures: leaders and members see aggregates only, small numbers withheld. */
  'indicators:view': ['analyst', 'team-manager', 'service-manager', 'leader', 'inspector'],
  /** The children behind a figure, by name (never a leader or member). */
  'indicators:children': ['analyst', 'team-manager', 'service-manager', 'inspector'],
  /** Write the commentary on a figure. */
  'indicators:comment': ['analyst'],
  /** Recompute the dashboard's stored figures now rather than wait for the daily refresh. */
  'indicators:recompute': ['analyst'],
  /** The council's own target for each indicator. */
  'indicators:targets': ['analyst', 'service-manager'],
  /** Load published benchmarks from a CSV. */
  'indicators:benchmarks': ['analyst', 'administrator'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof indicatorPermissions, true> {}
}
