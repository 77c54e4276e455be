// The county, month by month: families arrive at the front door, are assessed, protected,
// taken to court and looked after. Each month's flows are set by the settings' rates (controllers
// with carried remainders and stratified decks), so the figures the profile publishes come out
// of the records rather than being written into them.
import { Faker, base, en, en_GB } from '@faker-js/faker';
import { addMonths, addYears, ageOn, civil, type Day, WorkingDays } from './dates.ts';
import { Carry, Deck, Random } from './random.ts';
import type { CountySettings } from './settings.ts';
import { hubDistricts, postcodeIn } from './localities.ts';
import {
  type Assessment,
  type Case,
  type CareStay,
  type Contact,
  type EarlyHelpEpisode,
  type Phase,
  type PreProceedings,
  type Proceedings,
  type SimChild,
  type SimFamily,
  type Strategy,
  caseEnd,
  lastCase,
  never,
  openOn,
  phaseOn,
} from './model.ts';
import { earlyHelpOrganisations } from './wording.ts';

/**
 * A case closed after a section 47 enquiry found no further action needed: RC7 (services ceased for
 * another reason), as the census keeps RC8 and RC9 for cases closed after an assessment alone (CIN rule 2990).
 */
const closedAfterEnquiry = 'RC7';

export interface SimulationOptions {
  scale: number;
  years: number;
  seed: number;
  endDate: string;
  /** The moment of seeding (an ISO instant): nothing generated is later. Without it the end date runs to midnight. */
  seededAt?: string;
}

/** Months simulated before the first year of history, so the county is in its stride when history starts. */
export const warmUpMonths = 18;

interface Step {
  start: Day;
  end: Day;
  days: number;
  lastYear: boolean;
  season: number;
  population: number;
}

type Pools = {
  recent: SimFamily[];
  old: SimFamily[];
  secondRecent: SimFamily[];
  secondOld: SimFamily[];
  openChildInNeed: Case[];
  openProtection: Case[];
  open: Case[];
  taken: Set<SimFamily>;
};

const ageBand = (age: number) => (age < 5 ? '0-4' : age < 10 ? '5-9' : age < 16 ? '10-15' : '16-17');

export class CountySimulation {
  readonly random: Random;
  readonly faker: Faker;
  readonly workingDays: WorkingDays;
  readonly end: Day;
  /** The first day of history (end date less the years asked for). */
  readonly historyStart: Day;
  /** The first day simulated (history start less the warm-up). */
  readonly simulationStart: Day;
  readonly families: SimFamily[] = [];
  readonly knownFamilies: SimFamily[] = [];
  readonly cases: Case[] = [];
  readonly contacts: Contact[] = [];
  readonly earlyHelp: EarlyHelpEpisode[] = [];
  readonly stays: CareStay[] = [];
  readonly preProceedings: PreProceedings[] = [];
  readonly proceedings: Proceedings[] = [];
  private childKeys = 0;
  private pendingIssues: PreProceedings[] = [];
  private readonly towns = new Map<string, string>();
  private readonly decks;
  private readonly carries = {
    protection: new Carry(),
    enquiries: new Carry(),
    contacts: new Carry(),
    unaccompanied: new Carry(),
  };
  private readonly totals = {
    referrals: 0,
    reReferrals: 0,
    assessed: 0,
    late: 0,
    planStarts: 0,
    secondPlans: 0,
    starts: 0,
    startsTarget: 0,
    ceased: 0,
    ceasedTarget: 0,
    referralsTarget: 0,
    proceedings: 0,
    proceedingsTarget: 0,
    preProceedings: 0,
    preProceedingsChildren: 0,
    preProceedingsTarget: 0,
    issuedLarge: 0,
    proceedingsChildren: 0,
  };

  constructor(
    readonly settings: CountySettings,
    readonly options: SimulationOptions,
    readonly populationByYear: Map<number, number>,
  ) {
    this.random = new Random(options.seed);
    this.faker = new Faker({ locale: [en_GB, en, base] });
    this.faker.seed(options.seed);
    this.end = dayOfIso(options.endDate);
    this.historyStart = addYears(this.end, -options.years) + 1;
    this.simulationStart = addMonths(this.historyStart, -warmUpMonths);
    this.workingDays = new WorkingDays(addYears(this.simulationStart, -27), addYears(this.end, 8));
    const r = this.random;
    const s = settings;
    this.decks = {
      familySize: new Deck(r.fork('family-size'), s.families.sizeWeights),
      protectionFamilySize: new Deck(r.fork('protection-family-size'), s.protection.familySize),
      courtFamilySize: new Deck(r.fork('court-family-size'), s.court.familySize),
      path: new Deck(r.fork('paths'), s.referrals.paths),
      contactOutcome: new Deck(r.fork('contact-outcomes'), s.frontDoor.outcomes),
      decisionOnTime: new Deck(r.fork('decision-on-time'), {
        yes: s.frontDoor.decidedWithinOneWorkingDay,
        no: 1 - s.frontDoor.decidedWithinOneWorkingDay,
      }),
      conferenceOnTime: new Deck(r.fork('icpc-on-time'), {
        yes: s.protection.initialConferenceOnTime,
        no: 1 - s.protection.initialConferenceOnTime,
      }),
      endsAtReview: new Deck(r.fork('ends-at-review'), s.protection.endsAtReview),
      category: new Deck(r.fork('category'), s.protection.category),
      afterPlan: new Deck(r.fork('after-plan'), s.protection.afterPlan),
      noPlan: new Deck(r.fork('no-plan'), {
        yes: s.protection.initialConferenceNoPlan,
        no: 1 - s.protection.initialConferenceNoPlan,
      }),
      preProceedingsOutcome: new Deck(r.fork('plo-outcome'), s.court.preProceedingsOutcome),
      duration: new Deck(r.fork('proceedings-duration'), s.court.durationWeeks),
      ordersInCare: new Deck(r.fork('orders-in-care'), s.court.ordersInCare),
      ordersInCareUnderFive: new Deck(r.fork('orders-in-care-under-five'), s.court.ordersInCareUnderFive),
      ordersAtHome: new Deck(r.fork('orders-at-home'), s.court.ordersAtHome),
      leavingAt18: new Deck(r.fork('leaving-at-18'), s.lookedAfter.leavingAt18),
      startAge: new Deck(r.fork('start-age'), s.lookedAfter.startAge),
      stockAge: new Deck(r.fork('stock-age'), s.lookedAfter.stockAge),
    };
  }

  // ---- the calendar ---------------------------------------------------------------------

  /** Monthly steps ending on the end date, so the last twelve are exactly the last 12 months. */
  private steps(): Step[] {
    const steps: Step[] = [];
    for (let i = 0; ; i++) {
      const end = addMonths(this.end, -i);
      const start = addMonths(this.end, -(i + 1)) + 1;
      if (end < this.simulationStart) break;
      const month = civil(end).month;
      steps.unshift({
        start: Math.max(start, this.simulationStart),
        end,
        days: end - Math.max(start, this.simulationStart) + 1,
        lastYear: i < 12,
        season:
          this.settings.protection.seasonality[month - 1]! /
          (this.settings.protection.seasonality.reduce((a, b) => a + b, 0) / 12),
        population: this.populationOn(end),
      });
    }
    return steps;
  }

  private populationOn(day: Day): number {
    const year = civil(day).year;
    const years = [...this.populationByYear.keys()].sort((a, b) => a - b);
    const chosen = years.filter((y) => y <= year).pop() ?? years[0]!;
    return this.populationByYear.get(chosen)!;
  }

  /** Events expected in a step from a rate per 10,000 children a year. */
  private expected(step: Step, per10k: number, season = 1): number {
    return ((per10k * step.population) / 10_000) * (step.days / 365.25) * season;
  }

  private dayIn(step: Step, working = true): Day {
    const day = step.start + this.random.int(0, step.days - 1);
    if (!working) return day;
    const next = this.workingDays.onOrAfter(day);
    return next <= step.end ? next : this.workingDays.subtract(day, 1);
  }

  // ---- people ---------------------------------------------------------------------------

  private townOf(district: string): string {
    if (!this.towns.has(district)) this.towns.set(district, this.faker.location.city());
    return this.towns.get(district)!;
  }

