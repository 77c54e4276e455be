// The CIN census as the DfE's XML message (reference/returns.md): elements in the specification's
// order, dates as YYYY-MM-DD, an optional element left out when Harbour has no value for it. A date
// after the census's reference date (31 March) was not yet known to the census and is left out too,
// so a plan ending in April is open in the return.
import type { CinCensus, CinChild, CinEpisode, PreProceedingsRecord } from './build.ts';
import { isoDateOf } from '../returnDates.ts';

export interface CinHeader {
  /** The council's three-digit DfE local authority number. */
  readonly lea: string;
  readonly madeAt: Date;
  /** Harbour's release, as the Source block names the software. */
  readonly release: string;
}

/**
 * PPOutcome (from 2026-27's specification): Harbour's pre-proceedings outcomes as the census
 * letters them. The letters follow the DfE's 2026 test message; confirm them against the
 * specification as published for the year.
 */
export const preProceedingsOutcomeCodes: Readonly<Record<string, string>> = {
  'issue-proceedings': 'A',
  'step-down': 'B',
  other: 'C',
};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const special = /[&<>"']/;
const escaped = (text: string) =>
  special.test(text) ? text.replace(/[&<>"']/g, (character) => escapes[character] ?? character) : text;

type Value = string | number | null | undefined;
/** An element with text, or nothing when there is no value. */
const leaf = (name: string, value: Value): string =>
  value === null || value === undefined || value === '' ? '' : `<${name}>${escaped(String(value))}</${name}>`;
const block = (name: string, ...content: string[]) => `<${name}>${content.join('')}</${name}>`;
const truth = (value: boolean) => (value ? 'true' : 'false');

function preProceedingsXml(record: PreProceedingsRecord, known: (iso: string | null) => string | null): string {
  return block(
    'PreProceedingsandFGDM',
    leaf('PPStartDate', record.startDate),
    leaf('LBPSentDate', known(record.letterSentDate)),
    leaf('FGDMMeetingOffer', record.familyMeetingOffered ? '1' : '0'),
    leaf('FGDMMeetingFac', record.familyMeetingHeld ? '1' : '0'),
    leaf('InitialPPMeetingDate', known(record.initialMeetingDate)),
    leaf('ReviewMeetingsCount', record.reviewMeetings),
    leaf('StepDecisionDate', known(record.decisionDate)),
    leaf('PPOutcome', known(record.decisionDate) && record.outcome ? preProceedingsOutcomeCodes[record.outcome] : null),
    leaf('CourtAppDate', known(record.applicationDate)),
  );
}

function episodeXml(episode: CinEpisode, known: (iso: string | null) => string | null): string {
  const closed = known(episode.closureDate);
  return block(
    'CINdetails',
    leaf('CINreferralDate', episode.referralDate),
    leaf('ReferralSource', episode.source),
    leaf('PrimaryNeedCode', episode.primaryNeed),
    leaf('CINclosureDate', closed),
    leaf('ReasonForClosure', closed ? episode.closureReason : null),
    leaf('DateOfInitialCPC', episode.initialConferenceDate),
    leaf('ReferralNFA', truth(episode.noFurtherAction)),
    ...episode.assessments.map((assessment) => {
      const authorised = known(assessment.authorisationDate);
      return block(
        'Assessments',
        leaf('AssessmentActualStartDate', assessment.startDate),
        leaf('AssessmentAuthorisationDate', authorised),
        authorised
          ? block(
              'FactorsIdentifiedAtAssessment',
              ...assessment.factors.map((factor) => leaf('AssessmentFactors', factor)),
            )
          : '',
      );
    }),
    ...episode.cinPlans.map((plan) =>
      block('CINPlanDates', leaf('CINPlanStartDate', plan.startDate), leaf('CINPlanEndDate', known(plan.endDate))),
    ),
    ...episode.section47s.map((s47) =>
      block(
        'Section47',
        leaf('S47ActualStartDate', s47.startDate),
        leaf('InitialCPCtarget', s47.conferenceTarget),
        leaf('DateOfInitialCPC', known(s47.initialConferenceDate)),
        leaf('ICPCnotRequired', truth(s47.conferenceNotRequired)),
      ),
    ),
    ...episode.protectionPlans.map((plan) =>
      block(
        'ChildProtectionPlans',
        leaf('CPPstartDate', plan.startDate),
        leaf('CPPendDate', known(plan.endDate)),
        leaf('InitialCategoryOfAbuse', plan.initialCategory),
        leaf('LatestCategoryOfAbuse', plan.latestCategory),
        leaf('NumberOfPreviousCPP', plan.previousPlans),
        plan.reviewDates.length ? block('Reviews', ...plan.reviewDates.map((day) => leaf('CPPreviewDate', day))) : '',
      ),
    ),
    ...episode.preProceedings.map((record) => preProceedingsXml(record, known)),
  );
}

function childXml(child: CinChild, known: (iso: string | null) => string | null): string {
  return block(
    'Child',
    block(
      'ChildIdentifiers',
      leaf('LAchildID', child.childId),
      leaf('UPN', child.upn),
      leaf('UPNunknown', child.upn ? null : child.upnUnknown),
      leaf('PersonBirthDate', child.dateOfBirth),
      leaf('ExpectedPersonBirthDate', child.dateOfBirth ? null : child.expectedDateOfBirth),
      leaf('Sex', child.sex === 'M' || child.sex === 'F' ? child.sex : 'U'),
      leaf('PersonDeathDate', known(child.dateOfDeath)),
    ),
    block(
      'ChildCharacteristics',
      leaf('Ethnicity', child.ethnicity),
      block(
        'Disabilities',
        ...(child.disabilities.length ? child.disabilities : ['NONE']).map((code) => leaf('Disability', code)),
      ),
    ),
    ...child.episodes.map((episode) => episodeXml(episode, known)),
  );
}

/** The census message, one line per child so a validator's line numbers point somewhere useful. */
export function cinCensusXml(census: CinCensus, header: CinHeader): string {
  const referenceDate = isoDateOf(census.year.end);
  const known = (iso: string | null) => (iso !== null && iso <= referenceDate ? iso : null);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Message>',
    block(
      'Header',
      block(
        'CollectionDetails',
        leaf('Collection', 'CIN'),
        leaf('Year', census.year.firstYear + 1),
        leaf('ReferenceDate', referenceDate),
      ),
      block(
        'Source',
        leaf('SourceLevel', 'L'),
        leaf('LEA', header.lea),
        leaf('SoftwareCode', 'Harbour'),
        leaf('Release', header.release),
        leaf('SerialNo', 1),
        leaf('DateTime', header.madeAt.toISOString().slice(0, 19)),
      ),
    ),
    '<Children>',
    ...census.children.map((child) => childXml(child, known)),
    '</Children>',
    '</Message>',
    '',
  ];
  return lines.join('\n');
}
