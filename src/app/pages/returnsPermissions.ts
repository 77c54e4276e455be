import type { PermissionTable } from '../../platform/access/roles.ts';

/** Who works with the statutory returns: the Returns page, its validation and its downloads. */
export const returnsPermissions = {
  /** What the latest validation of Harbour's own returns found, by rule and by child. */
  'returns:view': ['analyst', 'service-manager'],
  /** Validate Harbour's returns now, rather than wait for the night. */
  'returns:validate': ['analyst'],
  /** Build and download the returns (903 tables, CIN census, Annex A, the DfE's feed): every child in them. */
  'returns:export': ['analyst'],
} as const satisfies PermissionTable;

declare module '../../platform/access/roles.ts' {
  interface Permissions extends Record<keyof typeof returnsPermissions, true> {}
}
