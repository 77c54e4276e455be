// Each CIN census block as Harbour's record, one pure function per table (the round trip compares
// an export's blocks with these), and the census codes the import checks. The codes are the
// census's for 2025-26, the CIN rules' own lists.
import type { ImportedChild } from '../../../areas/people/index.ts';
import type { ImportedAssessment, ImportedReferral } from '../../../areas/assessment/index.ts';
import type { ImportedCinPlan } from '../../../areas/planning/index.ts';
import type { ImportedProtectionPlan, ImportedSection47 } from '../../../areas/protection/index.ts';
import { dayFromIsoDate } from '../returnDates.ts';
import type { CinRow } from '../cin/tables.ts';
import { ethnicCodes } from '../ssda903/validCodes.ts';
import {
  categoryOfAbuseCodes,
  cinAssessmentFactorCodes as assessmentFactorCodes,
  cinReasonForClosureCodes as reasonForClosureCodes,
  cinReferralSourceCodes as referralSourceCodes,
  disabilityCodes,
  primaryNeedCodes,
  upnUnknownCodes,
} from '../cin/validCodes.ts';
import { RowReader, type DateWindow, type Mapped } from './records903.ts';

const upnPattern = /^[A-Z][0-9]{11}[0-9A-Z]$/;

/** The census's columns Harbour does not keep, and the blocks this import does not load. */
export const notCarriedCin: readonly string[] = [
  'ChildIdentifiers.FormerUPN',
  'CINdetails.DateOfInitialCPC',
  'Assessments.AssessmentInternalReviewDate',
  'PreProceedings.LetterInitCPDate',
];

export const isoDate = (reader: RowReader, column: string, required: boolean) =>
  reader.date(column, required, dayFromIsoDate);

/** Sex: M, F or U from 2025; GenderCurrent 1 (male), 2 (female), 0 or 9 (not known) before. */
function sexOf(reader: RowReader): 'M' | 'F' | 'U' | null {
  const value = reader.required('Sex');
  if (value === null) return null;
  const sex = ({ '1': 'M', '2': 'F', '0': 'U', '9': 'U', M: 'M', F: 'F', U: 'U' } as const)[value.toUpperCase() as 'M'];
  if (!sex) reader.problems.push(`Sex ${value} is not a code of the census (M, F or U; GenderCurrent 0, 1, 2 or 9)`);
  return sex ?? null;
}

/** A child's ChildIdentifiers, ethnicity and disabilities as the child Harbour records. */
export function childRecordCin(
  identifiers: CinRow<'ChildIdentifiers'>,
  ethnicity: string | null,
  disabilities: readonly string[],
  window: DateWindow,
): Mapped<ImportedChild> {
  const reader = new RowReader(identifiers, window);
  const upn = reader.matches('UPN', upnPattern, 'a UPN (a letter, 11 digits and a digit or letter)');
  const dateOfBirth = isoDate(reader, 'PersonBirthDate', false);
  const expected = isoDate(reader, 'ExpectedPersonBirthDate', false);
  if (!reader.text('PersonBirthDate') && !reader.text('ExpectedPersonBirthDate'))
    reader.problems.push('PersonBirthDate and ExpectedPersonBirthDate are both blank');
  const ethnic = ethnicity?.trim().toUpperCase() || null;
  if (ethnic !== null && !ethnicCodes.has(ethnic))
    reader.problems.push(`Ethnicity ${ethnic} is not a code of the census`);
  const codes = disabilities.map((code) => code.trim().toUpperCase());
  for (const code of codes)
    if (!disabilityCodes.has(code)) reader.problems.push(`Disability ${code} is not a code of the census`);
  return reader.done({
    previousSystemId: identifiers.LAchildID.trim(),
    dateOfBirth,
    // An unborn child's expected date is kept only while the child is not yet born.
    expectedDateOfBirth: dateOfBirth ? null : expected,
    sex: sexOf(reader),
    ethnicity: ethnic,
    upn,
    upnUnknown: reader.code('UPNunknown', upnUnknownCodes, false),
    dateOfDeath: isoDate(reader, 'PersonDeathDate', false),
    disabilities: codes,
  });
}

