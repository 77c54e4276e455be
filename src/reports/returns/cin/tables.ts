// The CIN census as tables: the XML's blocks (reference/returns.md) flattened one row per block,
// each row keyed to its child (LAchildID) and, below the child, to its CINdetails episode, so rules
// compare across blocks as the DfE's validation specification does.

export const tableColumns = {
  Header: [
    'Collection',
    'Year',
    'ReferenceDate',
    'SourceLevel',
    'LEA',
    'SoftwareCode',
    'Release',
    'SerialNo',
    'DateTime',
  ],
  ChildIdentifiers: [
    'LAchildID',
    'UPN',
    'FormerUPN',
    'UPNunknown',
    'PersonBirthDate',
    'ExpectedPersonBirthDate',
    'Sex',
    'PersonDeathDate',
  ],
  ChildCharacteristics: ['LAchildID', 'Ethnicity'],
  Disabilities: ['LAchildID', 'Disability'],
  CINdetails: [
    'LAchildID',
    'CINdetailsID',
    'CINreferralDate',
    'ReferralSource',
    'PrimaryNeedCode',
    'CINclosureDate',
    'ReasonForClosure',
    'DateOfInitialCPC',
    'ReferralNFA',
  ],
  Assessments: [
    'LAchildID',
    'CINdetailsID',
    'AssessmentID',
    'AssessmentActualStartDate',
    'AssessmentInternalReviewDate',
    'AssessmentAuthorisationDate',
  ],
  AssessmentFactors: ['LAchildID', 'CINdetailsID', 'AssessmentID', 'AssessmentFactors'],
  CINplanDates: ['LAchildID', 'CINdetailsID', 'CINPlanStartDate', 'CINPlanEndDate'],
  Section47: [
    'LAchildID',
    'CINdetailsID',
    'S47ActualStartDate',
    'InitialCPCtarget',
    'DateOfInitialCPC',
    'ICPCnotRequired',
  ],
  ChildProtectionPlans: [
    'LAchildID',
    'CINdetailsID',
    'CPPID',
    'CPPstartDate',
    'CPPendDate',
    'InitialCategoryOfAbuse',
    'LatestCategoryOfAbuse',
    'NumberOfPreviousCPP',
  ],
  Reviews: ['LAchildID', 'CINdetailsID', 'CPPID', 'CPPreviewDate'],
  PreProceedings: [
    'LAchildID',
    'CINdetailsID',
    'PPStartDate',
    'LBPSentDate',
    'FGDMMeetingOffer',
    'FGDMMeetingFac',
    'InitialPPMeetingDate',
    'ReviewMeetingsCount',
    'StepDecisionDate',
    'PPOutcome',
    'CourtAppDate',
    'LetterInitCPDate',
  ],
} as const;

export type CinTableName = keyof typeof tableColumns;
export type CinColumnOf<T extends CinTableName> = (typeof tableColumns)[T][number];
export const cinTableNames = Object.keys(tableColumns) as CinTableName[];

/** What every row has: its child (empty for the Header) and the line of the file its block opens on. */
export interface CinRowRef {
  readonly LAchildID: string;
  readonly $row: number;
}

/** One block's values by element name ('' when absent or empty). */
export type CinRow<T extends CinTableName = never> = CinRowRef & { readonly [C in CinColumnOf<T>]: string };

export type CinTables = { readonly [T in CinTableName]: readonly CinRow<T>[] };

export const emptyCinTables = (): { [T in CinTableName]: CinRow<T>[] } =>
  Object.fromEntries(cinTableNames.map((table) => [table, []])) as unknown as { [T in CinTableName]: CinRow<T>[] };
