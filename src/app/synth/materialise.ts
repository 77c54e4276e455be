// Turns the simulated county into the rows Harbour's stores would have written: the same
// columns, valid codes, and dates up to the end date only (anything planned later is work still
// open: an assessment not yet authorised, a plan still running, a child still looked after).
import { nhsCheckDigit } from '../../areas/people/index.ts';
import { addMonths, addYears, ageOn, dayOf, iso, londonInstant, type Day } from './dates.ts';
import type { CountySettings } from './settings.ts';
import { tracked, type Tables } from './tables.ts';
import { Deck, Random } from './random.ts';
import { apportion } from './population.ts';
import {
  caseEnd,
  closureOf,
  never,
  type Case,
  type CareStay,
  type Contact,
  type Phase,
  type SimChild,
  type SimFamily,
} from './model.ts';
import type { CountySimulation } from './simulation.ts';
import { outOfCountyDistricts, postcodeIn } from './localities.ts';
import {
  actionOwners,
  contactConcerns,
  contactReasons,
  earlyHelpEndings,
  extensionReasons,
  planActionDescriptions,
  planWording,
  stepDownReasons,
  stepUpReasons,
  wishesAndFeelings,
} from './wording.ts';
import { type ServiceInterval, type TeamKey, type Teams, Workforce } from './workforce.ts';

const ageBand = (age: number) => (age < 5 ? '0-4' : age < 10 ? '5-9' : age < 16 ? '10-15' : '16-17');

interface Placement {
  group: string;
  type: string;
  provider: string | null;
  postcode: string | null;
  urn: string | null;
  longTerm: boolean;
  arrangement: string;
}

export class Materialiser {
  private readonly r: Random;
  private readonly s: CountySettings;
  private readonly end: Day;
  private readonly childIds = new Map<SimChild, number>();
  private readonly familyIds = new Map<SimFamily, number>();
  private readonly contactIds = new Map<Contact, number>();
  private readonly referralIds = new Map<Case, Map<SimChild, number>>();
  private readonly keptCases = new Set<Case>();
  private readonly intervals: ServiceInterval[] = [];
  private readonly periodIds = new Map<CareStay, number>();
  /** The adults of each child's family network, by the child's id. */
  private readonly adultsOf = new Map<number, number[]>();
  private readonly decks;
  /** Periodic records (visits, reviews, checks) are kept for the years of history; earlier cases keep their main events. */
  private readonly periodicFrom: Day;

  constructor(
    private readonly sim: CountySimulation,
    private readonly tables: Tables,
    private readonly teams: Teams,
  ) {
    this.r = sim.random.fork('materialise');
    this.s = sim.settings;
    this.end = sim.end;
    this.periodicFrom = sim.historyStart;
    this.decks = {
      actionDone: new Deck(this.r.fork('actions'), {
        onTime: this.s.planActions.doneOnTime,
        late: this.s.planActions.doneLate,
        notDone: 1 - this.s.planActions.doneOnTime - this.s.planActions.doneLate,
      }),
      placementChange: new Deck(this.r.fork('place-change'), {
        CARPL: 38,
        CREQB: 14,
        CREQO: 10,
        CHILD: 8,
        LAREQ: 8,
        STAND: 3,
        ALLEG: 2,
        CLOSE: 4,
        APPRR: 2,
        OTHER: 11,
      }),
    };
  }

  private d(day: Day): string | null {
    return day <= this.end ? iso(day) : null;
  }

  // ---- which records the county keeps --------------------------------------------------

  /** History starts `years` before the end: cases from the warm-up are kept only while they still matter. */
  private keep(c: Case): boolean {
    return (
      caseEnd(c) >= this.sim.historyStart ||
      c.phases.some((phase) => phase.kind === 'child-protection') ||
      c.stays.length > 0 ||
      c.proceedings.length > 0 ||
      c.preProceedings.length > 0
    );
  }

  run(): void {
    const sim = this.sim;
    const cases = sim.cases.filter((c) => c.referralDay <= this.end && this.keep(c));
    for (const c of cases) this.keptCases.add(c);
    // Contacts of kept cases, others from the years of history, and contacts still awaiting a decision at the end date.
    const contacts = [
      ...cases.map((c) => c.contact),
      ...sim.contacts.filter((contact) => contact.receivedDay >= sim.historyStart && contact.receivedDay <= this.end),
      ...sim.cases.filter((c) => c.referralDay > this.end && c.contact.receivedDay <= this.end).map((c) => c.contact),
    ];
    const keptContacts = new Set(contacts);
    const earlyHelp = sim.earlyHelp.filter(
      (episode) =>
        episode.start <= this.end &&
        ((episode.contact && keptContacts.has(episode.contact)) ||
          (episode.steppedDownFrom && this.keptCases.has(episode.steppedDownFrom))),
    );
    const used = new Set<SimChild>();
    for (const c of cases) for (const child of c.children) used.add(child);
    for (const contact of contacts) for (const child of contact.children) used.add(child);
    for (const episode of earlyHelp) used.add(episode.child);

    this.people([...used].sort((a, b) => a.key - b.key));
    contacts.sort((a, b) => a.receivedDay - b.receivedDay || a.receivedMinutes - b.receivedMinutes);
    for (const contact of contacts) this.contact(contact);
    cases.sort((a, b) => a.referralDay - b.referralDay || a.key - b.key);
    for (const c of cases) this.referrals(c);
    for (const episode of earlyHelp) this.earlyHelp(episode);
    for (const c of cases) this.caseWork(c);
    for (const c of cases) this.court(c);
    const stays = cases
      .flatMap((c) => c.stays)
      .filter((stay) => stay.start <= this.end)
      .sort((a, b) => a.start - b.start || a.key - b.key);
    this.finalPlacements = this.placementsOnTheEndDate(stays.filter((stay) => stay.end > this.end));
    for (const stay of stays) this.stay(stay);
    for (const child of [...used].sort((a, b) => a.key - b.key)) this.missing(child);
    const workforce = new Workforce(this.s, this.r.fork('workforce'), sim.faker, this.tables, this.end, this.teams);
    // A care leaver's record follows their last stay.
    const leaving = new Map<SimChild, CareStay>();
    for (const stay of stays) if (this.careLeaverPlan(stay)) leaving.set(stay.child, stay);
    const leavers = [...leaving.values()].sort((a, b) => a.start - b.start || a.key - b.key);
    this.leavingCareIntervals(leavers);
    workforce.run(this.intervals, sim.simulationStart);
    for (const stay of leavers) this.careLeaver(stay, workforce);
    this.namePeople(workforce);
  }

  /**
   * Who visited (the child's worker that day), who chaired each conference and looked-after review (a
   * reviewing officer in post) and who owns each plan action: known only once the workforce has run through the years.
   * An action for the worker of a child allocated to nobody that day, or for a parent of a child
   * with none recorded, goes to a professional instead.
   */
  private namePeople(workforce: Workforce): void {
    const t = this.tables;
    for (const visit of t.rows.get('visits') ?? [])
      visit.visited_by_worker_id = workforce.allocatedOn(visit.child_id as number, dayOf(visit.visit_date as string));
    for (const key of ['child_protection_conferences:initial', 'child_protection_conferences:review'] as const)
      for (const conference of t.rows.get(key) ?? [])
        conference.chair_worker_id = workforce.chairOn(
          conference.child_id as number,
          dayOf(conference.conference_date as string),
        );
    // A looked-after child's reviews are chaired by their reviewing officer, as their conferences are.
    for (const review of t.rows.get('looked_after_reviews') ?? [])
      review.iro_worker_id = workforce.chairOn(review.child_id as number, dayOf(review.review_date as string));
    for (const action of t.rows.get('plan_actions') ?? []) {
      const childId = action.child_id as number;
      const workerId =
        action.owner_kind === 'worker' ? workforce.allocatedOn(childId, dayOf(action.recorded_date as string)) : null;
      const adults = action.owner_kind === 'family-member' ? (this.adultsOf.get(childId) ?? []) : [];
      if (workerId !== null) action.owner_worker_id = workerId;
      else if (adults.length) action.owner_adult_id = adults[(action.id as number) % adults.length]!;
      else
        Object.assign(action, {
          owner_kind: 'professional',
          owner_name: this.sim.faker.person.fullName(),
          owner_agency: action.owner_agency ?? 'School',
        });
    }
  }

  // ---- people ---------------------------------------------------------------------------