/** ReferralNFA: true/false, or 1/0 as some systems write it. */
export function flag(reader: RowReader, column: string): boolean {
  const value = reader.text(column)?.toLowerCase() ?? null;
  if (value === null || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  reader.problems.push(`${column} ${value} is not true or false`);
  return false;
}

/** An Assessments block with its factors as Harbour's assessment. */
export function assessmentRecordCin(
  row: CinRow<'Assessments'>,
  factors: readonly string[],
  window: DateWindow,
): Mapped<ImportedAssessment> {
  const reader = new RowReader(row, window);
  const codes = factors.map((code) => code.trim().toUpperCase());
  for (const code of codes)
    if (!assessmentFactorCodes.has(code)) reader.problems.push(`AssessmentFactors ${code} is not a code of the census`);
  return reader.done({
    startDate: isoDate(reader, 'AssessmentActualStartDate', true),
    authorisationDate: isoDate(reader, 'AssessmentAuthorisationDate', false),
    factors: codes,
  } as ImportedAssessment);
}

/** A CINdetails block (without its assessments) as Harbour's referral. */
export function referralRecordCin(
  row: CinRow<'CINdetails'>,
  window: DateWindow,
): Mapped<Omit<ImportedReferral, 'assessments'>> {
  const reader = new RowReader(row, window);
  const record = {
    referralDate: isoDate(reader, 'CINreferralDate', true),
    source: reader.code('ReferralSource', referralSourceCodes, true),
    primaryNeed: reader.code('PrimaryNeedCode', primaryNeedCodes, false),
    noFurtherAction: flag(reader, 'ReferralNFA'),
    closureDate: isoDate(reader, 'CINclosureDate', false),
    closureReason: reader.code('ReasonForClosure', reasonForClosureCodes, false),
  };
  if (record.referralDate && record.closureDate && record.closureDate < record.referralDate)
    reader.problems.push(`CINclosureDate ${row.CINclosureDate} is before CINreferralDate ${row.CINreferralDate}`);
  if (reader.text('CINclosureDate') !== null && reader.text('ReasonForClosure') === null)
    reader.problems.push('ReasonForClosure is blank for a closed episode');
  if (reader.text('CINclosureDate') === null && reader.text('ReasonForClosure') !== null)
    reader.problems.push('ReasonForClosure is given for an episode still open');
  return reader.done(record as Omit<ImportedReferral, 'assessments'>);
}

/** A CINPlanDates block as Harbour's child in need plan (its referral is the episode's, given when loading). */
export function cinPlanRecordCin(
  row: CinRow<'CINplanDates'>,
  window: DateWindow,
): Mapped<Omit<ImportedCinPlan, 'referralId'>> {
  const reader = new RowReader(row, window);
  const record = {
    startDate: isoDate(reader, 'CINPlanStartDate', true),
    endDate: isoDate(reader, 'CINPlanEndDate', false),
  };
  if (record.startDate && record.endDate && record.endDate < record.startDate)
    reader.problems.push(`CINPlanEndDate ${row.CINPlanEndDate} is before CINPlanStartDate ${row.CINPlanStartDate}`);
  return reader.done(record as Omit<ImportedCinPlan, 'referralId'>);
}

/** A Section47 block as Harbour's enquiry (InitialCPCtarget follows from its start, so is not read). */
export function section47RecordCin(
  row: CinRow<'Section47'>,
  window: DateWindow,
): Mapped<Omit<ImportedSection47, 'referralId' | 'childInNeedPlanFollowed'>> {
  const reader = new RowReader(row, window);
  const record = {
    startDate: isoDate(reader, 'S47ActualStartDate', true),
    initialConferenceDate: isoDate(reader, 'DateOfInitialCPC', false),
    conferenceNotRequired: flag(reader, 'ICPCnotRequired'),
  };
  if (record.startDate && record.initialConferenceDate && record.initialConferenceDate < record.startDate)
    reader.problems.push(
      `DateOfInitialCPC ${row.DateOfInitialCPC} is before S47ActualStartDate ${row.S47ActualStartDate}`,
    );
  if (record.initialConferenceDate && record.conferenceNotRequired)
    reader.problems.push('ICPCnotRequired is true for an enquiry with a DateOfInitialCPC');
  return reader.done(record as Omit<ImportedSection47, 'referralId' | 'childInNeedPlanFollowed'>);
}

/** A ChildProtectionPlans block with its review dates as Harbour's plan. */
export function protectionPlanRecordCin(
  row: CinRow<'ChildProtectionPlans'>,
  reviews: readonly CinRow<'Reviews'>[],
  window: DateWindow,
): Mapped<ImportedProtectionPlan> {
  const reader = new RowReader(row, window);
  const previous = reader.required('NumberOfPreviousCPP');
  if (previous !== null && !/^\d{1,2}$/.test(previous))
    reader.problems.push(`NumberOfPreviousCPP ${previous} is not a number of plans`);
  const record = {
    startDate: isoDate(reader, 'CPPstartDate', true),
    endDate: isoDate(reader, 'CPPendDate', false),
    initialCategory: reader.code('InitialCategoryOfAbuse', categoryOfAbuseCodes, true),
    latestCategory: reader.code('LatestCategoryOfAbuse', categoryOfAbuseCodes, true),
    previousPlans: previous === null ? null : Number(previous),
    reviewDates: reviews.map((review) => {
      const reviewReader = new RowReader(review, window);
      const day = isoDate(reviewReader, 'CPPreviewDate', true);
      reader.problems.push(...reviewReader.problems);
      return day;
    }),
  };
  if (record.startDate && record.endDate && record.endDate <= record.startDate)
    reader.problems.push(`CPPendDate ${row.CPPendDate} is not after CPPstartDate ${row.CPPstartDate}`);
  if (new Set(record.reviewDates).size < record.reviewDates.length)
    reader.problems.push('the plan has two reviews on one day');
  for (const day of record.reviewDates)
    if (day && record.startDate && (day <= record.startDate || (record.endDate !== null && day > record.endDate)))
      reader.problems.push(`CPPreviewDate ${day} is not within the plan`);
  return reader.done(record as ImportedProtectionPlan);
}
