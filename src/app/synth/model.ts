// The simulation's own picture of the county: families, their cases through children's
// services, and children's stays in care. Plain objects with planned dates; the simulation may
// still change a plan (a plan extended by pre-proceedings, a stay ended by an order), and
// materialise.ts turns the final picture into the rows the stores would have written.
import type { Day } from './dates.ts';

export const never = Number.POSITIVE_INFINITY;

export interface SimAdult {
  forename: string;
  surname: string;
  sex: 'M' | 'F';
  dateOfBirth: Day;
  relationship: 'parent' | 'step-parent';
}

export interface SimChild {
  key: number;
  family: SimFamily;
  forename: string;
  surname: string;
  sex: 'M' | 'F';
  dateOfBirth: Day;
  ethnicity: string;
  halfSibling: boolean;
  unaccompanied: boolean;
  disabilities: string[];
  /** The last referral about the child, for re-referrals and the no-overlap rule. */
  lastReferral: Day;
  stays: CareStay[];
  earlyHelp: EarlyHelpEpisode[];
}

export interface SimFamily {
  key: number;
  surname: string;
  hub: string;
  district: string;
  town: string;
  rural: boolean;
  line1: string;
  postcode: string;
  /** The day the family moved to the address. */
  addressFrom: Day;
  adults: SimAdult[];
  children: SimChild[];
  cases: Case[];
  hadPlan: boolean;
  /** The latest referral about any of the children. */
  lastReferral: Day;
  /** Once the latest case has closed it never changes: its end, kept so each month need not work it out again. */
  closedEnd: Day | undefined;
}

export interface Contact {
  receivedDay: Day;
  receivedMinutes: number;
  source: string;
  levelOfNeed: 1 | 2 | 3 | 4;
  consent: 'given' | 'not-given' | 'overridden';
  domesticAbuse: boolean;
  outOfHours: boolean;
  children: SimChild[];
  decisionDay: Day;
  decisionMinutes: number;
  outcome: 'no-further-action' | 'advice' | 'early-help' | 'referral' | 'strategy-discussion';
}

export interface EarlyHelpEpisode {
  child: SimChild;
  start: Day;
  end: Day;
  endReason: string;
  leadProfessional: string;
  leadOrganisation: string;
  contact: Contact | null;
  steppedDownFrom: Case | null;
  steppedUp: { day: Day; to: Case } | null;
}

export interface Assessment {
  start: Day;
  seen: Day;
  submitted: Day;
  authorised: Day;
  outcome:
    'no-further-action' | 'early-help' | 'child-in-need-plan' | 'strategy-discussion' | 'looked-after' | 'other-agency';
  factors: string[];
}

export interface ChildProtectionDetail {
  category: string;
  /** Review conference days, the first 3 months after the ICPC and then 6-monthly. */
  reviews: Day[];
  /** The review at which the plan ends (1-based). */
  endsAtReview: number;
  after: 'child-in-need' | 'close';
  afterMonths: number;
}

export interface Phase {
  kind: 'child-in-need' | 'child-protection';
  start: Day;
  end: Day;
  protection?: ChildProtectionDetail;
}

export interface Strategy {
  decision: Day;
  held: Day;
  enquiry: {
    start: Day;
    end: Day;
    outcome: 'initial-conference' | 'child-in-need-plan' | 'not-substantiated' | 'no-further-action';
    conferenceNotRequired: boolean;
  } | null;
  /** The initial conference, when the enquiry led to one. */
  initialConference: { day: Day; plan: boolean; category: string | null } | null;
}

export interface Closure {
  day: Day;
  reason: string;
}

export interface Case {
  key: number;
  family: SimFamily;
  children: SimChild[];
  contact: Contact;
  referralDay: Day;
  source: string;
  primaryNeed: string;
  noFurtherAction: boolean;
  assessment: Assessment | null;
  strategies: Strategy[];
  phases: Phase[];
  /** When the case closes for children still with the family, and why (CIN census ReasonForClosure). */
  familyEnd: Day;
  closureReason: string;
  stepDownToEarlyHelp: boolean;
  /** Children who left the family's case early: into care (their stay) or at 18. */
  departed: Map<SimChild, { day: Day; stay: CareStay | null }>;
  stays: CareStay[];
  preProceedings: PreProceedings[];
  proceedings: Proceedings[];
}

export type PlacementSpec = { group: string; type?: string };

export interface CareStay {
  key: number;
  child: SimChild;
  case: Case;
  start: Day;
  /** Planned end; `never` while it runs on past the end date. */
  end: Day;
  endReason: string;
  route: 'interim-care-order' | 'emergency' | 'section-20' | 'unaccompanied' | 'opening';
  legal: { day: Day; status: string }[];
  placements: { day: Day; spec: PlacementSpec; reason?: string }[];
  proceedings: Proceedings | null;
  adoption: AdoptionRoute | null;
  specialGuardianship: Day | null;
  discretionary: boolean;
}

export interface AdoptionRoute {
  decision: Day;
  placementOrder: Day | null;
  matched: Day | null;
  placed: Day | null;
  adoptionOrder: Day | null;
  ended: { day: Day; reason: string } | null;
  fosteringForAdoption: boolean;
}

export interface PreProceedings {
  key: number;
  case: Case;
  children: SimChild[];
  start: Day;
  letter: Day;
  meeting: Day;
  legalPlanning: Day[];
  reviews: Day[];
  decision: Day;
  outcome: 'issue-proceedings' | 'step-down' | 'other';
}

export interface Proceedings {
  key: number;
  case: Case;
  children: SimChild[];
  preProceedings: PreProceedings | null;
  issue: Day;
  conclusion: Day;
  court: string;
  extensions: { granted: Day; weeks: number }[];
  orders: Map<SimChild, string>;
}

/** A child's referral closes with the family's case, or when they left it (care ends, or at 18). */
export function closureOf(c: Case, child: SimChild): Closure {
  const departed = c.departed.get(child);
  if (!departed) return { day: c.familyEnd, reason: c.closureReason };
  if (!departed.stay) return { day: departed.day, reason: 'RC7' };
  const stay = departed.stay;
  if (stay.end === never) return { day: never, reason: '' };
  return { day: stay.end, reason: referralClosureForCareEnding(stay.endReason) };
}

const referralClosureByCareEnding: Record<string, string> = {
  E11: 'RC1',
  E12: 'RC1',
  E45: 'RC4',
  E46: 'RC4',
  E47: 'RC4',
  E48: 'RC4',
  E41: 'RC3',
  E7: 'RC6',
  E3: 'RC5',
};
const referralClosureForCareEnding = (reason: string): string => referralClosureByCareEnding[reason] ?? 'RC7';

export function caseEnd(c: Case): Day {
  let end = c.noFurtherAction ? c.referralDay : c.familyEnd;
  for (const child of c.children) end = Math.max(end, closureOf(c, child).day);
  return end;
}

export const lastCase = (family: SimFamily): Case | undefined => family.cases[family.cases.length - 1];

export function openOn(family: SimFamily, day: Day): boolean {
  const latest = lastCase(family);
  return latest !== undefined && latest.referralDay <= day && caseEnd(latest) > day;
}

export function phaseOn(c: Case, day: Day): Phase | undefined {
  return c.phases.find((phase) => phase.start <= day && day < phase.end);
}