  newFamily(day: Day, options: { size?: number; indexAge?: number; youngest?: number } = {}): SimFamily {
    const r = this.random;
    const s = this.settings;
    const hub = r.weighted(s.localities.hubShares);
    const rural = !r.chance(s.localities.townShare);
    const district = r.pick(hubDistricts[hub]![rural ? 'rural' : 'town']);
    const surname = this.faker.person.lastName();
    const family: SimFamily = {
      key: this.families.length + 1,
      surname,
      hub,
      district,
      town: this.townOf(district),
      rural,
      line1: this.faker.location.streetAddress(),
      postcode: postcodeIn(r, district),
      addressFrom: day - r.int(60, 365 * 8),
      adults: [],
      children: [],
      cases: [],
      hadPlan: false,
      lastReferral: -never,
      closedEnd: undefined,
    };
    const size = options.size ?? Number(this.decks.familySize.deal());
    const indexAge = options.indexAge ?? Number(r.weighted(s.families.indexChildAge));
    const ages: number[] = [indexAge];
    while (ages.length < size) {
      const older = r.chance(0.5);
      const gap = r.int(1, 4);
      const age = older ? Math.max(...ages) + gap : Math.min(...ages) - gap;
      if (age >= 0 && age <= 17) ages.push(age);
      else if (ages.length + 1 >= size * 3) break;
      else if (age > 17 && Math.min(...ages) - gap >= 0) ages.push(Math.min(...ages) - gap);
      else if (age < 0 && Math.max(...ages) + gap <= 17) ages.push(Math.max(...ages) + gap);
      else break;
    }
    if (options.youngest !== undefined) ages[ages.indexOf(Math.min(...ages))] = options.youngest;
    const ethnicity = r.weighted(s.ethnicity.weights);
    for (const age of ages.sort((a, b) => b - a)) {
      const sex: 'M' | 'F' = r.chance(s.population.maleShare) ? 'M' : 'F';
      const halfSibling = family.children.length > 0 && r.chance(0.2);
      const child: SimChild = {
        key: ++this.childKeys,
        family,
        forename: this.faker.person.firstName(sex === 'M' ? 'male' : 'female'),
        surname: halfSibling ? this.faker.person.lastName() : surname,
        sex,
        dateOfBirth: addYears(day - r.int(1, 364), -age),
        ethnicity: halfSibling && r.chance(0.3) ? r.weighted(s.ethnicity.weights) : ethnicity,
        halfSibling,
        unaccompanied: false,
        disabilities: r.chance(0.05) ? [r.pick(['AUT', 'LD', 'COMM', 'BEH', 'MOB', 'HEAR'])] : [],
        lastReferral: -never,
        stays: [],
        earlyHelp: [],
      };
      family.children.push(child);
    }
    const eldest = Math.max(...family.children.map((child) => ageOn(child.dateOfBirth, day)));
    family.adults.push({
      forename: this.faker.person.firstName('female'),
      surname,
      sex: 'F',
      dateOfBirth: day - (eldest + r.int(18, 34)) * 365 - r.int(0, 364),
      relationship: 'parent',
    });
    if (r.chance(0.7)) {
      family.adults.push({
        forename: this.faker.person.firstName('male'),
        surname: r.chance(0.7) ? surname : this.faker.person.lastName(),
        sex: 'M',
        dateOfBirth: day - (eldest + r.int(19, 38)) * 365 - r.int(0, 364),
        relationship: r.chance(0.2) ? 'step-parent' : 'parent',
      });
    }
    family.addressFrom = Math.min(family.addressFrom, day - 30);
    this.families.push(family);
    return family;
  }

  /** An unaccompanied child arriving in the county: a family of one, no adults. */
  private newUnaccompaniedChild(day: Day): SimChild {
    const r = this.random;
    const family = this.newFamily(day, { size: 1, indexAge: r.weighted({ 14: 8, 15: 22, 16: 40, 17: 30 }) });
    family.adults = [];
    const child = family.children[0]!;
    child.unaccompanied = true;
    child.ethnicity = r.weighted(this.settings.ethnicity.unaccompanied);
    child.surname = family.surname;
    child.halfSibling = false;
    return child;
  }

  private underEighteenFor(child: SimChild, day: Day, margin = 180): boolean {
    return child.dateOfBirth <= day && addYears(child.dateOfBirth, 18) > day + margin;
  }

  private inCareOn(child: SimChild, day: Day): boolean {
    return child.stays.some((stay) => stay.start <= day && day < stay.end);
  }

  private caseChildren(family: SimFamily, day: Day, oneOnly: boolean): SimChild[] {
    const eligible = family.children.filter(
      (child) => this.underEighteenFor(child, day) && !this.inCareOn(child, day) && child.lastReferral < day,
    );
    if (eligible.length <= 1 || !oneOnly) return eligible;
    return [this.random.pick(eligible)];
  }

  // ---- the front door -------------------------------------------------------------------

  private contactSource(): string {
    return this.random.weighted(this.settings.frontDoor.sources);
  }

  /** A contact received on a day (or the evening before, out of hours) and decided within a working day, or late. */
  private contact(day: Day, children: SimChild[], outcome: Contact['outcome'], source = this.contactSource()): Contact {
    const r = this.random;
    const wd = this.workingDays;
    const urgent = outcome === 'strategy-discussion';
    const outOfHours = !urgent && r.chance(this.settings.frontDoor.outOfHours);
    const receivedDay = outOfHours ? day - r.int(0, 2) : urgent ? day : wd.onOrAfter(day);
    const receivedMinutes = outOfHours
      ? r.int(17 * 60 + 30, 23 * 60 + 50)
      : r.int(8 * 60 + 30, urgent ? 13 * 60 : 16 * 60 + 45);
    const onTime = urgent || this.decks.decisionOnTime.deal() === 'yes';
    let decisionDay: Day;
    let decisionMinutes: number;
    if (urgent) {
      decisionDay = receivedDay;
      decisionMinutes = receivedMinutes + r.int(20, 180);
    } else if (!onTime) {
      decisionDay = wd.add(receivedDay, r.int(2, 4));
      decisionMinutes = r.int(9 * 60, 17 * 60);
    } else if (!outOfHours && receivedMinutes < 15 * 60 && r.chance(0.55)) {
      decisionDay = receivedDay;
      decisionMinutes = Math.min(receivedMinutes + r.int(30, 150), 18 * 60);
    } else {
      decisionDay = wd.add(receivedDay, 1);
      decisionMinutes = r.int(9 * 60, 16 * 60);
    }
    const level =
      outcome === 'referral' || outcome === 'strategy-discussion'
        ? outcome === 'strategy-discussion' || r.chance(0.35)
          ? 4
          : 3
        : outcome === 'early-help'
          ? 2
          : r.chance(0.7)
            ? 1
            : 2;
    const domesticAbuse = source === '6' && r.chance(this.settings.frontDoor.domesticAbuseShareOfPolice);
    const contact: Contact = {
      receivedDay,
      receivedMinutes,
      source,
      levelOfNeed: level,
      consent: level === 4 ? 'overridden' : r.chance(0.88) ? 'given' : 'not-given',
      domesticAbuse,
      outOfHours,
      children,
      decisionDay,
      decisionMinutes,
      outcome,
    };
    return contact;
  }

  private startEarlyHelp(child: SimChild, start: Day, source: { contact?: Contact; case?: Case }): void {
    const r = this.random;
    const previous = child.earlyHelp[child.earlyHelp.length - 1];
    if (previous && previous.end >= start) return;
    const [minMonths, maxMonths] = this.settings.earlyHelp.months;
    const episode: EarlyHelpEpisode = {
      child,
      start,
      end: addMonths(start, r.int(minMonths, maxMonths)) + r.int(-10, 10),
      endReason: '',
      leadProfessional: this.faker.person.fullName(),
      leadOrganisation: r.pick(earlyHelpOrganisations(child.family.hub)),
      contact: source.contact ?? null,
      steppedDownFrom: source.case ?? null,
      steppedUp: null,
    };
    child.earlyHelp.push(episode);
    this.earlyHelp.push(episode);
  }

