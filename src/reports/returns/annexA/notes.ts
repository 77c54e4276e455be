// The "Notes" sheet: what each list holds and the columns Harbour leaves empty or fills from a
// nearby record, so inspectors and the council's analysts read the lists as they are meant.
import type { AnnexAListNumber } from './lists.ts';

export const annexANotes: readonly { list: AnnexAListNumber | null; note: string }[] = [
  {
    list: null,
    note:
      'The window is the six months up to and including the as-at date. Codes the DfE defines (ethnicity, ' +
      'sources, needs, categories of abuse, legal statuses, placements, reasons) are written as the DfE codes; ' +
      'dates are dates; Yes/No answers are written Yes or No. Restricted children are listed: this workbook ' +
      'is for inspectors, and its export is recorded in the audit trail.',
  },
  { list: 1, note: 'Contacts received in the window, one row for each child a contact is about.' },
  {
    list: 2,
    note:
      'Harbour records early help as episodes led by an organisation, not as separate assessments: the ' +
      "episode's start and end dates stand for the assessment's start and completion, and the lead " +
      'organisation for the organisation completing it.',
  },
  {
    list: 3,
    note: 'Referrals in the window. The number in the last 12 months counts the earlier referrals in the 12 months up to this one.',
  },
  {
    list: 4,
    note:
      'Assessments begun in the window. Requiring support is Yes when the outcome is a child in need plan, a ' +
      'strategy discussion or a request to accommodate, No for any other outcome, and empty while no outcome is recorded.',
  },
  {
    list: 5,
    note:
      'Section 47 enquiries begun in the window, dated by the strategy discussion that began them (the day it ' +
      'was held, else decided). The 12-month counts are the earlier enquiries and initial conferences in the 12 months up to this enquiry.',
  },
  {
    list: 6,
    note:
      'Children in need episodes (referrals not closed as no further action at referral) open at any point in ' +
      'the window. Date last seen is the latest visit at which the child was seen. Case status is as at the as-at date.',
  },
  {
    list: 7,
    note:
      'Child protection plans open at any point in the window. Emergency protection or police powers is read ' +
      'from legal statuses L1 and L2 of the care episodes: Harbour holds no other record of either.',
  },
  {
    list: 8,
    note:
      'Each child looked after at any point in the window, once, from their latest period of care. The last IRO ' +
      'visit or contact is the latest review an independent reviewing officer chaired: Harbour holds no other ' +
      'record of IRO contact. Placement location is empty when neither the placing authority nor the postcode ' +
      "lookup's authorities are known.",
  },
  {
    list: 9,
    note: 'Care leavers whose eligibility stands on the as-at date and whose service has not ended.',
  },
  {
    list: 10,
    note:
      'Adoption decisions open at any point in the window. Family identifier is empty: it names the adopters’ ' +
      'family, and Harbour will hold adopters only when its adoption agency area exists. The placement order ' +
      "date is the adoption plan's own.",
  },
  {
    list: 11,
    note: "Empty: adopters are the adoption agency's records, which Harbour does not hold until its adoption agency area exists.",
  },
];