  private people(children: SimChild[]): void {
    const t = this.tables;
    let upnSerial = 0;
    let nhsSerial = 0;
    for (const child of children) {
      const age = ageOn(child.dateOfBirth, this.end);
      const firstSeen = Math.max(child.dateOfBirth, child.family.cases[0]?.referralDay ?? child.dateOfBirth);
      const upn = age >= 5 && !child.unaccompanied ? upnFor(++upnSerial, child.dateOfBirth) : null;
      // Most children have an NHS number; a baby of the last four weeks may not be known to have one
      // yet, nor a child who arrived unaccompanied in the last three months and has no GP yet.
      const nhsNumberUnknown =
        this.end - child.dateOfBirth < 28
          ? 'newborn'
          : child.unaccompanied && this.end - firstSeen < 90
            ? 'uasc'
            : null;
      const id = t.add('children', {
        forename: child.forename,
        surname: child.surname,
        preferred_name: null,
        date_of_birth: iso(child.dateOfBirth),
        expected_date_of_birth: null,
        sex: child.sex,
        ethnicity: child.ethnicity,
        upn,
        // UN1 and UN2 are valid in both returns; UN4 is refused after a week in care (903 rule 210).
        upn_unknown: upn ? null : age < 6 ? 'UN1' : 'UN2',
        nhs_number: nhsNumberUnknown ? null : nhsNumberFor(++nhsSerial),
        nhs_number_unknown: nhsNumberUnknown,
        nhs_number_unknown_detail: null,
        date_of_death: null,
        access_restriction: child.stays.some(
          (stay) =>
            stay.adoption?.adoptionOrder !== undefined &&
            stay.adoption.adoptionOrder !== null &&
            stay.adoption.adoptionOrder <= this.end,
        )
          ? 'adoption'
          : null,
        is_synthetic: true,
        ...tracked(Math.min(firstSeen, this.end)),
      });
      this.childIds.set(child, id);
      for (const code of child.disabilities) t.add('child_disabilities', { child_id: id, code });
    }
    // Families, their adults, the network and the home address.
    const families = [...new Set(children.map((child) => child.family))].sort((a, b) => a.key - b.key);
    for (const family of families) {
      const members = family.children.filter((child) => this.childIds.has(child));
      const created = Math.min(
        this.end,
        Math.min(
          ...members.map((child) => Math.max(child.dateOfBirth, family.cases[0]?.referralDay ?? family.addressFrom)),
        ),
      );
      const familyId = t.add('families', { name: `${family.surname} family`, created_at: `${iso(created)}T12:00:00Z` });
      this.familyIds.set(family, familyId);
      for (const child of members)
        t.add('family_members', { family_id: familyId, child_id: this.childIds.get(child)! });
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const relationship = members[i]!.halfSibling || members[j]!.halfSibling ? 'half-sibling' : 'sibling';
          t.add('relationships', {
            child_id: this.childIds.get(members[i]!)!,
            related_child_id: this.childIds.get(members[j]!)!,
            related_adult_id: null,
            relationship,
            has_parental_responsibility: false,
            start_date: null,
            end_date: null,
            version: 1,
          });
        }
      }
      for (const adult of family.adults) {
        const adultId = t.add('adults', {
          forename: adult.forename,
          surname: adult.surname,
          date_of_birth: iso(adult.dateOfBirth),
          sex: adult.sex,
          is_synthetic: true,
          created_at: `${iso(created)}T12:00:00Z`,
          created_by: null,
          version: 1,
        });
        for (const child of members) {
          const childId = this.childIds.get(child)!;
          this.adultsOf.set(childId, [...(this.adultsOf.get(childId) ?? []), adultId]);
          const relationship =
            adult.relationship === 'step-parent' || (child.halfSibling && adult.sex === 'M') ? 'step-parent' : 'parent';
          t.add('relationships', {
            child_id: this.childIds.get(child)!,
            related_child_id: null,
            related_adult_id: adultId,
            relationship,
            has_parental_responsibility: relationship === 'parent',
            start_date: null,
            end_date: null,
            version: 1,
          });
        }
        t.add('addresses', {
          child_id: null,
          adult_id: adultId,
          line1: family.line1,
          line2: null,
          town: family.town,
          postcode: family.postcode,
          locality: family.hub,
          start_date: iso(Math.min(family.addressFrom, this.end)),
          end_date: null,
          version: 1,
        });
      }
      for (const child of members) {
        const from = Math.min(this.end, Math.max(child.dateOfBirth, family.addressFrom));
        t.add('addresses', {
          child_id: this.childIds.get(child)!,
          adult_id: null,
          line1: family.line1,
          line2: null,
          town: family.town,
          postcode: family.postcode,
          locality: family.hub,
          start_date: iso(from),
          end_date: null,
          version: 1,
        });
        if (child.unaccompanied && child.stays[0]) {
          t.add('immigration_statuses', {
            child_id: this.childIds.get(child)!,
            status: 'UASC',
            start_date: iso(child.stays[0].start),
            end_date: null,
            version: 1,
          });
        }
      }
    }
  }

  // ---- front door, referrals, assessments ------------------------------------------------

  private contact(contact: Contact): void {
    const t = this.tables;
    const r = this.r;
    const receivedAt = londonInstant(contact.receivedDay, contact.receivedMinutes);
    const group = ['6', '2A'].includes(contact.source)
      ? contact.source
      : contact.source.startsWith('3')
        ? 'health'
        : contact.source.startsWith('1')
          ? 'family'
          : 'other';
    const decided = contact.decisionDay + Math.floor(contact.decisionMinutes / 1440);
    const id = t.add('contacts', {
      received_at: receivedAt,
      source: contact.source,
      source_detail: null,
      level_of_need: contact.levelOfNeed,
      consent: contact.consent,
      consent_override_reason:
        contact.consent === 'overridden'
          ? 'Risk of significant harm: seeking consent could place the child at greater risk'
          : null,
      domestic_abuse_notification: contact.domesticAbuse,
      out_of_hours: contact.outOfHours,
      concerns: r.pick(contactConcerns[group]!),
      ...tracked(contact.receivedDay),
      // The load turns triggers off, so the flag the decision's trigger keeps is written here.
      awaiting_decision: decided > this.end,
    });
    this.contactIds.set(contact, id);
    for (const child of [...contact.children].sort((a, b) => this.childIds.get(a)! - this.childIds.get(b)!))
      t.add('contact_children', { contact_id: id, child_id: this.childIds.get(child)! });
    if (decided > this.end) return;
    t.add('contact_decisions', {
      contact_id: id,
      contact_received_at: receivedAt,
      decided_at: londonInstant(contact.decisionDay, contact.decisionMinutes),
      outcome: contact.outcome,
      reasons: r.pick(contactReasons[contact.outcome]!),
      decided_by: null,
      ...tracked(contact.decisionDay),
    });
  }

  /** The day a child stops taking part in the family's case: into care, or their 18th birthday. */
  private departure(c: Case, child: SimChild): Day {
    const departed = c.departed.get(child);
    return Math.min(departed ? departed.day : never, addYears(child.dateOfBirth, 18));
  }

  private closure(c: Case, child: SimChild): { day: Day; reason: string } {
    if (c.noFurtherAction) return { day: c.referralDay, reason: 'RC8' };
    const closure = closureOf(c, child);
    const eighteen = addYears(child.dateOfBirth, 18);
    const day = Math.max(c.referralDay, Math.min(closure.day, eighteen));
    return { day, reason: day === eighteen && closure.day > eighteen ? 'RC7' : closure.reason };
  }

  private referrals(c: Case): void {
    const t = this.tables;
    const ids = new Map<SimChild, number>();
    this.referralIds.set(c, ids);
    for (const child of c.children) {
      const childId = this.childIds.get(child)!;
      const closure = this.closure(c, child);
      const closed = closure.day <= this.end;
      const id = t.add('referrals', {
        child_id: childId,
        referral_date: iso(c.referralDay),
        source: c.source,
        primary_need: c.primaryNeed,
        no_further_action: c.noFurtherAction,
        closure_date: closed ? iso(closure.day) : null,
        closure_reason: closed ? closure.reason : null,
        contact_id: this.contactIds.get(c.contact)!,
        ...tracked(c.referralDay),
      });
      ids.set(child, id);
      this.serviceIntervals(c, child, childId, closed ? closure.day : null);
    }
  }

  /** The teams a child is open to: their locality (or disabled children's) team, then children in care after three months looked after. */
  private serviceIntervals(c: Case, child: SimChild, childId: number, closure: Day | null): void {
    const team: TeamKey = c.primaryNeed === 'N2' ? 'disabled-children' : (c.family.hub as TeamKey);
    const start = c.referralDay;
    const end = closure === null ? null : closure;
    const stay = c.departed.get(child)?.stay;
    const handover = stay ? stay.start + 90 : never;
    if (stay && handover < (end ?? never) && handover <= this.end && team !== 'disabled-children') {
      this.intervals.push({ childId, start, end: handover, team });
      this.intervals.push({ childId, start: handover, end, team: 'children-in-care' });
    } else this.intervals.push({ childId, start, end, team });
  }

  private earlyHelp(episode: SimChild['earlyHelp'][number]): void {
    const childId = this.childIds.get(episode.child)!;
    const stepUpId =
      episode.steppedUp && this.keptCases.has(episode.steppedUp.to)
        ? this.referralIds.get(episode.steppedUp.to)?.get(episode.child)
        : undefined;
    const ended = episode.end <= this.end;
    const downFrom = episode.steppedDownFrom
      ? this.referralIds.get(episode.steppedDownFrom)?.get(episode.child)
      : undefined;
    this.tables.add('early_help_episodes', {
      child_id: childId,
      start_date: iso(episode.start),
      end_date: ended ? iso(episode.end) : null,
      end_reason: ended ? (stepUpId ? 'Stepped up to children’s social care' : this.r.pick(earlyHelpEndings)) : null,
      lead_professional: episode.leadProfessional,
      lead_organisation: episode.leadOrganisation,
      contact_id: episode.contact ? this.contactIds.get(episode.contact)! : null,
      stepped_down_on: downFrom ? iso(episode.start) : null,
      step_down_reason: downFrom ? this.r.pick(stepDownReasons) : null,
      stepped_up_on: stepUpId && episode.steppedUp!.day <= this.end ? iso(episode.steppedUp!.day) : null,
      step_up_reason: stepUpId && episode.steppedUp!.day <= this.end ? this.r.pick(stepUpReasons) : null,
      ...tracked(episode.start),
      stepped_down_from_referral_id: downFrom ?? null,
      stepped_up_to_referral_id: stepUpId && episode.steppedUp!.day <= this.end ? stepUpId : null,
    });
  }

  // ---- assessment, protection and plans ---------------------------------------------------

  private caseWork(c: Case): void {
    const t = this.tables;
    const r = this.r;
    for (const child of c.children) {
      const childId = this.childIds.get(child)!;
      const referralId = this.referralIds.get(c)!.get(child)!;
      const leaves = this.departure(c, child);
      const closure = this.closure(c, child).day;
      const a = c.assessment;
      if (a && !c.noFurtherAction) {
        const authorised = a.authorised <= this.end;
        t.add('assessments', {
          child_id: childId,
          referral_id: referralId,
          start_date: iso(a.start),
          child_seen_date: this.d(a.seen),
          child_seen_alone: a.seen <= this.end && ageOn(child.dateOfBirth, a.seen) >= 5 && r.chance(0.6),
          submitted_date: this.d(a.submitted),
          authorisation_date: this.d(a.authorised),
          authorised_by: null,
          factors: authorised ? factorsFound(a.factors, a.outcome) : [],
          outcome: authorised ? a.outcome : null,
          ...tracked(a.start),
        });
      }
      // Strategy discussions, enquiries and initial conferences: one row per child, as the census counts them.
      const conferences = new Map<Day, number>();
      for (const strategy of c.strategies) {
        if (strategy.decision > this.end || strategy.decision >= leaves || strategy.decision > closure) continue;
        const held = strategy.held <= this.end;
        const sdId = t.add('strategy_discussions', {
          child_id: childId,
          referral_id: referralId,
          decision_date: iso(strategy.decision),
          held_date: held ? iso(strategy.held) : null,
          agencies: held ? agenciesFor(r) : [],
          decision: held ? (strategy.enquiry ? 'section-47' : 'no-section-47') : null,
          ...tracked(strategy.decision),
        });
        if (!held || !strategy.enquiry) continue;
        const enquiry = strategy.enquiry;
        const concluded = enquiry.end <= this.end && enquiry.end < leaves;
        const enquiryId = t.add('section_47_enquiries', {
          child_id: childId,
          strategy_discussion_id: sdId,
          start_date: iso(enquiry.start),
          end_date: concluded
            ? iso(enquiry.end)
            : enquiry.end < leaves
              ? null
              : iso(Math.max(enquiry.start, Math.min(leaves, this.end))),
          outcome: concluded ? enquiry.outcome : enquiry.end < leaves ? null : 'child-in-need-plan',
          // An enquiry that concluded without needing a conference says so (CIN census ICPCnotRequired).
          initial_conference_not_required: concluded
            ? enquiry.outcome !== 'initial-conference' || enquiry.conferenceNotRequired
            : enquiry.end >= leaves,
          ...tracked(enquiry.start),
        });
        const conference = strategy.initialConference;
        if (!conference || conference.day > this.end || conference.day >= leaves || !concluded) continue;
        const plan = conference.plan;
        const id = t.add('child_protection_conferences:initial', {
          child_id: childId,
          type: 'initial',
          conference_date: iso(conference.day),
          section_47_enquiry_id: enquiryId,
          child_protection_plan_id: null,
          outcome: plan ? 'plan' : 'no-plan',
          category: plan ? conference.category : null,
          child_participation: participationFor(r, ageOn(child.dateOfBirth, conference.day)),
          practice_rating: r.weighted({ green: 55, amber: 38, red: 7 }),
          chair_id: null,
          chair_worker_id: null,
          ...tracked(conference.day),
        });
        if (plan) conferences.set(conference.day, id);
      }
      for (const phase of continuedPlans(c.phases)) {
        const stop = Math.min(phase.end, leaves, closure);
        if (phase.start >= stop || phase.start > this.end) continue;
        if (phase.kind === 'child-in-need') this.childInNeedPlan(childId, referralId, phase, stop, child);
        else {
          const conferenceId = conferences.get(phase.start);
          if (conferenceId !== undefined) this.protectionPlan(childId, conferenceId, phase, stop, child);
        }
      }
    }
  }

  private childInNeedPlan(childId: number, referralId: number, phase: Phase, stop: Day, child: SimChild): void {
    const t = this.tables;
    const r = this.r;
    const s = this.s.childInNeed;
    const ended = stop <= this.end;
    const planId = t.add('cin_plans', {
      child_id: childId,
      referral_id: referralId,
      start_date: iso(phase.start),
      end_date: ended ? iso(stop) : null,
      ...tracked(phase.start),
    });
    const last = Math.min(stop - 1, this.end);
    for (let review = phase.start + 84; review <= last; review += 84) {
      const day = r.chance(s.reviewsOnTime) ? review - r.int(0, 10) : review + r.int(3, 25);
      if (day > last) break;
      t.add('cin_plan_reviews', {
        child_id: childId,
        cin_plan_id: planId,
        review_date: iso(day),
        notes: null,
        ...tracked(day),
      });
      review = day;
    }
    this.visits(
      childId,
      'child-in-need',
      phase.start,
      last,
      () => (r.chance(s.visitsOnTime) ? r.int(14, 20) : r.int(21, 32)),
      child,
      this.s.childInNeed.visitsOnTime,
    );
    this.actions(childId, 'child-in-need', planId, phase.start, last, stop);
    this.planVersion(childId, 'child-in-need', planId, phase.start, stop);
  }

  private protectionPlan(childId: number, conferenceId: number, phase: Phase, stop: Day, child: SimChild): void {
    const t = this.tables;
    const r = this.r;
    const wd = this.sim.workingDays;
    const detail = phase.protection!;
    const endedByReview = stop === phase.end && detail.reviews.includes(stop);
    const ended = stop <= this.end;
    const end = ended ? Math.max(stop, phase.start + 1) : null;
    const nineMonths = addMonths(phase.start, 9);
    const seniorReview =
      nineMonths < (end ?? this.end + 1)
        ? Math.min(this.end, r.chance(0.8) ? nineMonths - r.int(0, 10) : nineMonths + r.int(5, 40))
        : null;
    const planId = t.add('child_protection_plans', {
      child_id: childId,
      conference_id: conferenceId,
      start_date: iso(phase.start),
      end_date: end === null ? null : iso(end),
      initial_category: detail.category,
      latest_category: detail.category,
      senior_manager_review_date:
        seniorReview !== null && seniorReview <= this.end && (end === null || seniorReview <= end)
          ? iso(seniorReview)
          : null,
      ...tracked(phase.start),
    });
    for (const review of detail.reviews) {
      if (review > this.end || review > stop || (review === stop && !endedByReview)) break;
      const ends = review === stop && endedByReview;
      t.add('child_protection_conferences:review', {
        child_id: childId,
        type: 'review',
        conference_date: iso(review),
        section_47_enquiry_id: null,
        child_protection_plan_id: planId,
        outcome: ends ? 'end-plan' : 'continue',
        category: null,
        child_participation: participationFor(r, ageOn(child.dateOfBirth, review)),
        practice_rating: r.weighted({ green: 58, amber: 36, red: 6 }),
        chair_id: null,
        chair_worker_id: null,
        ...tracked(review),
      });
    }
    const last = Math.min(stop - 1, this.end);
    // Core groups: the first within 10 working days of the ICPC, then about monthly.
    for (
      let meeting = r.chance(0.86) ? wd.add(phase.start, r.int(5, 10)) : wd.add(phase.start, r.int(11, 18));
      meeting <= last;
      meeting = wd.add(meeting, r.int(18, 28))
    ) {
      t.add('core_group_meetings', {
        child_id: childId,
        child_protection_plan_id: planId,
        meeting_date: iso(meeting),
        notes: null,
        ...tracked(meeting),
      });
    }
    this.visits(
      childId,
      'child-protection',
      phase.start,
      last,
      () => (r.chance(this.s.protection.visitsOnTime) ? r.int(6, 10) : r.int(11, 17)),
      child,
      this.s.protection.visitsOnTime,
    );
    this.actions(childId, 'child-protection', planId, phase.start, last, stop);
    this.planVersion(childId, 'child-protection', planId, phase.start, stop);
  }

  /** Visits at working-day intervals; a child's last visits before the end date may be overdue. */
  private visits(
    childId: number,
    purpose: string,
    from: Day,
    last: Day,
    gap: () => number,
    child: SimChild,
    onTime: number,
  ): void {
    const wd = this.sim.workingDays;
    const r = this.r;
    for (let visit = wd.add(from, r.int(2, 6)); visit <= last; visit = wd.add(visit, gap())) {
      if (visit < this.periodicFrom) continue;
      // Some open cases show an overdue visit at the end date: the last visit before it was missed.
      if (visit > this.end - 14 && !r.chance(onTime)) break;
      const seen = r.chance(0.95);
      const age = ageOn(child.dateOfBirth, visit);
      this.tables.add('visits', {
        child_id: childId,
        visit_date: iso(visit),
        purpose,
        child_seen: seen,
        seen_alone: seen && age >= 5 && r.chance(0.6),
        wishes_and_feelings: seen && age >= 4 && r.chance(0.5) ? r.pick(wishesAndFeelings) : null,
        visited_by: null,
        visited_by_worker_id: null,
        ...tracked(visit),
      });
    }
  }

  /**
   * The plan itself: written and submitted within days of the start and authorised within days
   * after, or still awaiting a manager on the last day. Drawn from a stream of its own, seeded by
   * the plan, so the rest of the county draws as it did before plans had versions.
   */
  private planVersion(
    childId: number,
    planType: 'child-in-need' | 'child-protection',
    planId: number,
    start: Day,
    stop: Day,
  ): void {
    const r = new Random((Math.imul(planId, 2654435761) + (planType === 'child-in-need' ? 1 : 2)) >>> 0);
    const submitted = start + r.int(2, 10);
    if (submitted > this.end || submitted >= stop) return;
    const decided = submitted + r.int(1, 7);
    const authorised = decided <= this.end;
    this.tables.add('plan_versions', {
      child_id: childId,
      plan_type: planType,
      plan_id: planId,
      number: 1,
      what_needs_to_change: r.pick(planWording[planType].whatNeedsToChange),
      contingency: r.pick(planWording[planType].contingency),
      change_reason: null,
      submitted_date: iso(submitted),
      submitted_by: null,
      decision: authorised ? 'authorised' : null,
      decision_date: authorised ? iso(decided) : null,
      decided_by: null,
      return_reason: null,
      ...tracked(submitted),
    });
  }

  /** A plan's actions: some at the start and more as the plan goes on, mostly done on time, some late, a few not done. */
  private actions(
    childId: number,
    planType: 'child-in-need' | 'child-protection' | 'care',
    planId: number,
    from: Day,
    last: Day,
    stop: Day,
    once = false,
  ): void {
    const r = this.r;
    const [min, max] = this.s.planActions.perPlan;
    const recordedDays = [from];
    for (let day = addMonths(from, r.int(3, 5)); !once && day <= last; day = addMonths(day, r.int(4, 6)))
      recordedDays.push(day);
    for (const recorded of recordedDays) {
      if (recorded < this.periodicFrom || recorded > this.end) continue;
      const count = recorded === from ? r.int(min, max) : r.int(1, 2);
      for (let i = 0; i < count; i++) {
        const due = recorded + r.int(14, 84);
        const outcome = this.decks.actionDone.deal();
        const doneDay =
          outcome === 'onTime' ? recorded + r.int(3, due - recorded) : outcome === 'late' ? due + r.int(3, 40) : never;
        const done = doneDay <= this.end && doneDay <= Math.max(stop, due + 40) ? doneDay : null;
        const description = r.pick(planActionDescriptions[planType]!);
        const owner = r.pick(actionOwners);
        this.tables.add('plan_actions', {
          child_id: childId,
          plan_type: planType,
          plan_id: planId,
          description,
          // Named once the workforce is known (namePeople).
          owner_kind: owner.kind,
          owner_worker_id: null,
          owner_adult_id: null,
          owner_name: null,
          owner_agency: owner.kind === 'professional' ? owner.agency : null,
          owner_user_id: null,
          recorded_date: iso(recorded),
          due_date: iso(due),
          done_date: done === null ? null : iso(done),
          ...tracked(recorded),
        });
      }
    }
  }

  // ---- court ------------------------------------------------------------------------------

  private court(c: Case): void {
    const t = this.tables;
    const r = this.r;
    const familyId = this.familyIds.get(c.family) ?? null;
    const preIds = new Map<object, number>();
    for (const p of c.preProceedings) {
      if (p.start > this.end) continue;
      const decided = p.decision <= this.end;
      const id = t.add('pre_proceedings', {
        family_id: familyId,
        start_date: iso(p.start),
        letter_before_proceedings_date: this.d(p.letter),
        initial_meeting_date: this.d(p.meeting),
        // Family group decision-making is offered with the letter before proceedings (CIN census FGDMMeetingOffer).
        family_group_meeting_offered_date: this.d(p.letter),
        decision_date: decided ? iso(p.decision) : null,
        outcome: decided ? p.outcome : null,
        outcome_detail:
          decided && p.outcome === 'other'
            ? 'Parents agreed a family arrangement with a relative; the plan continues without proceedings'
            : null,
        ...tracked(p.start),
      });
      preIds.set(p, id);
      for (const child of p.children)
        t.add('pre_proceedings_children', { pre_proceedings_id: id, child_id: this.childIds.get(child)! });
      for (const day of p.legalPlanning)
        if (day <= this.end)
          t.add('pre_proceedings_meetings', {
            pre_proceedings_id: id,
            meeting_type: 'legal-planning',
            meeting_date: iso(day),
            ...tracked(day),
          });
      for (const day of p.reviews)
        if (day <= this.end)
          t.add('pre_proceedings_meetings', {
            pre_proceedings_id: id,
            meeting_type: 'review',
            meeting_date: iso(day),
            ...tracked(day),
          });
    }
    for (const p of c.proceedings) {
      if (p.issue > this.end) continue;
      const concluded = p.conclusion <= this.end;
      const id = t.add('care_proceedings', {
        family_id: familyId,
        pre_proceedings_id: p.preProceedings ? (preIds.get(p.preProceedings) ?? null) : null,
        issue_date: iso(p.issue),
        court: p.court,
        court_reference: `${String(p.issue % 100).padStart(2, '0')}C${String(10000 + p.key * 7).slice(-5)}`,
        conclusion_date: concluded ? iso(p.conclusion) : null,
        ...tracked(p.issue),
      });
      for (const child of p.children) {
        t.add('proceedings_children', {
          proceedings_id: id,
          child_id: this.childIds.get(child)!,
          final_order: concluded ? p.orders.get(child)! : null,
          version: 1,
        });
        if (concluded && p.orders.get(child) === 'special-guardianship-order' && !c.departed.get(child)?.stay) {
          t.add('special_guardianship_orders', {
            child_id: this.childIds.get(child)!,
            order_date: iso(p.conclusion),
            ...tracked(p.conclusion),
          });
        }
      }
      for (const extension of p.extensions) {
        if (extension.granted > this.end) continue;
        t.add('proceedings_extensions', {
          proceedings_id: id,
          granted_date: iso(extension.granted),
          weeks: extension.weeks,
          reason: r.pick(extensionReasons),
          ...tracked(extension.granted),
        });
      }
    }
  }

  // ---- care -------------------------------------------------------------------------------

  private placement(group: string, child: SimChild, day: Day, type?: string): Placement {
    const r = this.r;
    const la = this.s.lookedAfter;
    const home = child.family.postcode;
    const away = (share: number) =>
      r.chance(share) ? postcodeIn(r, r.pick(outOfCountyDistricts)) : postcodeIn(r, child.family.district);
    const urn = () => `SC${String(r.int(100000, 999999))}`;
    const age = ageOn(child.dateOfBirth, day);
    switch (group) {
      case 'foster':
        return {
          group,
          type: type ?? 'U6',
          provider: r.chance(la.ownFosterShare) ? 'PR1' : r.pick(['PR4', 'PR4', 'PR5']),
          postcode: away(la.outOfCounty.foster),
          urn: null,
          longTerm: false,
          arrangement: 'other',
        };
      case 'kinship':
        return {
          group,
          type: type ?? 'U3',
          provider: 'PR1',
          postcode: away(la.outOfCounty.kinship),
          urn: null,
          longTerm: false,
          arrangement: 'other',
        };
      case 'residential': {
        const chosen = type ?? r.weighted({ K2: 84, K1: 3, R1: 5, S1: 8 });
        return {
          group,
          type: chosen,
          provider: chosen === 'K1' ? 'PR2' : r.chance(la.ownResidentialShare) ? 'PR1' : 'PR4',
          postcode: away(la.outOfCounty.residential),
          // A residential care home (R1) is registered with the CQC, not Ofsted: it has no URN.
          urn: chosen === 'R1' ? null : urn(),
          longTerm: false,
          arrangement: 'other',
        };
      }
      case 'parents':
        return {
          group,
          type: 'P1',
          provider: 'PR0',
          postcode: home,
          urn: null,
          longTerm: false,
          arrangement: 'placed-with-parent',
        };
      case 'supported':
        return {
          group,
          type: 'K3',
          provider: r.pick(['PR4', 'PR5']),
          postcode: away(la.outOfCounty.supported),
          urn: urn(),
          longTerm: false,
          arrangement: 'other',
        };
      case 'adoption':
        return {
          group,
          type: type ?? 'A6',
          provider: r.chance(0.7) ? 'PR1' : 'PR5',
          postcode: away(0.4),
          urn: null,
          longTerm: false,
          arrangement: 'other',
        };
      default: {
        const chosen = type ?? (age < 1 ? 'R3' : r.pick(['Z11', 'Z12', 'Z13', 'Z14', 'R2']));
        return {
          group: 'other',
          type: chosen,
          // The other placements (Z11–Z14) have no provider to record.
          provider: chosen.startsWith('Z') ? null : r.pick(['PR3', 'PR4']),
          postcode: away(0.3),
          urn: null,
          longTerm: false,
          arrangement: 'other',
        };
      }
    }
  }

  private readonly moveDecks = new Map<string, Deck<string>>();
  private finalPlacements = new Map<CareStay, string>();

  /**
   * Where each child still looked after on the end date is placed: dealt from the profile's mix, each
   * child taking the first card that suits them (no residential care under 8, supported accommodation
   * from 16, with parents only under a care order). Children placed for adoption keep that placement.
   */
  private placementsOnTheEndDate(stays: CareStay[]): Map<CareStay, string> {
    const r = this.r.fork('placements-on-the-end-date');
    const chosen = new Map<CareStay, string>();
    const open: CareStay[] = [];
    for (const stay of stays) {
      if (stay.adoption?.placed !== undefined && stay.adoption.placed !== null && stay.adoption.placed <= this.end)
        chosen.set(stay, 'adoption');
      else open.push(stay);
    }
    const mix = { ...this.s.lookedAfter.placementMix } as Record<string, number>;
    const groups = Object.keys(mix);
    const counts = apportion(
      stays.length,
      groups.map((group) => mix[group]!),
    );
    const cards: string[] = [];
    groups.forEach((group, i) => {
      const count = group === 'adoption' ? 0 : counts[i]!;
      for (let k = 0; k < count; k++) cards.push(group);
    });
    // Adoption cards beyond the children placed for adoption go to foster care.
    for (let k = chosen.size; k < counts[groups.indexOf('adoption')]!; k++) cards.push('foster');
    r.shuffle(cards);
    const suits = (stay: CareStay, group: string) => {
      const age = ageOn(stay.child.dateOfBirth, this.end);
      const legal = stay.legal.filter((change) => change.day <= this.end).pop()!.status;
      if (group === 'residential') return age >= 8;
      if (group === 'supported') return age >= 16;
      if (group === 'parents') return ['C1', 'C2'].includes(legal) && !stay.child.unaccompanied;
      return true;
    };
    for (const stay of r.shuffle([...open])) {
      const index = cards.findIndex((card) => suits(stay, card));
      chosen.set(stay, index >= 0 ? cards.splice(index, 1)[0]! : 'foster');
    }
    return chosen;
  }

  /** Where a child moves to, dealt from a deck per age band (and whether a parent placement is possible). */
  private moveGroup(age: number, legal: string, atSixteen = false): string {
    const band = ageBand(age);
    const withParents = ['C1', 'C2'].includes(legal);
    const key = atSixteen ? 'sixteen' : `${band}:${withParents}`;
    let deck = this.moveDecks.get(key);
    if (!deck) {
      const weights: Record<string, number> = atSixteen
        ? { ...this.s.lookedAfter.placementAtSixteen }
        : { ...this.s.lookedAfter.placementByAge[band], adoption: 0, ...(withParents ? {} : { parents: 0 }) };
      this.moveDecks.set(key, (deck = new Deck(this.r.fork(`moves-${key}`), weights)));
    }
    return deck.deal();
  }

  /** A period of care and its episodes: legal changes, placement moves, long-term matches, and how it ended. */
  private stay(stay: CareStay): void {
    const t = this.tables;
    const r = this.r;
    const wd = this.sim.workingDays;
    const child = stay.child;
    const childId = this.childIds.get(child)!;
    const stop = Math.min(stay.end, this.end + 1);
    const ended = stay.end <= this.end;
    const carePlan = r.chance(0.9) ? wd.add(stay.start, r.int(0, 8)) : wd.add(stay.start, r.int(11, 25));
    const periodId = t.add('periods_of_care', {
      child_id: childId,
      start_date: iso(stay.start),
      end_date: ended ? iso(stay.end) : null,
      care_plan_date: carePlan < stop ? iso(carePlan) : null,
      ...tracked(stay.start),
    });
    this.periodIds.set(stay, periodId);

    // The changes through the stay, in date order.
    type Change = { day: Day; legal?: string; group?: string; type?: string; reason?: string };
    let changes: Change[] = [];
    for (const legal of stay.legal.slice(1)) changes.push({ day: legal.day, legal: legal.status });
    for (const placement of stay.placements.slice(1))
      changes.push({
        day: placement.day,
        group: placement.spec.group,
        type: placement.spec.type,
        reason: placement.reason,
      });
    const adoptionPlaced = stay.adoption?.placed ?? never;
    const rate = (day: Day) => this.s.lookedAfter.movesPerYear[ageBand(ageOn(child.dateOfBirth, day))];
    for (
      let day = stay.start + Math.round((-Math.log(1 - r.next()) * 365) / rate(stay.start));
      day < Math.min(stop, adoptionPlaced);
      day += Math.max(20, Math.round((-Math.log(1 - r.next()) * 365) / rate(day)))
    ) {
      changes.push({ day, group: 'move' });
    }
    const sixteen = addYears(child.dateOfBirth, 16);
    if (sixteen > stay.start + 30 && sixteen < stop && r.chance(this.s.lookedAfter.moveAtSixteen))
      changes.push({ day: sixteen + r.int(0, 120), group: 'move16' });
    // In date order, changes on one day being one change: a placement order and the move to adopters that day is one episode.
    const inOrder = (list: Change[]) =>
      [...list]
        .sort((a, b) => a.day - b.day)
        .reduce<Change[]>((merged, change) => {
          const last = merged.at(-1);
          if (last?.day === change.day) {
            if (change.legal) last.legal = change.legal;
            if (change.group) Object.assign(last, { group: change.group, type: change.type, reason: change.reason });
          } else merged.push({ ...change });
          return merged;
        }, []);
    changes = inOrder(changes);
    // Still looked after on the end date: the latest placement is the one dealt for the end date.
    const final = this.finalPlacements.get(stay);
    if (final && final !== 'adoption') {
      const effective = changes.filter((change) => change.day > stay.start && change.day < stop);
      const last = [...effective].reverse().find((change) => change.group !== undefined);
      // Supported accommodation is for young people of 16 or over (903 rule 371): a move there waits for the birthday.
      if (final === 'supported' && (last?.day ?? stay.start) < sixteen)
        changes = inOrder([...changes, { day: sixteen, group: final }]);
      else if (last && last.group !== 'adoption') {
        last.group = final;
        last.type = undefined;
      } else if (!last) stay.placements[0]!.spec = { group: final };
    }

    let legal = stay.legal[0]!.status;
    let current = this.placement(stay.placements[0]!.spec.group, child, stay.start, stay.placements[0]!.spec.type);
    let episodeStart = stay.start;
    let reasonNew = 'S';
    const placementStarts: Day[] = [stay.start];
    // The category of need is the one recorded as the period of care began (903 rule 504).
    const categoryOfNeed =
      stay.route === 'unaccompanied'
        ? 'N8'
        : legal === 'V2'
          ? r.weighted({ N1: 30, N4: 25, N5: 25, N6: 12, N2: 8 })
          : 'N1';
    const writeEpisode = (endDay: Day | null, reasonCeased: string | null, reasonPlaceChange: string | null) => {
      t.add('care_episodes', {
        child_id: childId,
        period_of_care_id: periodId,
        start_date: iso(episodeStart),
        reason_new_episode: reasonNew,
        legal_status: legal,
        category_of_need: categoryOfNeed,
        placement_type: current.type,
        placement_provider: current.provider,
        placement_postcode: current.postcode,
        home_postcode: child.unaccompanied ? null : child.family.postcode,
        urn: current.urn,
        long_term: current.longTerm,
        arrangement: current.arrangement,
        end_date: endDay === null ? null : iso(endDay),
        reason_ceased: reasonCeased,
        reason_place_change: reasonPlaceChange,
        ...tracked(episodeStart),
      });
    };
    let longTermDue = ['foster', 'kinship'].includes(current.group) ? stay.start + r.int(300, 600) : never;
    for (const change of changes) {
      if (change.day <= episodeStart || change.day >= stop) continue;
      // A long-term match with the same carers, if due before this change.
      if (longTermDue < change.day && longTermDue > episodeStart && legal === 'C2') {
        const before = current;
        writeEpisode(longTermDue, 'X1', 'PLACE');
        current = { ...before, type: before.group === 'foster' ? 'U4' : 'U1', longTerm: true };
        episodeStart = longTermDue;
        reasonNew = 'B';
        longTermDue = never;
      }
      if (change.day <= episodeStart) continue;
      let next = current;
      let nextLegal = legal;
      let newCarers = false;
      if (change.legal) nextLegal = change.legal;
      if (change.group) {
        const group =
          change.group === 'move'
            ? this.moveGroup(ageOn(child.dateOfBirth, change.day), nextLegal)
            : change.group === 'move16'
              ? this.moveGroup(16, nextLegal, true)
              : change.group;
        next = this.placement(group, child, change.day, change.type);
        // Placed for adoption with current foster carers (A5) only from foster care, and then with them.
        if (next.type === 'A5' && !['foster', 'kinship'].includes(current.group)) next = { ...next, type: 'A6' };
        if (next.type === 'A5') next = { ...next, postcode: current.postcode };
        // A "move" to where the child already lives (home to parents again) is no move.
        newCarers = !(['type', 'provider', 'postcode', 'urn'] as const).every((item) => next[item] === current[item]);
        if (!newCarers) next = current;
      }
      if (nextLegal === legal && !newCarers) continue;
      const reasonPlaceChange = newCarers ? (change.reason ?? this.decks.placementChange.deal()) : null;
      writeEpisode(change.day, 'X1', reasonPlaceChange);
      const sameCarers = next.type === 'A5';
      reasonNew = newCarers ? (nextLegal !== legal ? (sameCarers ? 'U' : 'T') : 'P') : 'L';
      legal = nextLegal;
      current = next;
      episodeStart = change.day;
      if (newCarers) {
        placementStarts.push(change.day);
        longTermDue = ['foster', 'kinship'].includes(current.group) ? change.day + r.int(300, 600) : never;
      }
    }
    if (longTermDue < stop && longTermDue > episodeStart && legal === 'C2') {
      writeEpisode(longTermDue, 'X1', 'PLACE');
      current = { ...current, type: current.group === 'foster' ? 'U4' : 'U1', longTerm: true };
      episodeStart = longTermDue;
      reasonNew = 'B';
    }
    writeEpisode(ended ? stay.end : null, ended ? this.reasonCeased(stay.endReason, current) : null, null);

    this.lookedAfterRecords(stay, childId, periodId, stop, placementStarts);
    this.permanence(stay, childId, stop);
  }

  /**
   * Why the last episode ended, as the placement it ends bears out: a special guardianship order to former
   * foster carers (E45 relatives or friends, E46 others) is made to the carers of a foster placement
   * (903 rule 516); from any other placement it is made to other carers (E47, E48).
   */
  private reasonCeased(reason: string | null, placement: Placement): string | null {
    if (reason !== 'E45' && reason !== 'E46') return reason;
    if (placement.group === 'kinship') return 'E45';
    if (placement.group === 'foster') return 'E46';
    return reason === 'E45' ? 'E47' : 'E48';
  }

  /** Reviews, health and dental checks, PEPs, statutory visits and care plan actions while looked after. */
  private lookedAfterRecords(
    stay: CareStay,
    childId: number,
    periodId: number,
    stop: Day,
    placementStarts: Day[],
  ): void {
    const t = this.tables;
    const r = this.r;
    const wd = this.sim.workingDays;
    const la = this.s.lookedAfter;
    const child = stay.child;
    const last = Math.min(stop - 1, this.end);
    const taken = new Set<string>();
    const once = (
      table: 'looked_after_reviews' | 'health_assessments' | 'dental_checks' | 'personal_education_plans',
      day: Day,
    ) => {
      const key = `${table}:${day}`;
      if (taken.has(key) || day < this.periodicFrom || day > last) return false;
      taken.add(key);
      return true;
    };
    // Reviews: the first within 20 working days, the second within 3 months, then 6-monthly (CPPCR reg 33).
    let review = r.chance(la.reviewsOnTime) ? wd.add(stay.start, r.int(12, 20)) : wd.add(stay.start, r.int(21, 30));
    for (let n = 1; review <= last; n++) {
      if (once('looked_after_reviews', review)) {
        const age = ageOn(child.dateOfBirth, review);
        t.add('looked_after_reviews', {
          child_id: childId,
          review_date: iso(review),
          participation: age < 4 ? 'PN0' : r.weighted({ PN1: 55, PN2: 8, PN3: 4, PN4: 5, PN5: 10, PN6: 8, PN7: 10 }),
          iro_worker_id: null,
          ...tracked(review),
        });
        if (n > 1) this.actions(childId, 'care', periodId, review, last, stop, true);
      }
      const due = addMonths(review, n === 1 ? 3 : 6);
      review = r.chance(la.reviewsOnTime) ? due - r.int(0, 14) : due + r.int(3, 30);
    }
    if (stay.start >= this.periodicFrom) this.actions(childId, 'care', periodId, stay.start, last, stop, true);
    // Health: the initial assessment within 20 working days, reviews 6-monthly under 5 and yearly after.
    let health = r.chance(la.initialHealthOnTime)
      ? wd.add(stay.start, r.int(10, 20))
      : wd.add(stay.start, r.int(21, 55));
    for (let first = true; health <= last; first = false) {
      if (once('health_assessments', health))
        t.add('health_assessments', {
          child_id: childId,
          assessment_type: first ? 'initial' : 'review',
          assessment_date: iso(health),
          ...tracked(health),
        });
      const due = addMonths(health, ageOn(child.dateOfBirth, health) < 5 ? 6 : 12);
      health = r.chance(0.88) ? due - r.int(0, 20) : due + r.int(5, 60);
    }
    for (let dental = stay.start + r.int(40, 200); dental <= last; dental = addMonths(dental, 12) + r.int(-20, 40)) {
      if (ageOn(child.dateOfBirth, dental) >= 1 && r.chance(0.85) && once('dental_checks', dental))
        t.add('dental_checks', { child_id: childId, check_date: iso(dental), ...tracked(dental) });
    }
    // Personal education plans from age 3: by the first review, then each term.
    for (
      let pep = wd.add(stay.start, r.int(10, 20));
      pep <= last;
      pep = addMonths(pep, r.chance(0.9) ? r.int(3, 5) : r.int(6, 8))
    ) {
      if (
        ageOn(child.dateOfBirth, pep) >= 3 &&
        ageOn(child.dateOfBirth, pep) < 18 &&
        r.chance(la.pepCompleted) &&
        once('personal_education_plans', pep)
      ) {
        t.add('personal_education_plans', { child_id: childId, plan_date: iso(pep), ...tracked(pep) });
      }
    }
    // Statutory visits: within a week of each placement starting, then at most six weeks apart.
    placementStarts.forEach((start, i) => {
      const until = Math.min(placementStarts[i + 1] ?? never, last + 1) - 1;
      this.visits(
        childId,
        'looked-after',
        start,
        until,
        () => (r.chance(la.visitsOnTime) ? r.int(18, 30) : r.int(31, 40)),
        child,
        la.visitsOnTime,
      );
    });
  }

  private permanence(stay: CareStay, childId: number, stop: Day): void {
    const t = this.tables;
    const r = this.r;
    const child = stay.child;
    const plans: { type: string; start: Day }[] = [];
    const first = stay.start + r.int(90, 150);
    if (first < stop) {
      const age = ageOn(child.dateOfBirth, first);
      const legal = stay.legal.filter((l) => l.day <= first).pop()!.status;
      const type =
        stay.adoption && stay.adoption.decision <= first
          ? 'adoption'
          : stay.route === 'unaccompanied' || age >= 16
            ? 'independent-living'
            : legal === 'V2'
              ? 'return-to-family'
              : r.weighted({
                  'long-term-fostering': 60,
                  'special-guardianship': 22,
                  residential: age >= 11 ? 15 : 0,
                  'return-to-family': 8,
                });
      plans.push({ type, start: first });
    }
    if (stay.adoption && stay.adoption.decision > (plans[0]?.start ?? never))
      plans.push({ type: 'adoption', start: stay.adoption.decision });
    if (stay.adoption?.ended) plans.push({ type: 'long-term-fostering', start: stay.adoption.ended.day });
    if (stay.specialGuardianship && stay.specialGuardianship - 90 > (plans[plans.length - 1]?.start ?? never))
      plans.push({ type: 'special-guardianship', start: stay.specialGuardianship - 90 });
    const kept = plans.filter((plan) => plan.start < stop && plan.start <= this.end);
    kept.forEach((plan, i) => {
      const next = kept[i + 1]?.start ?? (stay.end <= this.end ? stay.end : null);
      t.add('permanence_plans', {
        child_id: childId,
        plan_type: plan.type,
        start_date: iso(plan.start),
        end_date: next === null ? null : iso(Math.max(next, plan.start)),
        ...tracked(plan.start),
      });
    });
    const route = stay.adoption;
    if (route && route.decision <= this.end) {
      const on = (day: Day | null) => (day !== null && day <= this.end ? day : null);
      const placed = on(route.placed);
      const order = on(route.adoptionOrder);
      const ended = route.ended && route.ended.day <= this.end ? route.ended : null;
      t.add('adoption_plans', {
        child_id: childId,
        should_be_placed_date: iso(route.decision),
        placement_order_date: on(route.placementOrder) === null ? null : iso(route.placementOrder!),
        matched_date: on(route.matched) === null ? null : iso(route.matched!),
        placed_date: placed === null ? null : iso(placed),
        adoption_order_date: order === null ? null : iso(order),
        fostering_for_adoption: route.fosteringForAdoption,
        fostering_for_adoption_date: route.fosteringForAdoption && placed !== null ? iso(placed) : null,
        ended_date: ended ? iso(ended.day) : null,
        reason_placed_ceased: ended && placed !== null ? 'RD3' : null,
        plan_change_reason: ended ? ended.reason : null,
        ...tracked(route.decision),
      });
    }
    if (
      stay.specialGuardianship !== null &&
      stay.specialGuardianship <= this.end &&
      stay.end === stay.specialGuardianship
    ) {
      t.add('special_guardianship_orders', {
        child_id: childId,
        order_date: iso(stay.specialGuardianship),
        ...tracked(stay.specialGuardianship),
      });
    }
  }

  // ---- missing ----------------------------------------------------------------------------

  /** Teenagers who go missing: often from care, now and then from home while open to social care. */
  private missing(child: SimChild): void {
    const r = this.r;
    const m = this.s.missing;
    const childId = this.childIds.get(child)!;
    const windows: [Day, Day, number][] = [];
    for (const stay of child.stays) {
      if (stay.start > this.end || !this.keptCases.has(stay.case)) continue;
      const from = Math.max(stay.start, addYears(child.dateOfBirth, 12), this.sim.historyStart);
      const to = Math.min(stay.end, this.end + 1);
      if (from < to && r.chance(m.proneShareOfLookedAfterTeenagers)) windows.push([from, to, m.episodesPerYear]);
    }
    if (!windows.length) {
      for (const c of child.family.cases) {
        if (!this.keptCases.has(c) || !c.children.includes(child)) continue;
        const from = Math.max(c.referralDay, addYears(child.dateOfBirth, 13), this.sim.historyStart);
        const to = Math.min(this.closure(c, child).day, c.departed.get(child)?.day ?? never, this.end + 1);
        if (from < to && r.chance(m.proneShareOfOtherTeenagers)) windows.push([from, to, m.episodesPerYear / 2]);
      }
    }
    let free = -never;
    for (const [from, to, perYear] of windows) {
      for (
        let day = from + Math.round((-Math.log(1 - r.next()) * 365) / perYear);
        day < to;
        day += Math.round((-Math.log(1 - r.next()) * 365) / perYear) + 1
      ) {
        const startMinutes = r.int(15 * 60, 23 * 60 + 30);
        const start = day * 1440 + startMinutes;
        if (start <= free) continue;
        const hours = Math.max(1, Math.round(Math.exp(r.normal(2.4, 1.1))));
        const returned = start + hours * 60 + r.int(0, 59);
        const open = Math.floor(returned / 1440) > this.end;
        const id = this.tables.add('missing_episodes', {
          child_id: childId,
          missing_type: r.chance(m.awayShare) ? 'A' : 'M',
          started_at: londonInstant(day, startMinutes),
          returned_at: open ? null : instantOf(returned),
          ...tracked(day),
        });
        if (open) return;
        free = returned;
        this.returnInterview(id, childId, returned);
        day = Math.floor(returned / 1440);
      }
    }
  }

  private returnInterview(episodeId: number, childId: number, returned: number): void {
    const r = this.r;
    const wd = this.sim.workingDays;
    const offered = returned + r.int(4, 60) * 60;
    if (Math.floor(offered / 1440) > this.end) return;
    const accepted = r.chance(this.s.missing.interviewAccepted);
    const held = accepted ? offered + (r.chance(0.8) ? r.int(2, 40) : r.int(49, 120)) * 60 : null;
    const heldDay = held === null ? null : Math.floor(held / 1440);
    const held_at = held !== null && heldDay! <= this.end ? instantOf(held) : null;
    const commentDay =
      heldDay !== null ? (r.chance(0.85) ? wd.add(heldDay, r.int(0, 5)) : wd.add(heldDay, r.int(6, 12))) : null;
    const comment = held_at && commentDay !== null && commentDay <= this.end;
    this.tables.add('return_home_interviews', {
      missing_episode_id: episodeId,
      child_id: childId,
      offered: true,
      offered_at: instantOf(offered),
      accepted: heldDay !== null && heldDay > this.end ? null : accepted,
      held_at,
      manager_comment: comment ? 'Interview reviewed: risks noted and the safety plan updated.' : null,
      manager_comment_date: comment ? iso(commentDay) : null,
      ...tracked(Math.floor(offered / 1440)),
    });
  }

  // ---- leaving care -----------------------------------------------------------------------

  /** When a stay makes a care leaver (looked after 13 weeks since 14, still looked after at 16), and their category over time. */
  private careLeaverPlan(
    stay: CareStay,
  ): { eligible: Day; categories: { category: string; start: Day }[]; serviceEnd: Day } | null {
    const child = stay.child;
    const sixteen = addYears(child.dateOfBirth, 16);
    const eighteen = addYears(child.dateOfBirth, 18);
    const fourteen = addYears(child.dateOfBirth, 14);
    const thirteenWeeks = Math.max(stay.start, fourteen) + 91;
    const eligible = Math.max(sixteen, thirteenWeeks);
    if (eligible >= stay.end || eligible >= eighteen || eligible > this.end) return null;
    // Leaving before 18 to another council's care, adoption, an order or home to parents, they are no care leaver of the council's.
    if (stay.end < eighteen && notCareLeaverEndings.has(stay.endReason)) return null;
    const categories = [{ category: 'eligible', start: eligible }];
    if (stay.end < eighteen) categories.push({ category: 'relevant', start: stay.end });
    categories.push({ category: 'former-relevant', start: eighteen });
    const serviceEnd = addYears(
      child.dateOfBirth,
      (child.key * 7919) % 100 < this.s.leavingCare.servedAfter21 * 100 ? 25 : 21,
    );
    return { eligible, categories, serviceEnd };
  }

  private leavingCareIntervals(stays: CareStay[]): void {
    for (const stay of stays) {
      const plan = this.careLeaverPlan(stay);
      if (!plan || stay.end === never) continue;
      // Relevant (left care at 16 or 17) or former relevant (from 18): a personal adviser from leaving care.
      const from = stay.end;
      if (from > this.end) continue;
      this.intervals.push({
        childId: this.childIds.get(stay.child)!,
        start: from,
        end: plan.serviceEnd <= this.end ? plan.serviceEnd : null,
        team: 'care-leavers',
      });
    }
  }

  private careLeaver(stay: CareStay, workforce: Workforce): void {
    const plan = this.careLeaverPlan(stay);
    if (!plan) return;
    const t = this.tables;
    const r = this.r;
    const child = stay.child;
    const childId = this.childIds.get(child)!;
    const la = this.s.leavingCare;
    const due = addMonths(plan.eligible, 3);
    const assessed = r.chance(la.pathwayPlanOnTime) ? due - r.int(5, 60) : due + r.int(5, 60);
    const needs = Math.max(plan.eligible, assessed);
    const adviser = workforce.personalAdviserOn(Math.min(this.end, plan.eligible));
    t.add('care_leavers', {
      child_id: childId,
      personal_adviser_user_id: null,
      personal_adviser_worker_id: adviser,
      personal_adviser_name: adviser === null ? 'Personal adviser to be named' : null,
      needs_assessment_date: this.d(needs),
      service_end_date: this.d(plan.serviceEnd),
      ...tracked(plan.eligible),
    });
    plan.categories.forEach((entry, i) => {
      if (entry.start > this.end) return;
      const next = plan.categories[i + 1]?.start ?? plan.serviceEnd;
      t.add('care_leaver_eligibility', {
        child_id: childId,
        category: entry.category,
        start_date: iso(entry.start),
        end_date: this.d(next),
        ...tracked(entry.start),
      });
    });
    // Pathway plans: the first with the needs assessment, a new one at 18, reviewed at most 6 months apart.
    const last = Math.min(plan.serviceEnd - 1, this.end);
    const eighteen = addYears(child.dateOfBirth, 18);
    const planDays = [needs, ...(eighteen > needs + 60 ? [eighteen + r.int(0, 50)] : [])].filter((day) => day <= last);
    const reviewDays = new Set<Day>();
    planDays.forEach((planDay, i) => {
      const planId = t.add('pathway_plans', { child_id: childId, plan_date: iso(planDay), ...tracked(planDay) });
      const until = Math.min(planDays[i + 1] ?? never, last + 1);
      for (
        let review = addMonths(planDay, 6) - r.int(0, 20);
        review < until;
        review = addMonths(review, 6) + (r.chance(0.88) ? -r.int(0, 20) : r.int(5, 40))
      ) {
        if (reviewDays.has(review) || planDays.includes(review)) continue;
        reviewDays.add(review);
        t.add('pathway_plan_reviews', {
          pathway_plan_id: planId,
          child_id: childId,
          review_date: iso(review),
          ...tracked(review),
        });
      }
    });
    // Keeping in touch from 18: about every two months, and around each birthday.
    const from = Math.max(eighteen, stay.end);
    for (let contact = from + r.int(20, 60); contact <= last; contact += r.int(45, 80)) {
      if (contact < this.periodicFrom) continue;
      const inTouch = r.weighted(la.inTouch);
      const details = inTouch === 'YES';
      const accommodation = details ? r.weighted(la.accommodation) : null;
      t.add('care_leaver_contacts', {
        child_id: childId,
        contact_date: iso(contact),
        in_touch: inTouch,
        accommodation,
        // No fixed abode is never suitable accommodation (903 rule 133: S2 is the only S code).
        accommodation_suitable: details ? accommodation !== 'S' && r.chance(0.9) : null,
        activity: details ? r.weighted(la.activity) : null,
        ...tracked(contact),
      });
    }
  }
}

