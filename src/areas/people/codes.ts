// Codes for the child's identity, as the CIN census and SSDA903 define them.
import { codeList } from '../../core/codeLists.ts';

/** CIN census Sex / 903 SEX from 2024/25: M male, F female, U not known. */
export const sexCodes = ['M', 'F', 'U'] as const;

/** DfE ethnicity codes (CIN census Ethnicity, 903 ETHNIC). */
export const ethnicityCodes = codeList([
  ['WBRI', 'White British'],
  ['WIRI', 'White Irish'],
  ['WIRT', 'Traveller of Irish heritage'],
  ['WOTH', 'Any other White background'],
  ['WROM', 'Gypsy/Roma'],
  ['MWBC', 'White and Black Caribbean'],
  ['MWBA', 'White and Black African'],
  ['MWAS', 'White and Asian'],
  ['MOTH', 'Any other mixed background'],
  ['AIND', 'Indian'],
  ['APKN', 'Pakistani'],
  ['ABAN', 'Bangladeshi'],
  ['AOTH', 'Any other Asian background'],
  ['BCRB', 'Black Caribbean'],
  ['BAFR', 'Black African'],
  ['BOTH', 'Any other Black background'],
  ['CHNE', 'Chinese'],
  ['OOTH', 'Any other ethnic group'],
  ['REFU', 'Refused'],
  ['NOBT', 'Information not yet obtained'],
]);

/** CIN census Disability codes. */
export const disabilityCodes = codeList([
  ['NONE', 'No disability'],
  ['MOB', 'Mobility'],
  ['HAND', 'Hand function'],
  ['PC', 'Personal care'],
  ['INC', 'Incontinence'],
  ['COMM', 'Communication'],
  ['LD', 'Learning'],
  ['HEAR', 'Hearing'],
  ['VIS', 'Vision'],
  ['BEH', 'Behaviour'],
  ['CON', 'Consciousness'],
  ['AUT', 'Autism or Asperger syndrome'],
  ['DDA', 'Other disability (Equality Act 2010)'],
]);

/** CIN census UPNunknown reasons. UN1 is refused for a child of school age (CIN 8770Q, 903 rule 209). */
export const upnUnknownCodes = codeList([
  ['UN1', 'Child is not of school age and has not yet been assigned a UPN'],
  ['UN2', 'Child has never attended a maintained school or academy'],
  ['UN3', 'Child is educated at home'],
  ['UN4', 'Child is newly arrived and UPN not yet known'],
  ['UN5', 'Sources collating UPNs reflect a discrepancy'],
  ['UN6', 'Child is under 6 years old and not yet in school'],
  ['UN7', 'Referral with no further action'],
]);

/**
 * Why a child's NHS number is not recorded. Harbour's own list: neither the NHS nor the DfE codes it.
 * An unborn child needs none (the number is allocated at birth), so it is not offered.
 */
export const nhsNumberUnknownReasons = codeList([
  ['newborn', 'Newborn, NHS number not yet allocated'],
  ['not-registered', 'Not yet registered with a GP'],
  ['uasc', 'Unaccompanied asylum-seeking child not yet registered with a GP'],
  ['requested', 'Requested from the NHS, not yet received'],
  ['withheld', 'Refused or withheld'],
  ['other', 'Other reason'],
]);
export type NhsNumberUnknownReason = keyof typeof nhsNumberUnknownReasons;

export const relationshipTypes = ['parent', 'step-parent', 'sibling', 'half-sibling', 'carer', 'other'] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

/** Why a record is restricted to people granted access (DESIGN.md, access and audit). */
export const accessRestrictions = ['adoption', 'staff-family', 'high-profile'] as const;

export const immigrationStatuses = ['UASC', 'refugee', 'other'] as const;
