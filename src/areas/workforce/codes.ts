import { codeList } from '../../core/codeLists.ts';

/** Kinds of worker a child can be allocated to (DfE children's social work workforce census roles, simplified). */
export const workerRoles = codeList([
  ['social-worker', 'Qualified social worker'],
  ['asye', 'Social worker in their assessed and supported year in employment (ASYE)'],
  ['senior-practitioner', 'Senior practitioner'],
  ['family-support', 'Family support worker'],
  ['personal-adviser', 'Personal adviser'],
  ['iro', 'Independent reviewing officer'],
  ['team-manager', 'Team manager'],
  ['lado', 'Local authority designated officer'],
]);
export type WorkerRole = keyof typeof workerRoles;

/** The qualified social workers who hold cases: the caseload aspiration is per one of them (Q3 report 7.139). */
export const caseHoldingRoles: readonly WorkerRole[] = ['social-worker', 'senior-practitioner', 'asye'];