const instantOf = (minutes: number): string => londonInstant(Math.floor(minutes / 1440), minutes % 1440);

function agenciesFor(r: Random): string[] {
  const agencies = ['police', 'social-care', 'health'];
  if (r.chance(0.6)) agencies.push('education');
  if (r.chance(0.1)) agencies.push('probation');
  if (r.chance(0.08)) agencies.push('housing');
  return agencies;
}

/**
 * An assessment that finds no factors (21) closes the case, with no further action or to early help
 * (CIN query 8873Q); one that goes on to a plan or elsewhere found the commonest, domestic abuse (3B).
 */
const factorsFound = (factors: string[], outcome: string): string[] =>
  factors.includes('21') && !['no-further-action', 'early-help'].includes(outcome) ? ['3B'] : factors;

/** How a period of care ending before 18 leaves the young person no relevant child of the council's (903 rule 1011). */
const notCareLeaverEndings = new Set(['E3', 'E11', 'E12', 'E41', 'E45', 'E46', 'E47', 'E48', 'E4A']);

/**
 * A child in need plan that a conference leaves in place (no protection plan) goes on: one plan, not
 * one ending and another starting the same day, which the census reads as overlapping (CIN rule 4014).
 */
function continuedPlans(phases: readonly Phase[]): Phase[] {
  const plans: Phase[] = [];
  for (const phase of phases) {
    const last = plans.at(-1);
    if (last?.kind === 'child-in-need' && phase.kind === 'child-in-need' && last.end === phase.start)
      plans[plans.length - 1] = { ...last, end: phase.end };
    else plans.push(phase);
  }
  return plans;
}