  /** Contacts that do not become referrals: information, advice, early help, or news about an open case. */
  private contactsWithoutReferral(step: Step, pools: Pools): void {
    const count = this.carries.contacts.take(
      this.expected(step, this.settings.frontDoor.contactsWithoutReferralPer10k),
    );
    for (let i = 0; i < count; i++) {
      const day = this.dayIn(step, false);
      const kind = this.random.weighted({ fresh: 66, known: 22, open: 12 });
      let family: SimFamily | undefined;
      if (kind === 'open') {
        const c = takeFrom(this.random, pools.open, pools.taken, (candidate) => candidate.family);
        if (c) {
          const children = c.children.filter((child) => this.underEighteenFor(child, day, 0));
          if (children.length) this.contacts.push(this.contact(day, children, 'advice'));
          continue;
        }
      }
      if (kind === 'known')
        family = takeFrom(this.random, this.random.chance(0.5) ? pools.old : pools.recent, pools.taken, (f) => f);
      family ??= this.newFamily(day);
      const children = this.caseChildren(family, day, this.random.chance(this.settings.families.oneChildOfFamily));
      if (!children.length) continue;
      const outcome = this.decks.contactOutcome.deal() as Contact['outcome'];
      const contact = this.contact(day, children, outcome);
      this.contacts.push(contact);
      this.remember(family);
      if (outcome === 'early-help')
        for (const child of children)
          this.startEarlyHelp(child, contact.decisionDay + this.random.int(1, 12), { contact });
    }
  }

  private remember(family: SimFamily): void {
    if (!this.knownSet.has(family)) {
      this.knownSet.add(family);
      this.knownFamilies.push(family);
    }
  }
  private readonly knownSet = new Set<SimFamily>();
  /** Children who have had a child protection plan, for second and subsequent plans. */
  private readonly childrenWithPlans = new Set<SimChild>();

  // ---- referrals and assessments --------------------------------------------------------

  /** Whether the next referral should be a re-referral, keeping the running share on the profile. */
  private wantReReferral(): boolean {
    return this.totals.reReferrals < this.settings.referrals.reReferralShare * (this.totals.referrals + 1);
  }

  /** A new case: the contact, the referral (CIN episode) for each child, and the single assessment. */
  private openCase(
    family: SimFamily,
    children: SimChild[],
    contactDay: Day,
    options: { outcome?: Contact['outcome']; source?: string; assessedBy?: Day; noAssessment?: boolean } = {},
  ): Case {
    const r = this.random;
    const contact = this.contact(contactDay, children, options.outcome ?? 'referral', options.source);
    const referralDay = contact.decisionDay;
    family.lastReferral = Math.max(family.lastReferral, referralDay);
    family.closedEnd = undefined;
    for (const child of children) {
      this.totals.referrals++;
      if (child.lastReferral >= addMonths(referralDay, -12)) this.totals.reReferrals++;
      child.lastReferral = referralDay;
      const earlyHelp = child.earlyHelp.find(
        (episode) => episode.start < referralDay && referralDay <= episode.end && !episode.steppedUp,
      );
      if (earlyHelp) earlyHelp.end = referralDay;
    }
    const c: Case = {
      key: this.cases.length + 1,
      family,
      children,
      contact,
      referralDay,
      source: contact.source,
      primaryNeed:
        children.some((child) => child.disabilities.length) && r.chance(0.5)
          ? 'N2'
          : r.weighted(this.settings.referrals.primaryNeed),
      noFurtherAction: false,
      assessment: null,
      strategies: [],
      phases: [],
      familyEnd: referralDay,
      closureReason: 'RC8',
      stepDownToEarlyHelp: false,
      departed: new Map(),
      stays: [],
      preProceedings: [],
      proceedings: [],
    };
    for (const child of children) {
      const earlyHelp = child.earlyHelp.find((episode) => episode.end === referralDay && episode.start < referralDay);
      if (earlyHelp && !earlyHelp.steppedUp && r.chance(0.8)) earlyHelp.steppedUp = { day: referralDay, to: c };
    }
    if (!options.noAssessment) c.assessment = this.assessment(referralDay, options.assessedBy);
    this.cases.push(c);
    family.cases.push(c);
    this.remember(family);
    return c;
  }

  private assessment(referralDay: Day, by?: Day): Assessment {
    const r = this.random;
    const wd = this.workingDays;
    const { onTimeWorkingDays, lateWorkingDays, withinFortyFiveWorkingDays } = this.settings.assessment;
    const late = this.totals.late < (1 - withinFortyFiveWorkingDays) * (this.totals.assessed + 1);
    this.totals.assessed++;
    if (late) this.totals.late++;
    const days = late
      ? r.int(lateWorkingDays[0], lateWorkingDays[1])
      : Math.round(onTimeWorkingDays[0] + Math.sqrt(r.next()) * (onTimeWorkingDays[1] - onTimeWorkingDays[0]));
    let authorised = wd.add(referralDay, days);
    if (by !== undefined && authorised > by && !late) authorised = Math.max(referralDay + 1, by);
    const seen = wd.add(referralDay, r.int(1, Math.min(8, days)));
    return {
      start: referralDay,
      seen: Math.min(seen, authorised),
      submitted: Math.max(referralDay, wd.subtract(authorised, r.int(0, 3))),
      authorised,
      outcome: 'no-further-action',
      factors: this.factors(),
    };
  }

  private factors(): string[] {
    const r = this.random;
    const chosen = new Set<string>();
    const weights = {
      '3B': 30,
      '3A': 12,
      '4B': 24,
      '2B': 12,
      '1B': 9,
      '16A': 18,
      '17A': 12,
      '18B': 5,
      '5B': 4,
      '4A': 8,
      '14A': 4,
      '10A': 3,
      '11A': 2,
      '24A': 2,
      '15A': 4,
      '7A': 2,
      '6B': 3,
    };
    const n = r.weighted({ 0: 6, 1: 34, 2: 34, 3: 20, 4: 6 });
    for (let i = 0; i < Number(n); i++) chosen.add(r.weighted(weights));
    return chosen.size ? [...chosen] : ['21'];
  }

  /** Replace a case's plans from a day on: the plan running that day ends then. */
  private replacePhasesFrom(c: Case, day: Day, phases: Phase[]): void {
    c.phases = c.phases.filter((phase) => phase.start < day);
    const running = c.phases[c.phases.length - 1];
    if (running && running.end > day) running.end = day;
    c.phases.push(...phases);
    const last = c.phases[c.phases.length - 1];
    c.familyEnd = last ? last.end : (c.assessment?.authorised ?? c.referralDay);
    c.closureReason = 'RC7';
    c.stepDownToEarlyHelp = false;
  }

  private childInNeedPhase(start: Day, months?: number): Phase {
    const [min, max] = this.settings.childInNeed.months;
    return {
      kind: 'child-in-need',
      start,
      end: addMonths(start, months ?? this.random.int(min, max)) + this.random.int(-7, 7),
    };
  }

  /** A child protection plan from its ICPC, with its review conferences, and what follows it. */
  private protectionPhases(conference: Day, category: string): Phase[] {
    const r = this.random;
    const wd = this.workingDays;
    const reviews: Day[] = [];
    let previous = conference;
    for (let i = 0; i < 10; i++) {
      const due = addMonths(previous, i === 0 ? 3 : 6);
      const day = r.chance(0.94) ? wd.subtract(due, r.int(0, 8)) : wd.add(due, r.int(1, 12));
      reviews.push(day);
      previous = day;
    }
    const endsAtReview = Number(this.decks.endsAtReview.deal());
    const after = this.decks.afterPlan.deal();
    const phase: Phase = {
      kind: 'child-protection',
      start: conference,
      end: reviews[endsAtReview - 1]!,
      protection: { category, reviews, endsAtReview, after, afterMonths: r.int(3, 9) },
    };
    return after === 'child-in-need'
      ? [phase, this.childInNeedPhase(phase.end, phase.protection!.afterMonths)]
      : [phase];
  }

  /** Keeps a case's child protection plan running until at least `day` (pre-proceedings, court). */
  private extendProtection(c: Case, day: Day): void {
    const index = c.phases.findLastIndex((phase) => phase.kind === 'child-protection' && phase.start <= day);
    const phase = c.phases[index];
    // Only the plan still running (or the last, followed by a child in need plan) can be extended.
    if (
      !phase?.protection ||
      index < c.phases.length - 2 ||
      (index === c.phases.length - 2 && c.phases[index + 1]!.kind !== 'child-in-need')
    )
      return;
    const detail = phase.protection;
    while (phase.end < day && detail.endsAtReview < detail.reviews.length) {
      detail.endsAtReview++;
      phase.end = detail.reviews[detail.endsAtReview - 1]!;
    }
    c.phases = c.phases.slice(0, index + 1);
    if (detail.after === 'child-in-need') c.phases.push(this.childInNeedPhase(phase.end, detail.afterMonths));
    c.familyEnd = c.phases[c.phases.length - 1]!.end;
    c.closureReason = 'RC7';
  }

