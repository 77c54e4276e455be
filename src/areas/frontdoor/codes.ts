// Front door codes (the CIN census ReferralSource list is the assessment area's: a referral's source).
import { codeList } from '../../core/codeLists.ts';

/** The council's continuum of need (local): the level the front door judges a contact at. */
export const levelsOfNeed = codeList([
  ['1', 'Universal: needs met by universal services'],
  ['2', 'Early help: additional needs met by targeted early help'],
  ['3', 'Complex: a child in need, with social care involvement'],
  ['4', 'Acute: child protection, or a child who may need to be looked after'],
]);
export type LevelOfNeed = 1 | 2 | 3 | 4;

/** Whether the family agreed to the contact being progressed; overriding it needs a recorded reason. */
export const consentStatuses = codeList([
  ['given', 'Consent given'],
  ['not-given', 'Consent not given'],
  ['overridden', 'Consent overridden'],
]);
export type ConsentStatus = keyof typeof consentStatuses;

/** What the front door decided about a contact. */
export const contactOutcomes = codeList([
  ['no-further-action', 'No further action'],
  ['advice', 'Advice and information'],
  ['early-help', 'Early help'],
  // Offered only where the council runs the unified Family Help model (the familyhelp area's setting).
  ['family-help', 'Family Help'],
  ['referral', 'Referral to children’s social care'],
  ['strategy-discussion', 'Strategy discussion'],
  // A contact about a child whose case is already open: not a referral (the DfE's definition).
  ['allocated-team', 'Information for the allocated team'],
]);
export type ContactOutcome = keyof typeof contactOutcomes;
