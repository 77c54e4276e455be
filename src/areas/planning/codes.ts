// Planning codes: which plan an action belongs to, and who owns it.
import { codeList } from '../../core/codeLists.ts';

/** The plan an action belongs to. Care plans belong to a period of care (the care area's). */
export const planTypes = codeList([
  ['child-in-need', 'Child in need plan'],
  ['child-protection', 'Child protection plan'],
  ['care', 'Care plan'],
]);
export type PlanType = keyof typeof planTypes;

/** Who owns a plan action, as a person chooses: never words typed alone. */
export const actionOwnerKinds = codeList([
  ['worker', 'A worker'],
  ['family-member', 'Someone in the child’s family network'],
  ['professional', 'A professional from another agency'],
]);
export type ActionOwnerKind = keyof typeof actionOwnerKinds;

/** An owner recorded before owners were chosen (0066): the words typed then, or the account chosen, shown as such. */
export const ownerAsRecorded = 'as-recorded';

/**
 * What became of a version of a CIN or CP plan once submitted: a manager authorised it or returned it
 * to the worker with a reason, or the worker changed the plan again before a manager decided.
 */
export const planVersionDecisions = codeList([
  ['authorised', 'Authorised'],
  ['returned', 'Returned to the worker'],
  ['replaced', 'Replaced by a later version before a manager decided'],
]);
