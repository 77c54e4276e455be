// The CIN census message's structure as reference/returns.md gives it, for the tests of the export:
// each element's children in the specification's order, dates as YYYY-MM-DD, codes from the lists.
import { SaxesParser } from 'saxes';

interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
}

/** The children each element may hold, in the order the census specifies them. */
const order: Readonly<Record<string, readonly string[]>> = {
  Message: ['Header', 'Children'],
  Header: ['CollectionDetails', 'Source'],
  CollectionDetails: ['Collection', 'Year', 'ReferenceDate'],
  Source: ['SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime'],
  Children: ['Child'],
  Child: ['ChildIdentifiers', 'ChildCharacteristics', 'CINdetails'],
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
  ChildCharacteristics: ['Ethnicity', 'Disabilities'],
  Disabilities: ['Disability'],
  CINdetails: [
    'CINreferralDate',
    'ReferralSource',
    'PrimaryNeedCode',
    'CINclosureDate',
    'ReasonForClosure',
    'DateOfInitialCPC',
    'ReferralNFA',
    'Assessments',
    'CINPlanDates',
    'Section47',
    'ChildProtectionPlans',
    'PreProceedingsandFGDM',
  ],
  Assessments: [
    'AssessmentActualStartDate',
    'AssessmentInternalReviewDate',
    'AssessmentAuthorisationDate',
    'FactorsIdentifiedAtAssessment',
  ],
  FactorsIdentifiedAtAssessment: ['AssessmentFactors'],
  CINPlanDates: ['CINPlanStartDate', 'CINPlanEndDate'],
  Section47: ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC', 'ICPCnotRequired'],
  ChildProtectionPlans: [
    'CPPstartDate',
    'CPPendDate',
    'InitialCategoryOfAbuse',
    'LatestCategoryOfAbuse',
    'NumberOfPreviousCPP',
    'Reviews',
  ],
  Reviews: ['CPPreviewDate'],
  PreProceedingsandFGDM: [
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
};

const codes = (list: string) => new Set(list.split(' '));
const categories = codes('NEG PHY SAB EMO MUL');
const codeLists: Readonly<Record<string, ReadonlySet<string>>> = {
  Sex: codes('M F U'),
  UPNunknown: codes('UN1 UN2 UN3 UN4 UN5 UN6 UN7'),
  Disability: codes('NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA'),
  ReferralSource: codes('1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 5D 6 7 8 9 10'),
  PrimaryNeedCode: codes('N0 N1 N2 N3 N4 N5 N6 N7 N8 N9'),
  ReasonForClosure: codes('RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8 RC9'),
  InitialCategoryOfAbuse: categories,
  LatestCategoryOfAbuse: categories,
  ReferralNFA: codes('true false'),
  ICPCnotRequired: codes('true false'),
  FGDMMeetingOffer: codes('0 1'),
  FGDMMeetingFac: codes('0 1'),
};
const dateElements = new Set([
  'ReferenceDate',
  'PersonBirthDate',
  'ExpectedPersonBirthDate',
  'PersonDeathDate',
  'CINreferralDate',
  'CINclosureDate',
  'DateOfInitialCPC',
  'AssessmentActualStartDate',
  'AssessmentInternalReviewDate',
  'AssessmentAuthorisationDate',
  'CINPlanStartDate',
  'CINPlanEndDate',
  'S47ActualStartDate',
  'InitialCPCtarget',
  'CPPstartDate',
  'CPPendDate',
  'CPPreviewDate',
  'PPStartDate',
  'LBPSentDate',
  'InitialPPMeetingDate',
  'StepDecisionDate',
  'CourtAppDate',
  'LetterInitCPDate',
]);

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const open = stack.at(-1);
    if (open) open.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** What in the message departs from the census's structure (empty when nothing does). */
export function structureProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const walk = (element: XmlElement, path: string) => {
    const allowed = order[element.name];
    const here = `${path}/${element.name}`;
    if (allowed) {
      let last = -1;
      for (const child of element.children) {
        const at = allowed.indexOf(child.name);
        if (at < 0) problems.push(`${here}: ${child.name} is not one of its elements`);
        else if (at < last) problems.push(`${here}: ${child.name} comes after ${allowed[last]}`);
        else last = at;
      }
    } else if (element.children.length) problems.push(`${here}: holds elements but is a value`);
    const text = element.text.trim();
    if (!allowed && text === '') problems.push(`${here}: is empty`);
    if (dateElements.has(element.name) && !/^\d{4}-\d{2}-\d{2}$/.test(text))
      problems.push(`${here}: ${text} is not YYYY-MM-DD`);
    const list = codeLists[element.name];
    if (list && !list.has(text)) problems.push(`${here}: ${text} is not a code of the list`);
    element.children.forEach((child) => walk(child, here));
  };
  walk(root, '');
  return problems;
}
