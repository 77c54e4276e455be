// Every rate and distribution the synthetic county is generated from, with its source.
// "Profile" means /work/shared/reference/county-profile.md (Shropshire's published figures);
// "England approx., profile gives none" means the approximate England rates at the end of that
// file, set somewhat below England where the profile says Shropshire sits below it.
// Rates "per 10k" are per 10,000 children under 18 (the population_estimates table).

export const countySettings = {
  population: {
    /** Profile: CLA 724 = 122 per 10k at end Dec 2024, so ≈ 59,300 children under 18 (59,386 in 2017). */
    childrenAtScale1: 59_300,
    /** England approx., profile gives none: ONS mid-year estimates, 51.2 % of under-18s are boys. */
    maleShare: 0.512,
    /** England approx., profile gives none: births falling about 1.2 % a year since 2012. */
    birthTrendPerYear: -0.012,
  },

  localities: {
    /** Profile: rural county, 5 locality family hubs (Q3 report 7.25). */
    hubs: ['North', 'South', 'East', 'West', 'Central'] as const,
    /** Local choice: share of families in each hub, the county town in Central. */
    hubShares: { North: 0.2, South: 0.17, East: 0.2, West: 0.15, Central: 0.28 },
    /** Local choice: share of families living in a town postcode rather than a rural one. */
    townShare: 0.6,
  },

  ethnicity: {
    /** Profile: minority ethnic children 4 % (England 21 %); largest group Mixed 2 % (2017 Ofsted). */
    weights: {
      WBRI: 93.5,
      WOTH: 2.0,
      WIRT: 0.3,
      WROM: 0.2,
      MWBC: 0.8,
      MWAS: 0.6,
      MOTH: 0.6,
      AIND: 0.3,
      APKN: 0.2,
      AOTH: 0.2,
      BAFR: 0.3,
      BCRB: 0.1,
      CHNE: 0.1,
      OOTH: 0.2,
      NOBT: 0.6,
    },
    /** England approx., profile gives none: unaccompanied children mostly from East Africa, the Middle East and Afghanistan. */
    unaccompanied: { BAFR: 40, OOTH: 30, AOTH: 25, BOTH: 5 },
  },

  families: {
    /** England approx., profile gives none: children in a family known to children's services. */
    sizeWeights: { 1: 40, 2: 30, 3: 17, 4: 9, 5: 4 },
    /** England approx., profile gives none: age of the child a referral is mainly about (CIN census, referrals by age). */
    indexChildAge: {
      0: 11,
      1: 5,
      2: 5,
      3: 5,
      4: 5,
      5: 5,
      6: 5,
      7: 5,
      8: 5,
      9: 5,
      10: 5.5,
      11: 5.5,
      12: 6,
      13: 6.5,
      14: 7,
      15: 7,
      16: 6,
      17: 4.5,
    },
    /** Local choice: share of contacts about one child of a larger family only (a teenager's own risks). */
    oneChildOfFamily: 0.25,
  },

  frontDoor: {
    /** England approx., profile gives none: about 2.2 contacts for every referral; per 10k a year, by family. */
    contactsWithoutReferralPer10k: 480,
    /** Local choice: what the front door decides on a contact that is not a referral. */
    outcomes: { 'no-further-action': 30, advice: 30, 'early-help': 40 },
    /** WT 2023 ch.2: decided within 1 working day; a share decided late so the contact-decision timescale shows some. */
    decidedWithinOneWorkingDay: 0.93,
    /** England approx., profile gives none: contact sources (CIN census referral sources). */
    sources: {
      '6': 28,
      '2A': 19,
      '3A': 3,
      '3B': 4,
      '3E': 3,
      '3F': 6,
      '1A': 7,
      '1B': 2,
      '1C': 1,
      '5A': 3,
      '5B': 4,
      '5C': 3,
      '5D': 4,
      '4': 3,
      '7': 3,
      '8': 3,
      '9': 2,
      '10': 2,
    },
    /** Local choice: share of police contacts that are domestic abuse notifications. */
    domesticAbuseShareOfPolice: 0.45,
    /** Local choice: share of contacts received out of hours (EDT). */
    outOfHours: 0.12,
  },

  referrals: {
    /** England approx. ≈ 520 per 10k a year; profile: Shropshire "below England and statistical neighbours" (Q3 report 7.110). */
    per10k: 430,
    /** Profile: re-referral within 12 months 11 % (Q3 report 7.107). */
    reReferralShare: 0.11,
    /** England approx., profile gives none: referrals closed with no further action at once (profile: "NFA % very low"). */
    noFurtherActionShare: 0.03,
    /** England approx., profile gives none: what a referral leads to when it does not go to a conference. */
    paths: {
      'assessment-nfa': 30,
      'assessment-early-help': 17,
      'assessment-other': 3,
      'child-in-need': 38,
      'section-47': 12,
    },
    /** England approx., profile gives none: primary need at referral. */
    primaryNeed: { N1: 57, N2: 8, N3: 3, N4: 8, N5: 13, N6: 3, N7: 0.5, N8: 4, N9: 3.5 },
  },

  assessment: {
    /** Profile: "just over 80 %" authorised within 45 working days (Q3 report 7.117). */
    withinFortyFiveWorkingDays: 0.8,
    /** Local choice: how long an assessment on time takes (working days, min–max). */
    onTimeWorkingDays: [10, 45] as const,
    /** Local choice: how late a late one is (working days after referral, min–max). */
    lateWorkingDays: [46, 75] as const,
  },

  protection: {
    /** England approx. ≈ 42 per 10k at 31 March; profile: 194 CP plans = 33 per 10k (2017 Ofsted). Plans started a year per 10k. */
    planStartsPer10k: 34,
    /** Profile: 194 CP plans = 33 per 10k (2017 Ofsted): the month's plan starts lean towards this many open plans. */
    plansPer10k: 33,
    /** England approx. ≈ 24 % second or subsequent plans; profile gives none. */
    secondPlanShare: 0.22,
    /** England approx., profile gives none: sibling groups on plans together (neglect is a family matter); court sees the same families. */
    familySize: { 1: 32, 2: 31, 3: 20, 4: 11, 5: 6 },
    /** Local choice: share of new plans for families already open on a child in need plan. */
    escalationShare: 0.2,
    /** England approx., profile gives none: ICPCs that made no plan (≈ 65 ICPCs per 10k against ≈ 42 plans). */
    initialConferenceNoPlan: 0.12,
    /** WT 2023 ch.2: ICPC within 15 WD of the strategy discussion; England approx. ≈ 80 % on time. */
    initialConferenceOnTime: 0.83,
    /** England approx., profile gives none: the review conference at which a plan ends (3, 9, 15, 21, 27 months). */
    endsAtReview: { 1: 14, 2: 44, 3: 26, 4: 10, 5: 6 },
    /** England approx., profile gives none: initial category of abuse. */
    category: { NEG: 52, EMO: 33, PHY: 7, SAB: 4, MUL: 4 },
    /** Local choice: what follows a plan that ends at review. */
    afterPlan: { 'child-in-need': 65, close: 35 },
    /** Profile: s47 demand spikes around school holidays (Q3 report 7.113): multiplier by month of the year. */
    seasonality: [1.0, 0.95, 1.05, 1.1, 1.0, 1.05, 1.3, 0.8, 1.15, 1.05, 1.05, 1.3],
    /** England approx., profile gives none: section 47 enquiries that led to no conference, per 10k a year (≈ 180 s47 per 10k in all). */
    enquiriesWithoutConferencePer10k: 95,
    /** CP visits every 10 WD (local standard): share of visits made on time. */
    visitsOnTime: 0.9,
  },

  childInNeed: {
    /** Local choice: months a child in need plan lasts. */
    months: [3, 12] as const,
    /** Local choice: visits every 20 WD, reviews every 12 weeks; share on time. */
    visitsOnTime: 0.88,
    reviewsOnTime: 0.85,
  },

  planActions: {
    /** Ofsted 2017: actions with clear timescales. Local choice: actions per plan and how they are done. */
    perPlan: [2, 5] as const,
    doneOnTime: 0.72,
    doneLate: 0.2,
  },

  court: {
    /** Profile: entered PLO 177 children in 99 families in 2024 (Q3 report 7.126). */
    preProceedingsFamiliesPer10k: (99 / 59_300) * 10_000,
    /** Profile: 73 of 177 children (39 of 99 families) stepped out without proceedings (Q3 report 7.127). */
    preProceedingsOutcome: { 'issue-proceedings': 52, 'step-down': 40, other: 8 },
    /** Profile: 18 of 98 families issued had 3+ siblings (Q3 report 7.133); 177 children in 99 families entered PLO. */
    familySize: { 1: 55, 2: 27, 3: 11, 4: 5, 5: 2 },
    /** Profile: 177 children in 99 families entered PLO (Q3 report 7.126): 1.79 children a family. */
    preProceedingsChildrenPerFamily: 177 / 99,
    /** Profile: 159 children in 95 families concluded since 1 Jan 2024 (Q3 report 7.130); issued ≈ concluded. */
    proceedingsFamiliesPer10k: (95 / 59_300) * 10_000,
    /** Profile: in proceedings now 150 children in 86 families (Q3 report 7.129): issues lean towards this many families. */
    familiesInProceedingsPer10k: (86 / 59_300) * 10_000,
    /** Profile: 159 children in 95 families concluded (Q3 report 7.130): 1.67 children a family. */
    proceedingsChildrenPerFamily: 159 / 95,
    /** Profile: 35 within 26 weeks, 77 in 27–52, 47 in 53+ of 159 concluded (Q3 report 7.131–7.132). */
    durationWeeks: { '18-26': 22, '27-52': 48, '53-90': 30 },
    /** Profile: legal panel meetings 305 for 99 families (Q3 report 7.126): about three each. */
    legalPlanningMeetings: [2, 4] as const,
    /** England approx., profile gives none: children in proceedings who are looked after under an interim order. */
    interimCareShare: 0.72,
    /** England approx., profile gives none: final orders for children in care during proceedings. */
    ordersInCare: {
      'care-order': 52,
      'special-guardianship-order': 24,
      'child-arrangements-order': 10,
      'supervision-order': 7,
      'no-order': 5,
      withdrawn: 2,
    },
    /** England approx., profile gives none: under-5s in care during proceedings, where most placement orders are made (adoptions 15–22 a year, profile 2017 Ofsted). */
    ordersInCareUnderFive: {
      'care-order': 22,
      'placement-order': 38,
      'special-guardianship-order': 26,
      'child-arrangements-order': 5,
      'supervision-order': 5,
      'no-order': 3,
      withdrawn: 1,
    },
    /** England approx., profile gives none: final orders for children who stayed at home. */
    ordersAtHome: {
      'supervision-order': 45,
      'child-arrangements-order': 20,
      'special-guardianship-order': 10,
      'no-order': 20,
      withdrawn: 5,
    },
    courts: ['Telford Family Court', 'Shrewsbury Family Court', 'Worcester Family Court', 'Wolverhampton Family Court'],
  },

  lookedAfter: {
    /** Profile: CLA 724 = 122 per 10k at end Dec 2024 (Q3 report 7.121). */
    per10kAtEnd: 122,
    /** Profile: starting to be looked after 32 per 10k a year (41 in Mar 22, 35 in Mar 23; Q3 report 7.119). Last 12 months, then earlier years. */
    startsPer10k: { lastYear: 32, earlier: 36 },
    /** Profile: ceasing 38 per 10k a year (27 in Mar 23; Q3 report 7.120). */
    ceasedPer10k: { lastYear: 38, earlier: 34 },
    /** Profile: 699 CLA including 32 UASC (Cabinet paper 4.3): arrivals per 10k a year, staying about two years. */
    unaccompaniedPer10k: 2.8,
    /** England approx., profile gives none: age of children looked after (CLA in England by age). */
    stockAge: { '0-4': 18, '5-9': 18, '10-15': 39, '16-17': 25 },
    /** England approx., profile gives none ("more 0–5s entering care"): age of children starting care, excluding UASC. */
    startAge: { '0': 22, '1-4': 17, '5-9': 17, '10-15': 31, '16-17': 13 },
    /**
     * Profile: placement mix of 717 CLA — foster other 39 %, foster with relative or friend 28 %, residential 15 %,
     * placed with parents 11 %, supported accommodation 4 %, placed for adoption 2 %, other 1 % (Q3 report 7.124).
     * Weights for a new placement by age (no residential under 5, supported accommodation at 16+), tuned so the
     * county's children in care on the end date land on the profile's mix (placements made young last for years).
     */
    placementByAge: {
      '0-4': { foster: 40, kinship: 28, residential: 0, parents: 20, supported: 0, adoption: 11, other: 1 },
      '5-9': { foster: 41, kinship: 31, residential: 7, parents: 19, supported: 0, adoption: 0, other: 2 },
      '10-15': { foster: 38, kinship: 23, residential: 28, parents: 9, supported: 0, adoption: 0, other: 2 },
      '16-17': { foster: 28, kinship: 14, residential: 30, parents: 6, supported: 21, adoption: 0, other: 1 },
    },
    /**
     * Profile: the placement mix of the 717 children looked after (Q3 report 7.124). Children in care on the end date
     * are dealt their current placement from this mix (within what suits their age and legal status), so it holds.
     */
    placementMix: { foster: 278, kinship: 202, residential: 110, parents: 76, supported: 30, adoption: 17, other: 4 },
    /** England approx. ≈ 10 % of CLA have 3+ placements in a year: placement moves a year by age. */
    movesPerYear: { '0-4': 0.2, '5-9': 0.22, '10-15': 0.32, '16-17': 0.38 },
    /** Local choice: share of young people who move on at 16 (to supported accommodation or residential care), and where to. */
    moveAtSixteen: 0.45,
    placementAtSixteen: { foster: 22, kinship: 8, residential: 28, supported: 42 },
    /** Profile: 89 % subject to a court order (Q3 report 7.123): the rest accommodated under s20 (V2). */
    courtOrderShare: 0.89,
    /** Profile: council children's homes 6 (Cabinet paper 2.19): share of residential placements in own provision. */
    ownResidentialShare: 0.3,
    /** England approx., profile gives none: share of foster placements with the council's own carers. */
    ownFosterShare: 0.6,
    /** Local choice: share of placements outside the county. */
    outOfCounty: { foster: 0.15, kinship: 0.2, residential: 0.6, supported: 0.2 },
    /** England approx., profile gives none: why a child's care ended, by route, when not at an order or 18. */
    leavingAt18: { E17: 22, E5: 48, E6: 12, E8: 8, E7: 4, E13: 6 },
    /** CPPCR reg 33: reviews; share held on time. England approx., profile gives none. */
    reviewsOnTime: 0.92,
    /** CPPCR reg 7: initial health assessments within 20 WD; England approx. ≈ 60 % on time. */
    initialHealthOnTime: 0.62,
    /** Profile: PEPs 99 % completed (Q3 report 7.47). */
    pepCompleted: 0.99,
    /** CPPCR reg 28: statutory visits on time; England approx., profile gives none. */
    visitsOnTime: 0.9,
  },

  missing: {
    /** England approx., profile gives none: ≈ 11 % of CLA go missing in a year, mostly teenagers, ≈ 6 episodes each. */
    proneShareOfLookedAfterTeenagers: 0.24,
    proneShareOfOtherTeenagers: 0.04,
    episodesPerYear: 6,
    /** England approx., profile gives none: share of episodes "away" (whereabouts known) rather than missing. */
    awayShare: 0.3,
    /** DfE 2014 guidance: return home interview offered within 72 hours; share accepted. */
    interviewAccepted: 0.7,
  },

  permanence: {
    /** Profile: placement order to match 62 days (A2), entering care to moving in 426 days (A1) (2017 Ofsted). */
    placementOrderToMatchDays: [30, 110] as const,
    matchToPlacedDays: [10, 35] as const,
    placedToOrderDays: [150, 330] as const,
    /** Profile: adoption 15–22 a year (2016-17, 2015-16); England approx. ≈ 10 % of placement orders do not end in adoption. */
    adoptionDisrupted: 0.08,
  },

  leavingCare: {
    /** CPPCR reg 42: needs assessment and pathway plan by 16 years 3 months; share on time. */
    pathwayPlanOnTime: 0.85,
    /** England approx., profile gives none: care leavers in touch (903 OC3). */
    inTouch: { YES: 90, NO: 5, REFU: 3, NREQ: 2 },
    accommodation: { D: 20, E: 8, K: 30, B: 12, Z: 8, H: 6, C: 3, G: 3, U: 2, S: 1, T: 1, R: 2, W: 4 },
    activity: { F1: 6, F2: 22, F4: 8, F5: 18, P5: 8, P2: 4, G4: 8, G5: 20, G6: 6 },
    /** Local choice: share of care leavers still served after 21 (to 25). */
    servedAfter21: 0.3,
  },

  earlyHelp: {
    /** Profile: targeted early help families worked with +83 % (Q3 report 7.101). Local choice: months an episode lasts. */
    months: [3, 9] as const,
    /** Profile: re-referral to targeted early help < 10 % (Q3 report 7.101). Share stepped up to social care. */
    steppedUp: 0.08,
  },

  workforce: {
    /** Profile: caseload aspiration 15–18 per qualified case-holding social worker (Q3 report 7.139). */
    caseloadAspiration: [15, 18] as const,
    /** Profile: ASYE cap 10 (Q3 report 7.139). */
    asyeCap: 10,
    /** Local choice: caseload a team hires to; share of new social workers in their ASYE. */
    hireAtCaseload: 17.5,
    asyeShareOfHires: 0.18,
    /** England approx., profile gives none: children's social worker turnover ≈ 16 % a year; agency ≈ 15 %. */
    turnoverPerYear: 0.16,
    agencyShare: 0.15,
    /** Local choice: care leavers per personal adviser. */
    personalAdviserCaseload: 22,
    /**
     * Local choice: workers in a team before a service opens another (a team of 6–8 under one
     * manager), so a larger county has more teams rather than larger ones.
     */
    workersPerTeam: 8,
  },
} as const;

