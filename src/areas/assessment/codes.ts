// CIN census codes for CIN episodes and single assessments (confirm wording against the DfE guide for the year).
import { codeList } from '../../core/codeLists.ts';

/** CIN census PrimaryNeedCode. */
export const primaryNeedCodes = codeList([
  ['N0', 'Not stated'],
  ['N1', 'Abuse or neglect'],
  ['N2', 'Child’s disability'],
  ['N3', 'Parental disability or illness'],
  ['N4', 'Family in acute stress'],
  ['N5', 'Family dysfunction'],
  ['N6', 'Socially unacceptable behaviour'],
  ['N7', 'Low income'],
  ['N8', 'Absent parenting'],
  ['N9', 'Cases other than children in need'],
]);
export type PrimaryNeedCode = keyof typeof primaryNeedCodes;

/** CIN census ReasonForClosure. */
export const closureReasons = codeList([
  ['RC1', 'Adopted'],
  ['RC2', 'Died'],
  ['RC3', 'Child arrangements order'],
  ['RC4', 'Special guardianship order'],
  ['RC5', 'Transferred to services of another local authority'],
  ['RC6', 'Transferred to adult social care services'],
  ['RC7', 'Services ceased for any other reason, including child no longer in need'],
  ['RC8', 'Case closed after assessment, no further action'],
  ['RC9', 'Case closed after assessment, referred to early help'],
]);
export type ClosureReason = keyof typeof closureReasons;

/** CIN census AssessmentFactors: factors identified at the end of assessment, in the census guide's order
 * (1A … 24A, then 20 Other and 21 No factors identified). */
export const assessmentFactors = codeList([
  ['1A', 'Alcohol misuse: concerns about the child'],
  ['1B', 'Alcohol misuse: concerns about the parent or carer'],
  ['1C', 'Alcohol misuse: concerns about another person in the household'],
  ['2A', 'Drug misuse: concerns about the child'],
  ['2B', 'Drug misuse: concerns about the parent or carer'],
  ['2C', 'Drug misuse: concerns about another person in the household'],
  ['3A', 'Domestic abuse: concerns about the child being the subject'],
  ['3B', 'Domestic abuse: concerns about the parent or carer being the subject'],
  ['3C', 'Domestic abuse: concerns about another person in the household'],
  ['4A', 'Mental health: concerns about the child'],
  ['4B', 'Mental health: concerns about the parent or carer'],
  ['4C', 'Mental health: concerns about another person in the household'],
  ['5A', 'Learning disability: concerns about the child'],
  ['5B', 'Learning disability: concerns about the parent or carer'],
  ['5C', 'Learning disability: concerns about another person in the household'],
  ['6A', 'Physical disability or illness: concerns about the child'],
  ['6B', 'Physical disability or illness: concerns about the parent or carer'],
  ['6C', 'Physical disability or illness: concerns about another person in the household'],
  ['7A', 'Young carer'],
  ['8B', 'Privately fostered: overseas child who intends to return'],
  ['8C', 'Privately fostered: overseas child who intends to stay'],
  ['8D', 'Privately fostered: UK child in an educational placement'],
  ['8E', 'Privately fostered: UK child making alternative family arrangements'],
  ['8F', 'Privately fostered: other'],
  ['9A', 'Unaccompanied asylum-seeking child'],
  ['10A', 'Going or being missing'],
  ['11A', 'Child sexual exploitation'],
  ['12A', 'Trafficking'],
  ['13A', 'Gangs'],
  ['14A', 'Socially unacceptable behaviour'],
  ['15A', 'Self-harm'],
  ['16A', 'Neglect'],
  ['17A', 'Emotional abuse'],
  ['18B', 'Physical abuse: adult on child'],
  ['18C', 'Physical abuse: child on child'],
  ['19B', 'Sexual abuse: adult on child'],
  ['19C', 'Sexual abuse: child on child'],
  ['22A', 'Female genital mutilation'],
  ['23A', 'Abuse linked to faith or belief'],
  ['24A', 'Child criminal exploitation'],
  ['20', 'Other'],
  ['21', 'No factors identified'],
]);
export type AssessmentFactor = keyof typeof assessmentFactors;
/** CIN census rule 8869: "21 No factors identified" stands alone. */
export const noFactorsIdentified: AssessmentFactor = '21';

/** What the single assessment concluded (local). */
export const assessmentOutcomes = codeList([
  ['no-further-action', 'No further action'],
  ['early-help', 'Step down to early help'],
  ['child-in-need-plan', 'Child in need plan'],
  ['strategy-discussion', 'Strategy discussion'],
  ['looked-after', 'Request to accommodate the child'],
  ['other-agency', 'Referral to another agency'],
]);
export type AssessmentOutcome = keyof typeof assessmentOutcomes;

/** CIN census ReferralSource (also the contact source on Annex A list 1). */
export const referralSources = codeList([
  ['1A', 'Individual: family member, relative or carer'],
  ['1B', 'Individual: acquaintance (including neighbours and childminders)'],
  ['1C', 'Individual: self'],
  ['1D', 'Individual: other'],
  ['2A', 'Schools'],
  ['2B', 'Education services'],
  ['3A', 'Health services: GP'],
  ['3B', 'Health services: health visitor'],
  ['3C', 'Health services: school nurse'],
  ['3D', 'Health services: other primary health services'],
  ['3E', 'Health services: A&E (emergency department)'],
  ['3F', 'Health services: other'],
  ['4', 'Housing (local authority housing or housing association)'],
  ['5A', 'Local authority services: social care (for example adult social care)'],
  ['5B', 'Local authority services: other internal'],
  ['5C', 'Local authority services: external (for example another council’s children’s services)'],
  ['5D', 'Early help'],
  ['6', 'Police'],
  ['7', 'Other legal agency (including courts, probation, immigration, Cafcass, prison)'],
  ['8', 'Other'],
  ['9', 'Anonymous'],
  ['10', 'Unknown'],
]);
export type ReferralSource = keyof typeof referralSources;