  /** Keeps a case open until at least `day`: the plan running continues (or a child in need plan follows). */
  private keepOpenUntil(c: Case, day: Day): void {
    const running = phaseOn(c, Math.min(day, c.familyEnd - 1));
    if (running?.kind === 'child-protection') this.extendProtection(c, day);
    if (c.familyEnd >= day) return;
    const last = c.phases[c.phases.length - 1];
    if (last && last.kind === 'child-in-need') last.end = day;
    else c.phases.push({ kind: 'child-in-need', start: c.familyEnd, end: day });
    c.familyEnd = day;
    c.closureReason = 'RC7';
    c.stepDownToEarlyHelp = false;
  }

  /** A strategy discussion and section 47 enquiry, and the ICPC if there is one. */
  private strategy(
    decision: Day,
    conference: Day | null,
    outcome: NonNullable<Strategy['enquiry']>['outcome'] | null,
  ): Strategy {
    const r = this.random;
    const wd = this.workingDays;
    const held = r.chance(0.94) ? (r.chance(0.6) ? decision : wd.add(decision, 1)) : wd.add(decision, r.int(2, 3));
    if (outcome === null) return { decision, held, enquiry: null, initialConference: null };
    const end = conference !== null ? Math.max(held, wd.subtract(conference, r.int(0, 2))) : wd.add(held, r.int(5, 15));
    const plan = conference !== null && outcome === 'initial-conference';
    return {
      decision,
      held,
      enquiry: { start: held, end, outcome, conferenceNotRequired: false },
      initialConference: plan ? { day: conference, plan: false, category: null } : null,
    };
  }

  /** New child protection plans this month: re-entries, escalations from child in need, and new referrals. */
  private protectionStarts(step: Step, pools: Pools): void {
    const r = this.random;
    const s = this.settings.protection;
    // The month's flow, nudged towards the number of children the profile has on plans (33 per 10k).
    let onPlans = 0;
    for (const c of pools.open) {
      if (phaseOn(c, step.start)?.kind !== 'child-protection') continue;
      for (const child of c.children)
        if (!c.departed.has(child) && this.underEighteenFor(child, step.start, 0)) onPlans++;
    }
    const wanted = (this.settings.protection.plansPer10k * step.population) / 10_000;
    const nudge = step.start >= this.historyStart - 180 ? 0.25 * (wanted - onPlans) : 0;
    const target = this.carries.protection.take(
      Math.max(0, this.expected(step, s.planStartsPer10k, step.season) + nudge),
    );
    let started = 0;
    let guard = 0;
    while (started < target && guard++ < target * 4 + 10) {
      let conference = this.dayIn(step);
      const onTime = this.decks.conferenceOnTime.deal() === 'yes';
      const enquiryStart = this.workingDays.subtract(conference, onTime ? r.int(6, 15) : r.int(16, 24));
      const decision = r.chance(0.7) ? enquiryStart : this.workingDays.subtract(enquiryStart, 1);
      const noPlan = this.decks.noPlan.deal() === 'yes';
      let c: Case | undefined;
      const wantSecond = this.totals.secondPlans < s.secondPlanShare * (this.totals.planStarts + 1);
      const secondPool = this.wantReReferral()
        ? [pools.secondRecent, pools.secondOld]
        : [pools.secondOld, pools.secondRecent];
      const second =
        wantSecond && !noPlan
          ? (takeFrom(r, secondPool[0]!, pools.taken, (f) => f) ?? takeFrom(r, secondPool[1]!, pools.taken, (f) => f))
          : undefined;
      if (second) {
        const children = this.caseChildren(second, decision, false).filter(
          (child) => addYears(child.dateOfBirth, 17) > conference,
        );
        if (children.length)
          c = this.openCase(second, children, decision - r.int(0, 3), {
            outcome: 'strategy-discussion',
            assessedBy: conference,
          });
      }
      if (!c && r.chance(s.escalationShare)) {
        c = takeFrom(
          r,
          pools.openChildInNeed,
          pools.taken,
          (candidate) => candidate.family,
          (candidate) =>
            phaseOn(candidate, decision)?.kind === 'child-in-need' && candidate.referralDay < decision - 20,
        );
      }
      if (!c) {
        const family = this.familyForReferral(pools, decision, Number(this.decks.protectionFamilySize.deal()));
        const children = this.caseChildren(family, decision, r.chance(0.05));
        if (!children.length) continue;
        c = this.openCase(family, children, decision - r.int(0, 4), {
          outcome: r.chance(0.4) ? 'strategy-discussion' : 'referral',
          assessedBy: conference,
        });
      }
      const strategyDay = Math.max(decision, c.referralDay);
      const held = strategyDay + (this.workingDays.isWorkingDay(strategyDay) ? 0 : 1);
      if (this.workingDays.between(held, conference) < 4)
        conference = this.workingDays.add(held, onTime ? r.int(6, 15) : r.int(16, 24));
      const strategy = this.strategy(strategyDay, conference, 'initial-conference');
      c.strategies.push(strategy);
      const children = c.children.filter(
        (child) => !c.departed.has(child) && addYears(child.dateOfBirth, 18) > conference + 30,
      );
      if (!children.length) continue;
      if (c.assessment && c.assessment.authorised > c.referralDay) c.assessment.outcome = 'strategy-discussion';
      if (noPlan) {
        strategy.initialConference = { day: conference, plan: false, category: null };
        this.replacePhasesFrom(c, conference, [this.childInNeedPhase(conference)]);
        continue;
      }
      const category = this.decks.category.deal() as string;
      strategy.initialConference = { day: conference, plan: true, category };
      this.replacePhasesFrom(c, conference, this.protectionPhases(conference, category));
      c.family.hadPlan = true;
      for (const child of children) {
        this.totals.planStarts++;
        if (this.childrenWithPlans.has(child)) this.totals.secondPlans++;
        this.childrenWithPlans.add(child);
      }
      started += children.length;
    }
  }

  /** A family for a new referral: a re-referral when the running share needs one, else a known or new family. */
  private familyForReferral(pools: Pools, day: Day, size?: number): SimFamily {
    const r = this.random;
    if (this.wantReReferral()) {
      const family = takeFrom(r, pools.recent, pools.taken, (f) => f);
      if (family) return family;
    }
    if (r.chance(0.22)) {
      const family = takeFrom(r, pools.old, pools.taken, (f) => f);
      if (family) return family;
    }
    return this.newFamily(day, size === undefined ? {} : { size });
  }

  /** Section 47 enquiries that lead to no conference, with strategy discussions that decide against one. */
  private enquiriesWithoutConference(step: Step, pools: Pools): void {
    const r = this.random;
    const count = this.carries.enquiries.take(
      this.expected(step, this.settings.protection.enquiriesWithoutConferencePer10k, step.season),
    );
    let made = 0;
    while (made < count) {
      const decision = this.dayIn(step);
      const outcome = r.weighted({
        'not-substantiated': 45,
        'child-in-need-plan': 35,
        'no-further-action': 20,
      } as const);
      let c = r.chance(0.25)
        ? takeFrom(
            r,
            pools.openChildInNeed,
            pools.taken,
            (candidate) => candidate.family,
            (candidate) => phaseOn(candidate, decision)?.kind === 'child-in-need',
          )
        : undefined;
      if (!c) {
        const family = this.familyForReferral(pools, decision);
        const children = this.caseChildren(family, decision, r.chance(0.3));
        if (!children.length) {
          made++;
          continue;
        }
        c = this.openCase(family, children, decision - r.int(0, 3), {
          outcome: r.chance(0.5) ? 'strategy-discussion' : 'referral',
        });
        const assessment = c.assessment!;
        assessment.outcome = outcome === 'child-in-need-plan' ? 'child-in-need-plan' : 'no-further-action';
        if (outcome === 'child-in-need-plan')
          this.replacePhasesFrom(c, assessment.authorised, [this.childInNeedPhase(assessment.authorised)]);
        else {
          c.familyEnd = assessment.authorised;
          c.closureReason = closedAfterEnquiry;
        }
      }
      const decidesEnquiry = r.chance(0.9);
      c.strategies.push(this.strategy(Math.max(decision, c.referralDay), null, decidesEnquiry ? outcome : null));
      made += decidesEnquiry ? c.children.length : 0;
      if (!decidesEnquiry) made++;
    }
  }