export type CountySettings = typeof countySettings;

/**
 * The figures `harbour seed --report` checks the county against. Each comes from the profile,
 * or from the approximate England rates where the profile gives none (and then says so).
 */
export interface CalibrationTarget {
  /** The indicator (src/reports/indicators) whose definition computes the county's figure. */
  id: string;
  title: string;
  unit: 'rate10k' | 'percent' | 'count' | 'caseload';
  value: number;
  source: string;
}

export const calibrationTargets: readonly CalibrationTarget[] = [
  {
    id: 'looked-after-rate',
    title: 'Children looked after per 10k at the end date',
    unit: 'rate10k',
    value: 122,
    source: 'Profile: CLA 724 = 122 per 10k (Q3 report 7.121)',
  },
  {
    id: 'started-care-rate',
    title: 'Started to be looked after per 10k, last 12 months',
    unit: 'rate10k',
    value: 32,
    source: 'Profile: 32 per 10k a year (Q3 report 7.119)',
  },
  {
    id: 'ceased-care-rate',
    title: 'Ceased to be looked after per 10k, last 12 months',
    unit: 'rate10k',
    value: 38,
    source: 'Profile: 38 per 10k a year (Q3 report 7.120)',
  },
  {
    id: 'placed-foster',
    title: 'CLA placed with other foster carers',
    unit: 'percent',
    value: 39,
    source: 'Profile: placement mix 278 of 717 (Q3 report 7.124)',
  },
  {
    id: 'placed-kinship',
    title: 'CLA in foster care with relatives or friends',
    unit: 'percent',
    value: 28,
    source: 'Profile: placement mix 202 of 717 (Q3 report 7.124)',
  },
  {
    id: 'placed-residential',
    title: 'CLA in residential care',
    unit: 'percent',
    value: 15,
    source: 'Profile: placement mix 110 of 717 (Q3 report 7.124)',
  },
  {
    id: 'placed-parents',
    title: 'CLA placed with parents',
    unit: 'percent',
    value: 11,
    source: 'Profile: placement mix 76 of 717 (Q3 report 7.124)',
  },
  {
    id: 'placed-supported',
    title: 'CLA in supported accommodation',
    unit: 'percent',
    value: 4,
    source: 'Profile: placement mix 30 of 717 (Q3 report 7.124)',
  },
  {
    id: 'placed-adoption',
    title: 'CLA placed for adoption',
    unit: 'percent',
    value: 2,
    source: 'Profile: placement mix 17 of 717 (Q3 report 7.124)',
  },
  {
    id: 'placed-other',
    title: 'CLA in other placements',
    unit: 'percent',
    value: 1,
    source: 'Profile: placement mix 4 of 717 (Q3 report 7.124)',
  },
  {
    id: 'court-order',
    title: 'CLA subject to a court order',
    unit: 'percent',
    value: 89,
    source: 'Profile: 89 % (Q3 report 7.123)',
  },
  {
    id: 're-referrals',
    title: 'Re-referrals within 12 months, last 12 months',
    unit: 'percent',
    value: 11,
    source: 'Profile: 11 % (Q3 report 7.107)',
  },
  {
    id: 'referral-rate',
    title: 'Referrals per 10k, last 12 months',
    unit: 'rate10k',
    value: 430,
    source: 'England approx. ≈ 520 per 10k, profile gives none (Shropshire below England: Q3 report 7.110)',
  },
  {
    id: 'assessments-within-45-days',
    title: 'Assessments authorised within 45 working days, last 12 months',
    unit: 'percent',
    value: 80,
    source: 'Profile: just over 80 % (Q3 report 7.117)',
  },
  {
    id: 'plo-entered-children',
    title: 'Children entering PLO, last 12 months',
    unit: 'count',
    value: 177,
    source: 'Profile: 177 children (Q3 report 7.126)',
  },
  {
    id: 'plo-entered-families',
    title: 'Families entering PLO, last 12 months',
    unit: 'count',
    value: 99,
    source: 'Profile: 99 families (Q3 report 7.126)',
  },
  {
    id: 'proceedings-concluded-children',
    title: 'Children whose proceedings concluded, last 12 months',
    unit: 'count',
    value: 159,
    source: 'Profile: 159 children (Q3 report 7.130)',
  },
  {
    id: 'proceedings-concluded-families',
    title: 'Families whose proceedings concluded, last 12 months',
    unit: 'count',
    value: 95,
    source: 'Profile: 95 families (Q3 report 7.130)',
  },
  {
    id: 'proceedings-issued-three-or-more',
    title: 'Families issued with 3+ siblings, last 12 months',
    unit: 'percent',
    value: 18.4,
    source: 'Profile: 18 of 98 families (Q3 report 7.133)',
  },
  {
    id: 'in-proceedings-children',
    title: 'Children in proceedings at the end date',
    unit: 'count',
    value: 150,
    source: 'Profile: 150 children in 86 families (Q3 report 7.129)',
  },
  {
    id: 'child-protection-plan-rate',
    title: 'Child protection plans per 10k at the end date',
    unit: 'rate10k',
    value: 33,
    source: 'Profile: 194 = 33 per 10k (2017 Ofsted)',
  },
  {
    id: 'child-protection-plans-repeat',
    title: 'CP plans started in the last 12 months that were second or later',
    unit: 'percent',
    value: 24,
    source: 'England approx. ≈ 24 %, profile gives none',
  },
  {
    id: 'average-caseload',
    title: 'Mean caseload per qualified case-holding social worker',
    unit: 'caseload',
    value: 16.5,
    source: 'Profile: aspiration 15–18 (Q3 report 7.139): the midpoint',
  },
];

/** ±10 % of a rate or count, ±3 percentage points of a percentage (the tolerance). */
export function withinTolerance(target: CalibrationTarget, actual: number): boolean {
  if (target.unit === 'percent') return Math.abs(actual - target.value) <= 3;
  return Math.abs(actual - target.value) <= target.value * 0.1;
}
