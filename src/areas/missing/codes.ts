// SSDA903 Missing table codes.
import { codeList } from '../../core/codeLists.ts';

/** MISSING: M missing (whereabouts unknown), A away from placement without authorisation (whereabouts known). */
export const missingTypes = codeList([
  ['M', 'Missing'],
  ['A', 'Away from placement without authorisation'],
]);
export type MissingType = keyof typeof missingTypes;

/** What a screening for exploitation found, of one kind (criminal or sexual); a local list, least to most serious. */
export const exploitationOutcomes = codeList([
  ['no-concerns', 'No concerns'],
  ['at-risk', 'At risk of exploitation'],
  ['being-exploited', 'Being exploited'],
]);
export type ExploitationOutcome = keyof typeof exploitationOutcomes;

/** What was done about a concern found (local list, as the multi-agency exploitation protocol orders it). */
export const exploitationResponses = codeList([
  ['safety-plan', 'Safety plan agreed with the child'],
  ['strategy-discussion', 'Strategy discussion held'],
  ['exploitation-panel', 'Referred to the multi-agency exploitation panel'],
  ['national-referral-mechanism', 'Referred to the National Referral Mechanism'],
  ['police-intelligence', 'Intelligence shared with the police'],
  ['specialist-service', 'Referred to a specialist support service'],
]);
export type ExploitationResponse = keyof typeof exploitationResponses;
