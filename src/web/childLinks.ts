import type { Permission } from '../access/roles.ts';

export interface ChildRecordLink {
  text: string;
  /** After /children/:id, e.g. '/assessments'. */
  path: string;
  permission: Permission;
}

/** The links on a child's page to each area's records, in the order of the child's journey. Areas add theirs. */
export const childRecordLinks: ChildRecordLink[] = [{ text: 'Chronology', path: '/chronology', permission: 'child:view' }];
