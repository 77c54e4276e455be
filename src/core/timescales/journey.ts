// One child's journey as plain data: the rows the timescale rules read.
// Field names follow the CIN census and SSDA903 data items where one exists.
//
// Conventions:
// - `IsoDate` is a calendar date 'YYYY-MM-DD' (a date in England, no time).
// - `IsoInstant` is an ISO 8601 timestamp with an offset or Z, e.g.
//   '2026-03-26T09:15:00Z'. Only contacts and missing episodes carry
//   timestamps, because only their rules count hours (Europe/London).
// - Records that belong to a plan carry its id (`planId`, `section47Id`).
//   Reviews, health assessments, PEPs and visits to a looked-after child are
//   placed in a period of care or placement by their date, as in the 903.

export type IsoDate = string;
export type IsoInstant = string;

export interface Child {
  id: string;
  dateOfBirth: IsoDate;
}

export interface Contact {
  id: string;
  receivedAt: IsoInstant;
  decisionAt?: IsoInstant;
}

/** A referral opens a CIN episode (CINreferralDate … CINclosureDate). */
export interface Referral {
  id: string;
  referralDate: IsoDate;
  closureDate?: IsoDate;
}

export interface SingleAssessment {
  id: string;
  referralId: string;
  startDate?: IsoDate;
  authorisationDate?: IsoDate;
}

export interface StrategyDiscussion {
  id: string;
  /** The decision to hold a strategy discussion. */
  decisionDate: IsoDate;
  heldDate?: IsoDate;
}

export interface Section47Enquiry {
  id: string;
  /** S47ActualStartDate: the date of the strategy discussion that started it. */
  startDate: IsoDate;
  /** ICPCnotRequired: the enquiry concluded that no conference was needed. */
  initialConferenceNotRequired?: boolean;
}

export interface ChildProtectionConference {
  id: string;
  type: 'initial' | 'review';
  date: IsoDate;
  /** For an initial conference: the enquiry it concluded. */
  section47Id?: string;
  /** For a review conference: the plan it reviewed. */
  planId?: string;
}

export interface ChildProtectionPlan {
  id: string;
  /** CPPstartDate: the date of the conference that made the plan. */
  startDate: IsoDate;
  endDate?: IsoDate;
  seniorManagerReviewDate?: IsoDate;
}

export interface CoreGroupMeeting {
  id: string;
  planId: string;
  date: IsoDate;
}

export interface Visit {
  id: string;
  date: IsoDate;
  purpose: 'child-protection' | 'child-in-need' | 'looked-after';
  childSeen: boolean;
}

export interface ChildInNeedPlan {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
}

export interface ChildInNeedPlanReview {
  id: string;
  planId: string;
  date: IsoDate;
}

/** An action in a CIN plan, CP plan or care plan (`planId` is the plan or period of care). */
export interface PlanAction {
  id: string;
  /** Which kind of plan: ids are only unique within a kind. */
  planType: 'child-in-need' | 'child-protection' | 'care';
  planId: string;
  description: string;
  recordedDate: IsoDate;
  dueDate: IsoDate;
  doneDate?: IsoDate;
}

export interface Placement {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  /**
   * The visiting regime of CPPCR reg 28: placed with a parent under reg 19,
   * with a connected person under temporary approval (reg 24), or any other.
   */
  arrangement: 'placed-with-parent' | 'connected-person-temporary-approval' | 'other';
  /** Agreed to last until the child is 18. */
  longTerm: boolean;
}

/** A continuous period of being looked after (903 DECOM of its first episode … DEC). */
export interface PeriodOfCare {
  id: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  carePlanDate?: IsoDate;
  placements: Placement[];
}

export interface LookedAfterReview {
  id: string;
  date: IsoDate;
}

export interface HealthAssessment {
  id: string;
  date: IsoDate;
  type: 'initial' | 'review';
}

export interface PersonalEducationPlan {
  id: string;
  date: IsoDate;
}

export interface MissingEpisode {
  id: string;
  startedAt: IsoInstant;
  returnedAt?: IsoInstant;
  returnInterview?: {
    offeredAt?: IsoInstant;
    heldAt?: IsoInstant;
    /** The child declined an interview that was offered. */
    declined?: boolean;
  };
  /** The manager's comment on the return home interview. */
  managerReviewDate?: IsoDate;
}

export interface DatedRecord {
  id: string;
  date: IsoDate;
}

export interface CareLeaver {
  /** The date the young person became an eligible child (13 weeks looked after since 14, aged 16). */
  eligibleDate?: IsoDate;
  needsAssessmentDate?: IsoDate;
  pathwayPlanDate?: IsoDate;
  pathwayPlanReviews: DatedRecord[];
  /** Contacts with the young person after leaving care (903 IN_TOUCH). */
  keepingInTouch: DatedRecord[];
  serviceEndDate?: IsoDate;
}

export interface CareProceedings {
  id: string;
  issueDate: IsoDate;
  /** s32(5) extensions; the court area validates the 8-week limit. */
  extensions: { weeks: number; reason: string; grantedDate: IsoDate }[];
  concludedDate?: IsoDate;
}

/** Pre-proceedings under the Public Law Outline. */
export interface PreProceedings {
  id: string;
  /** The meeting that followed the letter before proceedings. */
  meetingDate: IsoDate;
  reviewMeetings: DatedRecord[];
  /** Decision to issue proceedings or to step down; ends pre-proceedings. */
  decisionDate?: IsoDate;
}

export interface AdoptionPlan {
  id: string;
  /** Agency decision maker: should be placed for adoption. */
  decisionDate: IsoDate;
  placementOrderDate?: IsoDate;
  matchedDate?: IsoDate;
  movedInDate?: IsoDate;
  /** The plan changed away from adoption. */
  endedDate?: IsoDate;
}

export interface ChildJourney {
  child: Child;
  contacts: Contact[];
  referrals: Referral[];
  assessments: SingleAssessment[];
  strategyDiscussions: StrategyDiscussion[];
  section47Enquiries: Section47Enquiry[];
  conferences: ChildProtectionConference[];
  childProtectionPlans: ChildProtectionPlan[];
  coreGroupMeetings: CoreGroupMeeting[];
  visits: Visit[];
  childInNeedPlans: ChildInNeedPlan[];
  childInNeedPlanReviews: ChildInNeedPlanReview[];
  planActions: PlanAction[];
  periodsOfCare: PeriodOfCare[];
  lookedAfterReviews: LookedAfterReview[];
  healthAssessments: HealthAssessment[];
  personalEducationPlans: PersonalEducationPlan[];
  missingEpisodes: MissingEpisode[];
  careLeaver?: CareLeaver;
  careProceedings: CareProceedings[];
  preProceedings: PreProceedings[];
  adoptionPlans: AdoptionPlan[];
}

/** A journey with no records except those given, for stores and tests. */
export function childJourney(child: Child, records: Partial<Omit<ChildJourney, 'child'>> = {}): ChildJourney {
  return {
    child,
    contacts: [],
    referrals: [],
    assessments: [],
    strategyDiscussions: [],
    section47Enquiries: [],
    conferences: [],
    childProtectionPlans: [],
    coreGroupMeetings: [],
    visits: [],
    childInNeedPlans: [],
    childInNeedPlanReviews: [],
    planActions: [],
    periodsOfCare: [],
    lookedAfterReviews: [],
    healthAssessments: [],
    personalEducationPlans: [],
    missingEpisodes: [],
    careProceedings: [],
    preProceedings: [],
    adoptionPlans: [],
    ...records,
  };
}
