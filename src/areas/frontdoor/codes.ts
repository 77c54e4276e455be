// Front door codes: the CIN census ReferralSource list (shared with referrals) and local ones.

/** CIN census ReferralSource (also the contact source on Annex A list 1). */
export const referralSources = {
  '1A': 'Individual: family member, relative or carer',
  '1B': 'Individual: acquaintance (including neighbours and childminders)',
  '1C': 'Individual: self',
  '1D': 'Individual: other',
  '2A': 'Schools',
  '2B': 'Education services',
  '3A': 'Health services: GP',
  '3B': 'Health services: health visitor',
  '3C': 'Health services: school nurse',
  '3D': 'Health services: other primary health services',
  '3E': 'Health services: A&E (emergency department)',
  '3F': 'Health services: other',
  '4': 'Housing (local authority housing or housing association)',
  '5A': 'Local authority services: social care (for example adult social care)',
  '5B': 'Local authority services: other internal',
  '5C': 'Local authority services: external (for example another council’s children’s services)',
  '5D': 'Early help',
  '6': 'Police',
  '7': 'Other legal agency (including courts, probation, immigration, Cafcass, prison)',
  '8': 'Other',
  '9': 'Anonymous',
  '10': 'Unknown',
} as const;
export type ReferralSource = keyof typeof referralSources;

/** The council's continuum of need (local): the level the front door judges a contact at. */
export const levelsOfNeed = {
  1: 'Universal: needs met by universal services',
  2: 'Early help: additional needs met by targeted early help',
  3: 'Complex: a child in need, with social care involvement',
  4: 'Acute: child protection, or a child who may need to be looked after',
} as const;
export type LevelOfNeed = 1 | 2 | 3 | 4;

/** Whether the family agreed to the contact being progressed; overriding it needs a recorded reason. */
export const consentStatuses = {
  given: 'Consent given',
  'not-given': 'Consent not given',
  overridden: 'Consent overridden',
} as const;
export type ConsentStatus = keyof typeof consentStatuses;

/** What the front door decided about a contact. */
export const contactOutcomes = {
  'no-further-action': 'No further action',
  advice: 'Advice and information',
  'early-help': 'Early help',
  referral: 'Referral to children’s social care',
  'strategy-discussion': 'Strategy discussion',
} as const;
export type ContactOutcome = keyof typeof contactOutcomes;