  /** The rest of the month's referrals, down the paths referrals take. */
  private remainingReferrals(step: Step, pools: Pools): void {
    const r = this.random;
    this.totals.referralsTarget += this.expected(step, this.settings.referrals.per10k);
    let guard = 0;
    while (this.totals.referrals < this.totals.referralsTarget && guard++ < 100_000) {
      const day = this.dayIn(step, false);
      const family = this.familyForReferral(pools, day);
      const children = this.caseChildren(family, day, r.chance(this.settings.families.oneChildOfFamily));
      if (!children.length) continue;
      const noFurtherAction = r.chance(this.settings.referrals.noFurtherActionShare);
      const c = this.openCase(family, children, day, { noAssessment: noFurtherAction });
      if (noFurtherAction) {
        c.noFurtherAction = true;
        c.familyEnd = c.referralDay;
        c.closureReason = 'RC8';
        continue;
      }
      const assessment = c.assessment!;
      const path = this.decks.path.deal();
      if (path === 'assessment-nfa') {
        c.familyEnd = assessment.authorised;
        c.closureReason = 'RC8';
      } else if (path === 'assessment-early-help') {
        assessment.outcome = 'early-help';
        c.familyEnd = assessment.authorised;
        c.closureReason = 'RC9';
        c.stepDownToEarlyHelp = true;
        for (const child of children) this.startEarlyHelp(child, assessment.authorised + r.int(1, 10), { case: c });
      } else if (path === 'assessment-other') {
        assessment.outcome = 'other-agency';
        c.familyEnd = assessment.authorised;
        c.closureReason = 'RC7';
      } else if (path === 'child-in-need') {
        assessment.outcome = 'child-in-need-plan';
        this.replacePhasesFrom(c, assessment.authorised, [this.childInNeedPhase(assessment.authorised)]);
      } else {
        const decision = this.workingDays.add(c.referralDay, r.int(1, 12));
        const outcome = r.weighted({
          'not-substantiated': 50,
          'child-in-need-plan': 30,
          'no-further-action': 20,
        } as const);
        c.strategies.push(this.strategy(decision, null, outcome));
        assessment.authorised = Math.max(assessment.authorised, decision + 2);
        assessment.outcome = outcome === 'child-in-need-plan' ? 'child-in-need-plan' : 'no-further-action';
        if (outcome === 'child-in-need-plan')
          this.replacePhasesFrom(c, assessment.authorised, [this.childInNeedPhase(assessment.authorised)]);
        else {
          c.familyEnd = assessment.authorised;
          c.closureReason = closedAfterEnquiry;
        }
      }
    }
  }

  // ---- court ----------------------------------------------------------------------------

  private preferredSize<T extends { children: SimChild[] }>(candidates: T[], size: number): T[] {
    const live = (candidate: T) => candidate.children.length;
    for (const distance of [0, -1, 1, -2, 2, -3, 3, 4]) {
      const matching = candidates.filter((candidate) => live(candidate) === size + distance);
      if (matching.length) return matching;
    }
    return candidates;
  }

  private preProceedingsEntries(step: Step, pools: Pools): void {
    const r = this.random;
    const wd = this.workingDays;
    this.totals.preProceedingsTarget += this.expected(step, this.settings.court.preProceedingsFamiliesPer10k);
    for (let guard = 0; this.totals.preProceedings < this.totals.preProceedingsTarget - 0.5 && guard < 40; guard++) {
      const start = this.dayIn(step);
      // Sibling groups enter together: keep the running children per family on the profile's 1.79.
      const dealt = Number(this.decks.courtFamilySize.deal());
      const behind =
        this.totals.preProceedingsChildren <
        this.settings.court.preProceedingsChildrenPerFamily * (this.totals.preProceedings + 1) - 1;
      const size = behind && dealt < 3 ? dealt + 1 : dealt;
      // Families on child protection plans mostly, and some on child in need plans.
      const eligible = (c: Case) =>
        !pools.taken.has(c.family) &&
        !!phaseOn(c, start) &&
        c.children.every((child) => !c.departed.has(child)) &&
        !this.activeCourt(c, start);
      const candidates = this.preferredSize(
        [...pools.openProtection.filter(eligible), ...pools.openChildInNeed.filter(eligible)],
        size,
      );
      if (!candidates.length) continue;
      const c = pickYoungest(r, candidates, (candidate) =>
        phaseOn(candidate, start)?.kind === 'child-protection' ? 3 : 1,
      );
      pools.taken.add(c.family);
      const letter = start + r.int(2, 10);
      const meeting = wd.add(letter, r.int(5, 12));
      const decision = r.chance(0.85) ? wd.add(meeting, r.int(45, 78)) : wd.add(meeting, r.int(80, 110));
      const legalPlanning = [start];
      const extra =
        r.int(this.settings.court.legalPlanningMeetings[0], this.settings.court.legalPlanningMeetings[1]) - 1;
      for (let k = 1; k <= extra; k++)
        legalPlanning.push(
          Math.min(decision, wd.add(start, Math.round((k * (wd.between(start, decision) - 1)) / (extra + 0.5)))),
        );
      const reviews: Day[] = [];
      for (let review = wd.add(meeting, r.int(25, 32)); review < decision; review = wd.add(review, r.int(27, 34)))
        reviews.push(review);
      const record: PreProceedings = {
        key: this.preProceedings.length + 1,
        case: c,
        children: c.children.filter((child) => this.underEighteenFor(child, start, 90)),
        start,
        letter,
        meeting,
        legalPlanning: [...new Set(legalPlanning)],
        reviews,
        decision,
        outcome: this.decks.preProceedingsOutcome.deal(),
      };
      if (!record.children.length) continue;
      this.totals.preProceedings++;
      this.totals.preProceedingsChildren += record.children.length;
      this.preProceedings.push(record);
      c.preProceedings.push(record);
      this.keepOpenUntil(c, decision + 45);
      if (record.outcome === 'issue-proceedings') this.pendingIssues.push(record);
    }
  }

  private activeCourt(c: Case, day: Day): boolean {
    return (
      c.preProceedings.some((p) => p.start <= day && day <= p.decision) ||
      c.proceedings.some((p) => p.issue <= day && day <= p.conclusion + 60)
    );
  }

