import type { Permission } from '../access/roles.ts';

export interface ChildRecordLink {
  text: string;
  /** After /children/:id, e.g. '/assessments'. */
  path: string;
  permission: Permission;
  /** Where it sits among the child page's links: the order of the child's journey. */
  position: number;
}