function participationFor(r: Random, age: number): string {
  if (age < 4) return 'too-young';
  return r.weighted({
    attended: 12,
    'attended-part': 8,
    advocate: 15,
    writing: 20,
    'social-worker': 35,
    'did-not-participate': 10,
  });
}

/**
 * A UPN in the DfE format: check letter, LA number, school, year and serial. The LA is the profile's
 * council (893), as its schools' UPNs carry; the CIN census refuses an LA number the DfE does not
 * know (rule 1530). The school numbers from 1000 on are the generator's own.
 */
function upnFor(serial: number, dateOfBirth: Day): string {
  const year = String(new Date((dateOfBirth + 5 * 365) * 86_400_000).getUTCFullYear() % 100).padStart(2, '0');
  const body = `893${String(1000 + Math.floor(serial / 1000)).padStart(4, '0')}${year}${String(serial % 1000).padStart(3, '0')}`;
  const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[i]) * (i + 2);
  return `${letters[sum % 23]}${body}`;
}

/**
 * NHS numbers in the 999 range the NHS keeps for test data, with a valid modulus 11 check digit.
 * Serial s tries 2s then 2s + 1: their weighted sums differ by 2, so at most one of them has no
 * check digit, and no two serials share a number.
 */
function nhsNumberFor(serial: number): string {
  for (let n = serial * 2; ; n++) {
    const body = `999${String(n).padStart(6, '0')}`;
    const check = nhsCheckDigit(body);
    if (check !== undefined) return `${body}${check}`;
  }
}