  private proceedingsIssues(step: Step, pools: Pools): void {
    const r = this.random;
    // The month's issues, nudged towards the number of families the profile has in proceedings.
    const inProceedings = this.proceedings.filter((p) => p.issue <= step.start && p.conclusion > step.start).length;
    const wanted = (this.settings.court.familiesInProceedingsPer10k * step.population) / 10_000;
    const nudge = step.start >= this.historyStart - 180 ? 0.2 * (wanted - inProceedings) : 0;
    this.totals.proceedingsTarget += Math.max(
      0,
      this.expected(step, this.settings.court.proceedingsFamiliesPer10k) + nudge,
    );
    const due = this.pendingIssues.filter((record) => {
      const issue = this.workingDays.add(record.decision, 0);
      return issue <= step.end;
    });
    this.pendingIssues = this.pendingIssues.filter((record) => !due.includes(record));
    for (const record of due) {
      const issue = Math.max(step.start, this.workingDays.add(record.decision, r.int(0, 8)));
      const children = record.children.filter(
        (child) => this.underEighteenFor(child, issue, 60) && !this.inCareOn(child, issue),
      );
      if (children.length && caseEnd(record.case) > issue)
        this.issue(record.case, children, Math.min(issue, step.end), record, false);
    }
    let guard = 0;
    while (this.totals.proceedings < this.totals.proceedingsTarget - 0.5 && guard++ < 50) {
      const issue = this.dayIn(step);
      // Keep the share of families issued with three or more siblings on the profile (Q3 report 7.133).
      const sizes = this.settings.court.familySize;
      const largeShare = (sizes[3] + sizes[4] + sizes[5]) / (sizes[1] + sizes[2] + sizes[3] + sizes[4] + sizes[5]);
      const dealt = Number(this.decks.courtFamilySize.deal());
      const wantLarge = this.totals.issuedLarge < largeShare * (this.totals.proceedings + 1);
      const crowded =
        this.totals.proceedingsChildren > this.settings.court.proceedingsChildrenPerFamily * this.totals.proceedings;
      const size = wantLarge
        ? Math.max(dealt, r.pick([3, 3, 3, 4, 5]))
        : crowded
          ? 1
          : dealt >= 3
            ? r.pick([1, 2])
            : dealt;
      const emergency = r.chance(0.3);
      if (emergency) {
        const youngest = r.chance(0.55) ? 0 : undefined;
        const family = this.newFamily(issue, { size, indexAge: youngest === 0 ? r.int(0, 6) : undefined, youngest });
        const children = this.caseChildren(family, issue, false);
        if (!children.length) continue;
        const c = this.openCase(family, children, issue - r.int(0, 2), {
          outcome: 'strategy-discussion',
          source: r.pick(['6', '3E', '3F', '3B']),
        });
        c.assessment!.outcome = 'looked-after';
        c.strategies.push(this.strategy(c.referralDay, null, 'child-in-need-plan'));
        c.strategies[c.strategies.length - 1]!.enquiry!.conferenceNotRequired = true;
        this.replacePhasesFrom(c, c.assessment!.authorised, [this.childInNeedPhase(c.assessment!.authorised, 12)]);
        this.issue(c, children, Math.max(issue, c.referralDay + 1), null, true);
        continue;
      }
      const eligible = (c: Case) =>
        !pools.taken.has(c.family) &&
        !!phaseOn(c, issue) &&
        c.children.every((child) => !c.departed.has(child)) &&
        !this.activeCourt(c, issue);
      const candidates = this.preferredSize(
        [...pools.openProtection.filter(eligible), ...pools.openChildInNeed.filter(eligible)],
        size,
      );
      if (!candidates.length) continue;
      const c = pickYoungest(r, candidates, (candidate) =>
        phaseOn(candidate, issue)?.kind === 'child-protection' ? 3 : 1,
      );
      pools.taken.add(c.family);
      const children = c.children.filter((child) => this.underEighteenFor(child, issue, 60));
      if (children.length) this.issue(c, children, issue, null, r.chance(0.25));
    }
  }

  /** Care proceedings issued: children looked after under interim orders, the timetable, and the final orders with what follows. */
  private issue(
    c: Case,
    candidates: SimChild[],
    issue: Day,
    preProceedings: PreProceedings | null,
    emergency: boolean,
  ): void {
    const r = this.random;
    // A child looked after until (or since) about now is not brought into new proceedings: a period of care cannot touch another.
    const children = candidates.filter(
      (child) =>
        !child.stays.some((stay) => stay.end >= issue - 7 && stay.start <= issue + 7) &&
        c.departed.get(child)?.stay === undefined,
    );
    if (!children.length) return;
    const s = this.settings.court;
    const band = this.decks.duration.deal() as string;
    const [minWeeks, maxWeeks] = band.split('-').map(Number) as [number, number];
    const conclusion = this.conclusionDay(issue, issue + minWeeks * 7, issue + maxWeeks * 7);
    const extensions: Proceedings['extensions'] = [];
    for (let granted = issue + 25 * 7; granted < conclusion; granted += 8 * 7)
      extensions.push({ granted, weeks: Math.min(8, Math.ceil((conclusion - granted) / 7)) || 1 });
    const proceedings: Proceedings = {
      key: this.proceedings.length + 1,
      case: c,
      children,
      preProceedings,
      issue,
      conclusion,
      court: r.pick(s.courts),
      extensions,
      orders: new Map(),
    };
    this.proceedings.push(proceedings);
    c.proceedings.push(proceedings);
    this.totals.proceedings++;
    if (children.length >= 3) this.totals.issuedLarge++;
    this.totals.proceedingsChildren += children.length;
    const inCare = r.weighted({ all: 72, none: 16, some: 12 });
    for (const child of children) {
      const looked =
        inCare === 'all' || (inCare === 'some' && (child === children[children.length - 1] || r.chance(0.4)));
      const age = ageOn(child.dateOfBirth, conclusion);
      const order = (
        looked ? (age < 5 ? this.decks.ordersInCareUnderFive : this.decks.ordersInCare) : this.decks.ordersAtHome
      ).deal() as string;
      proceedings.orders.set(child, order);
      if (!looked) continue;
      // Police protection lasts at most 72 hours (Children Act 1989 s46, 903 rule 361), an emergency protection order 8 days.
      const protection = r.pick(['L1', 'L2']);
      const start = emergency ? Math.max(c.referralDay, issue - r.int(1, protection === 'L1' ? 3 : 6)) : issue;
      const stay = this.startStay(
        child,
        c,
        start,
        emergency ? 'emergency' : 'interim-care-order',
        start < issue ? protection : 'C1',
      );
      stay.proceedings = proceedings;
      if (emergency && start < issue) stay.legal.push({ day: issue, status: 'C1' });
      this.applyOrder(stay, order, conclusion);
    }
    // Children at home stay on their plans until the court decides, and are supported for some months after.
    if (children.some((child) => !c.departed.has(child))) this.keepOpenUntil(c, addMonths(conclusion, r.int(2, 6)));
  }

  private readonly conclusionsByMonth = new Map<number, number>();

  /** The share of proceedings lasting at most `weeks`, by the duration bands' shares. */
  private durationShareWithin(weeks: number): number {
    const bands = Object.entries(this.settings.court.durationWeeks) as [string, number][];
    const total = bands.reduce((sum, [, share]) => sum + share, 0);
    let within = 0;
    for (const [band, share] of bands) {
      const [min, max] = band.split('-').map(Number) as [number, number];
      within += (share / total) * Math.min(1, Math.max(0, (weeks - min) / (max - min)));
    }
    return within;
  }

  /**
   * The day proceedings conclude, within the duration band dealt: in the month of that window furthest
   * behind the conclusions it should already have from proceedings issued so far (the profile's rate
   * times the share of durations that long), so families concluded each year hold steady.
   */
  private conclusionDay(issue: Day, earliest: Day, latest: Day): Day {
    const r = this.random;
    const monthOf = (day: Day) => {
      const { year, month } = civil(day);
      return year * 12 + month - 1;
    };
    const startOf = (month: number) =>
      dayOfIso(`${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`);
    const perMonth = (this.settings.court.proceedingsFamiliesPer10k * this.populationOn(this.end)) / 10_000 / 12;
    let best = monthOf(earliest);
    let bestGap = -Infinity;
    for (let month = monthOf(earliest); month <= monthOf(latest); month++) {
      const middle = startOf(month) + 15;
      const expected = perMonth * (1 - this.durationShareWithin((middle - issue) / 7));
      const gap = expected - (this.conclusionsByMonth.get(month) ?? 0) + r.next() * 0.01;
      if (gap > bestGap) {
        bestGap = gap;
        best = month;
      }
    }
    this.conclusionsByMonth.set(best, (this.conclusionsByMonth.get(best) ?? 0) + 1);
    const monthStart = startOf(best);
    const first = Math.max(earliest, monthStart);
    const last = Math.min(latest, addMonths(monthStart, 1) - 1);
    const day = this.workingDays.onOrAfter(first + r.int(0, Math.max(0, last - first)));
    return Math.min(day, latest);
  }

