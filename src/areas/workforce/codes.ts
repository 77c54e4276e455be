import { codeList, codesIn } from '../../core/codeLists.ts';

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

/**
 * Why a child was assigned a new social worker (SSDA903 SW_REASON, from 2023-24), in the DfE's
 * order; labels follow the DfE's "reason for new social worker" in its stability statistics.
 */
export const socialWorkerChangeReasons = codeList([
  ['MANAGE', 'Managing caseloads'],
  ['FCONTA', 'First contact or re-referral'],
  ['LEFTRL', 'Previous social worker left the role'],
  ['ORGRST', 'Organisational restructure'],
  ['TSPROC', 'Child transferred to a new team as part of the standard process'],
  ['ABSENC', 'Absence cover or return from absence'],
  ['CHCHAN', 'Child requested a change from their previous social worker'],
  ['PCCHAN', 'Parent or carer requested a change from the previous social worker'],
  ['SWDIED', 'Previous social worker died'],
  ['OTHERS', 'Other'],
]);
export type SocialWorkerChangeReason = keyof typeof socialWorkerChangeReasons;

/** A child with no social worker just before is assigned one on first contact or re-referral: nothing to ask. */
export const firstSocialWorker: SocialWorkerChangeReason = 'FCONTA';

/** The reasons a manager chooses from when a child's social worker changes. */
export const handoverReasons = codeList(
  codesIn(socialWorkerChangeReasons)
    .filter((code) => code !== firstSocialWorker)
    .map((code) => [code, socialWorkerChangeReasons[code]] as const),
);
