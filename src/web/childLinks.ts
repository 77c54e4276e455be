import type { Permission } from '../access/roles.ts';

export interface ChildRecordLink {
  text: string;
  /** After /children/:id, e.g. '/assessments'. */
  path: string;
  permission: Permission;
}

/** The links on a child's page to each area's records, in the order of the child's journey. Areas add theirs. */
export const childRecordLinks: ChildRecordLink[] = [
  { text: 'Chronology', path: '/chronology', permission: 'child:view' },
  { text: 'Contacts', path: '/contacts', permission: 'child:view' },
  { text: 'Early help', path: '/early-help', permission: 'child:view' },
  { text: 'Record a referral', path: '/referrals/new', permission: 'child:record' },
  { text: 'Record a strategy discussion', path: '/strategy-discussions/new', permission: 'child:record' },
  { text: 'Start a child in need plan', path: '/child-in-need-plans/new', permission: 'child:record' },
  { text: 'Visits', path: '/visits', permission: 'child:view' },
  { text: 'Record a visit', path: '/visits/new', permission: 'child:record' },
  { text: 'Restriction and access', path: '/access', permission: 'child:oversee' },
];