  /** What a final order means for a child in care: a care or placement order keeps them looked after; others end the stay. */
  private applyOrder(stay: CareStay, order: string, conclusion: Day): void {
    const r = this.random;
    const p = this.settings.permanence;
    const endAt = (day: Day, reason: string) => {
      if (day < stay.end) {
        stay.end = day;
        stay.endReason = reason;
      }
    };
    if (order === 'care-order') stay.legal.push({ day: conclusion, status: 'C2' });
    else if (order === 'placement-order') {
      stay.legal.push({ day: conclusion, status: 'E1' });
      const fosteringForAdoption = r.chance(0.15);
      const decision = Math.min(conclusion, Math.max(stay.start + 1, conclusion - r.int(20, 80)));
      const route: NonNullable<CareStay['adoption']> = {
        decision,
        placementOrder: conclusion,
        matched: null,
        placed: null,
        adoptionOrder: null,
        ended: null,
        fosteringForAdoption,
      };
      if (r.chance(p.adoptionDisrupted)) {
        route.ended = { day: conclusion + r.int(200, 400), reason: 'no-adopters-found' };
        // With no adopters found the placement order is revoked: the care order stands (903 rule 553).
        stay.legal.push({ day: route.ended.day, status: 'C2' });
      } else {
        // Fostered for adoption, the child's foster carers become their adopters as the placement order is made.
        route.matched = fosteringForAdoption
          ? conclusion
          : conclusion + r.int(p.placementOrderToMatchDays[0], p.placementOrderToMatchDays[1]);
        route.placed = fosteringForAdoption
          ? conclusion
          : route.matched + r.int(p.matchToPlacedDays[0], p.matchToPlacedDays[1]);
        route.adoptionOrder = route.placed + r.int(p.placedToOrderDays[0], p.placedToOrderDays[1]);
        stay.placements.push({
          day: route.placed,
          spec: { group: 'adoption', type: fosteringForAdoption ? 'A5' : 'A6' },
          reason: 'CARPL',
        });
        endAt(route.adoptionOrder, r.chance(0.7) ? 'E11' : 'E12');
      }
      stay.adoption = route;
    } else if (order === 'special-guardianship-order') {
      stay.specialGuardianship = conclusion;
      const kin = stay.placements[stay.placements.length - 1]?.spec.group === 'kinship';
      endAt(conclusion, kin ? 'E45' : r.pick(['E46', 'E47', 'E47', 'E48']));
    } else if (order === 'child-arrangements-order') endAt(conclusion, 'E41');
    else endAt(conclusion, 'E4A');
  }

  // ---- care -----------------------------------------------------------------------------

  private readonly placementDecks = new Map<string, Deck<string>>();

  /** A first placement, dealt from a deck per age band and route so the mix holds in a small county too. */
  private placementFor(age: number, route: CareStay['route']): string {
    const band = ageBand(age);
    const unaccompanied = route === 'unaccompanied';
    const withParents = route !== 'section-20' && route !== 'emergency' && !unaccompanied;
    const key = `${band}:${unaccompanied ? 'unaccompanied' : withParents ? 'order' : 'voluntary'}`;
    let deck = this.placementDecks.get(key);
    if (!deck) {
      const weights: Record<string, number> = unaccompanied
        ? age >= 16
          ? { supported: 45, foster: 45, residential: 10 }
          : { foster: 85, residential: 15 }
        : { ...this.settings.lookedAfter.placementByAge[band], adoption: 0, ...(withParents ? {} : { parents: 0 }) };
      this.placementDecks.set(key, (deck = new Deck(this.random.fork(`placements-${key}`), weights)));
    }
    return deck.deal();
  }

  startStay(child: SimChild, c: Case, start: Day, route: CareStay['route'], legal: string): CareStay {
    const r = this.random;
    const age = ageOn(child.dateOfBirth, start);
    const eighteen = addYears(child.dateOfBirth, 18);
    const stay: CareStay = {
      key: this.stays.length + 1,
      child,
      case: c,
      start,
      end: eighteen,
      endReason: child.unaccompanied ? r.weighted({ E5: 60, E6: 20, E17: 15, E8: 5 }) : this.decks.leavingAt18.deal(),
      route,
      legal: [{ day: start, status: legal }],
      placements: [{ day: start, spec: { group: this.placementFor(age, route) } }],
      proceedings: null,
      adoption: null,
      specialGuardianship: null,
      discretionary: false,
    };
    this.stays.push(stay);
    child.stays.push(stay);
    c.stays.push(stay);
    c.departed.set(child, { day: start, stay });
    if (start >= this.simulationStart) this.totals.starts++;
    return stay;
  }

  private unaccompaniedArrivals(step: Step): void {
    const count = this.carries.unaccompanied.take(this.expected(step, this.settings.lookedAfter.unaccompaniedPer10k));
    for (let i = 0; i < count; i++) this.unaccompaniedChild(this.dayIn(step, false));
  }

  private unaccompaniedChild(day: Day): CareStay {
    const child = this.newUnaccompaniedChild(day);
    const c = this.openCase(child.family, [child], day, { source: this.random.pick(['7', '6', '5C']) });
    c.assessment!.outcome = 'looked-after';
    child.disabilities = [];
    // An age drawn on arrival can pass 18 by the day of the referral: such a young person is still a child here.
    while (addYears(child.dateOfBirth, 18) <= c.referralDay) child.dateOfBirth += 365;
    return this.startStay(child, c, c.referralDay, 'unaccompanied', 'V2');
  }

  /** Children accommodated under section 20 this month: whatever the month's starts still need. */
  private section20Starts(step: Step, pools: Pools): void {
    const r = this.random;
    this.totals.startsTarget += this.expected(
      step,
      this.settings.lookedAfter.startsPer10k[step.lastYear ? 'lastYear' : 'earlier'],
    );
    let guard = 0;
    while (this.totals.starts < this.totals.startsTarget - 0.5 && guard++ < 200) {
      const day = this.dayIn(step);
      const band = this.decks.startAge.deal() as string;
      const [minAge, maxAge] = band.includes('-')
        ? (band.split('-').map(Number) as [number, number])
        : [Number(band), Number(band)];
      const fits = (child: SimChild) => {
        const age = ageOn(child.dateOfBirth, day);
        return age >= minAge && age <= maxAge && this.underEighteenFor(child, day, 30) && !this.inCareOn(child, day);
      };
      const c = takeFrom(
        r,
        pools.open,
        pools.taken,
        (candidate) => candidate.family,
        (candidate) =>
          !this.activeCourt(candidate, day) &&
          candidate.children.some((child) => fits(child) && !candidate.departed.has(child)) &&
          (phaseOn(candidate, day)?.start ?? day) < day,
      );
      if (c) {
        const child = c.children.find((candidate) => fits(candidate) && !c.departed.has(candidate))!;
        this.startStay(child, c, day, 'section-20', 'V2');
        continue;
      }
      const family = this.newFamily(day, {
        indexAge: r.int(minAge, maxAge),
        size: r.weighted({ 1: 50, 2: 30, 3: 20 }),
      });
      const candidates = this.caseChildren(family, day, false).filter(fits);
      if (!candidates.length) continue;
      const fresh = this.openCase(family, candidates.slice(0, 1), day - r.int(0, 5), {
        source: r.pick(['1A', '6', '2A', '1C']),
      });
      fresh.assessment!.outcome = 'looked-after';
      this.startStay(
        candidates[0]!,
        fresh,
        Math.max(fresh.referralDay + r.int(0, 5), fresh.referralDay),
        'section-20',
        'V2',
      );
    }
  }

  /** Children leaving care this month: those who must (18, orders, adoption) and as many more as the month's rate needs. */
  private careEndings(step: Step): void {
    const r = this.random;
    this.totals.ceasedTarget += this.expected(
      step,
      this.settings.lookedAfter.ceasedPer10k[step.lastYear ? 'lastYear' : 'earlier'],
    );
    const ending = this.stays.filter((stay) => stay.end >= step.start && stay.end <= step.end && stay.start < stay.end);
    this.totals.ceased += ending.length;
    const needed = Math.round(this.totals.ceasedTarget - this.totals.ceased);
    if (needed <= 0) return;
    const running = this.stays.filter(
      (stay) =>
        stay.start < step.start - 14 &&
        stay.end > step.end &&
        !stay.adoption &&
        (stay.proceedings === null || stay.proceedings.conclusion < step.start) &&
        addYears(stay.child.dateOfBirth, 18) > step.end + 30,
    );
    const voluntary = r.shuffle(
      running.filter((stay) => stay.legal[stay.legal.length - 1]!.status === 'V2' && !stay.child.unaccompanied),
    );
    const ordered = r.shuffle(
      running.filter(
        (stay) => stay.legal[stay.legal.length - 1]!.status === 'C2' && ageOn(stay.child.dateOfBirth, step.end) < 16,
      ),
    );
    // Voluntary stays end first while more children are accommodated under s20 than the profile's share (89 % under an order).
    const all = this.stays.filter((stay) => stay.start <= step.end && stay.end > step.end);
    let voluntaryNow = all.filter((stay) => stay.legal.filter((l) => l.day <= step.end).pop()?.status === 'V2').length;
    const chosen: CareStay[] = [];
    while (chosen.length < needed && (voluntary.length || ordered.length)) {
      const overShare = voluntaryNow > (1 - this.settings.lookedAfter.courtOrderShare) * all.length;
      const stay = (overShare && voluntary.length) || !ordered.length ? voluntary.pop()! : ordered.pop()!;
      if (stay.legal[stay.legal.length - 1]!.status === 'V2') voluntaryNow--;
      chosen.push(stay);
    }
    for (const stay of chosen) {
      const day = Math.max(
        this.dayIn(step),
        stay.start + 1,
        ...stay.legal.map((l) => l.day + 1),
        ...stay.placements.map((p) => p.day + 1),
      );
      if (day > step.end) continue;
      stay.end = day;
      stay.discretionary = true;
      const legal = stay.legal[stay.legal.length - 1]!.status;
      stay.endReason =
        legal === 'V2'
          ? r.weighted({ E4A: 55, E13: 15, E8: 10, E4B: 10, E3: 5, E41: 5 })
          : r.weighted({ E4A: 35, E45: 20, E47: 10, E41: 15, E8: 10, E3: 10 });
      if (stay.endReason === 'E45' || stay.endReason === 'E47') stay.specialGuardianship = day;
      this.totals.ceased++;
    }
  }

