import type { PermissionTable } from '../../platform/access/roles.ts';

/**
 * The performance report's pages: breakdowns, the locality map, the committee report and exports.
 * Aggregates only: nothing on them names a child.
 */
export const indicatorReportPermissions = {
  /** Figures by team and locality, the committee report, and CSV and XLSX of any series. */
  'indicators:report': ['analyst', 'team-manager', 'service-manager', 'leader', 'inspector'],
  /** See figures resting on 1 to 4 children; leaders and members see them withheld, as published statistics are. */
  'indicators:small-numbers': ['analyst', 'team-manager', 'service-manager', 'inspector'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof indicatorReportPermissions, true> {}
}
