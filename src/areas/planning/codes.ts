// Planning codes: which plan an action belongs to.
import { codeList } from '../../core/codeLists.ts';

/** The plan an action belongs to. Care plans belong to a period of care (the care area's). */
export const planTypes = codeList([
  ['child-in-need', 'Child in need plan'],
  ['child-protection', 'Child protection plan'],
  ['care', 'Care plan'],
]);
export type PlanType = keyof typeof planTypes;