  // ---- the opening county ---------------------------------------------------------------

  /** Children already looked after when the simulation starts, with their stays back-dated. */
  private openingStock(steps: Step[]): void {
    const r = this.random;
    const s = this.settings.lookedAfter;
    let expectedNet = 0;
    for (const step of steps) {
      expectedNet +=
        this.expected(step, s.startsPer10k[step.lastYear ? 'lastYear' : 'earlier']) -
        this.expected(step, s.ceasedPer10k[step.lastYear ? 'lastYear' : 'earlier']);
    }
    const endPopulation = this.populationOn(this.end);
    const target = Math.max(0, Math.round((s.per10kAtEnd * endPopulation) / 10_000 - expectedNet));
    const start = this.simulationStart;
    const unaccompanied = Math.round(((s.unaccompaniedPer10k * endPopulation) / 10_000) * 1.6);
    for (let i = 0; i < unaccompanied; i++) {
      const stay = this.unaccompaniedChild(start - r.int(10, 600));
      while (addYears(stay.child.dateOfBirth, 18) <= start + 30) stay.child.dateOfBirth += 365;
      stay.end = addYears(stay.child.dateOfBirth, 18);
    }
    let made = unaccompanied;
    while (made < target) {
      const band = this.decks.stockAge.deal() as string;
      const [minAge, maxAge] = band.split('-').map(Number) as [number, number];
      const age = r.int(minAge, maxAge);
      const size = Math.min(target - made, Number(r.weighted({ 1: 62, 2: 25, 3: 10, 4: 3 })));
      const family = this.newFamily(start, { size, indexAge: age });
      const children = family.children.filter((child) => this.underEighteenFor(child, start, 30));
      if (!children.length) continue;
      const yearsInCare = Math.max(
        0.15,
        Math.min(
          ageOn(children[children.length - 1]!.dateOfBirth, start) + 0.3,
          r.next() < 0.3 ? r.next() * 1.5 : 1 + r.next() * 9,
        ),
      );
      const careStart = Math.max(
        ...children.map((child) => child.dateOfBirth + 14),
        start - Math.round(yearsInCare * 365),
      );
      const c = this.openCase(family, children, careStart - r.int(0, 40), { source: this.contactSource() });
      c.assessment!.outcome = 'looked-after';
      c.familyEnd = c.assessment!.authorised;
      c.closureReason = 'RC7';
      const legalRoll = r.next();
      for (const child of children) {
        const childAge = ageOn(child.dateOfBirth, start);
        const legal = legalRoll < 1 - s.courtOrderShare ? 'V2' : childAge < 4 && legalRoll > 0.97 ? 'E1' : 'C2';
        const stay = this.startStay(
          child,
          c,
          Math.max(careStart, c.referralDay + 1),
          'opening',
          legal === 'V2' ? 'V2' : 'C1',
        );
        stay.route = 'opening';
        const ordered = Math.max(stay.start + 1, Math.min(start - 1, stay.start + r.int(150, 360)));
        if (legal === 'C2') stay.legal.push({ day: ordered, status: 'C2' });
        if (legal === 'E1') this.applyOrder(stay, 'placement-order', Math.max(ordered, start - r.int(10, 120)));
        stay.placements[0]!.spec.group = this.placementFor(
          childAge,
          legal === 'V2' ? 'section-20' : 'interim-care-order',
        );
        made++;
      }
    }
  }

  // ---- pools ----------------------------------------------------------------------------

  private pools(step: Step): Pools {
    const closedBy = step.start - 60;
    const recentFrom = addMonths(step.end, -12) + 5;
    const oldBefore = addMonths(closedBy - 10, -12);
    const pools: Pools = {
      recent: [],
      old: [],
      secondRecent: [],
      secondOld: [],
      openChildInNeed: [],
      openProtection: [],
      open: [],
      taken: new Set(),
    };
    for (const family of this.knownFamilies) {
      const latest = lastCase(family);
      if (latest && family.closedEnd === undefined) {
        const end = caseEnd(latest);
        // A case that closed before this month can no longer change.
        if (end < step.start) family.closedEnd = end;
      }
      if (latest && family.closedEnd === undefined && openOn(family, step.start)) {
        pools.open.push(latest);
        const phase = phaseOn(latest, step.start);
        const anyInCare = latest.children.some((child) => latest.departed.has(child));
        if (phase?.kind === 'child-in-need' && phase.start <= step.start - 30 && !anyInCare)
          pools.openChildInNeed.push(latest);
        if (phase?.kind === 'child-protection' && phase.start <= step.start - 35 && !anyInCare)
          pools.openProtection.push(latest);
        continue;
      }
      if (latest && (family.closedEnd ?? never) >= closedBy) continue;
      if (!family.children.some((child) => this.underEighteenFor(child, step.end, 365))) continue;
      const lastReferral = family.lastReferral;
      if (lastReferral >= recentFrom) (family.hadPlan ? pools.secondRecent : pools.recent).push(family);
      else if (lastReferral < oldBefore) (family.hadPlan ? pools.secondOld : pools.old).push(family);
    }
    return pools;
  }

  run(progress: (fraction: number, label: string) => void = () => undefined): void {
    const steps = this.steps();
    this.openingStock(steps);
    // The opening stock's back-dated referrals are not this county's flow: the running shares start now.
    Object.assign(this.totals, { referrals: 0, reReferrals: 0, assessed: 0, late: 0, starts: 0 });
    steps.forEach((step, index) => {
      const pools = this.pools(step);
      this.protectionStarts(step, pools);
      this.enquiriesWithoutConference(step, pools);
      this.unaccompaniedArrivals(step);
      this.preProceedingsEntries(step, pools);
      this.proceedingsIssues(step, pools);
      this.section20Starts(step, pools);
      this.careEndings(step);
      this.remainingReferrals(step, pools);
      this.contactsWithoutReferral(step, pools);
      if (index % 6 === 0) progress(index / steps.length, 'simulating the county');
    });
  }
}

function dayOfIso(iso: string): Day {
  return Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000,
  );
}

/** Takes a random member of a pool that is still free (and passes a test), marking its family taken. */
function takeFrom<T>(
  random: Random,
  pool: T[],
  taken: Set<SimFamily>,
  familyOf: (item: T) => SimFamily,
  test: (item: T) => boolean = () => true,
): T | undefined {
  for (let tries = 0; tries < 12 && pool.length; tries++) {
    const index = Math.floor(random.next() * pool.length);
    const item = pool[index]!;
    const family = familyOf(item);
    if (taken.has(family) || !test(item)) {
      if (taken.has(family)) {
        pool[index] = pool[pool.length - 1]!;
        pool.pop();
      }
      continue;
    }
    pool[index] = pool[pool.length - 1]!;
    pool.pop();
    taken.add(family);
    return item;
  }
  return undefined;
}

/** Courts see more young children: pick from candidates weighted towards families with a child under 5. */
function pickYoungest(random: Random, candidates: Case[], weight: (c: Case) => number): Case {
  const weights = candidates.map(
    (c, i) =>
      [i, weight(c) * (c.children.some((child) => child.dateOfBirth > c.referralDay - 5 * 365) ? 3 : 1)] as const,
  );
  return candidates[random.weighted(weights)]!;
}
