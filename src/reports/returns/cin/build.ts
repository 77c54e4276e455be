// The CIN census from Harbour's records: every child in need episode (referral accepted to closure)
// open at some time in the year, with the assessments, CIN plans, section 47 enquiries, child
// protection plans and pre-proceedings within it. One set-based query per block (never one per
// child); shapeCinCensus puts the blocks under their episode and child, with plain data.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../../platform/db/schema.ts';
import { addWorkingDays } from '../../../core/workingDays.ts';
import type { CollectionYear } from '../returnDates.ts';
import { isoDateOf } from '../returnDates.ts';
import { offerWindowMonths } from '../../../areas/familygroup/index.ts';

type Iso = string | null;

export interface CinChildRecord {
  readonly childId: number;
  readonly upn: string | null;
  readonly upnUnknown: string | null;
  readonly dateOfBirth: Iso;
  readonly expectedDateOfBirth: Iso;
  readonly sex: string;
  readonly dateOfDeath: Iso;
  readonly ethnicity: string;
  readonly disabilities: readonly string[];
}

export interface ReferralRecord {
  readonly referralId: number;
  readonly childId: number;
  readonly referralDate: string;
  readonly source: string;
  readonly primaryNeed: string | null;
  readonly closureDate: Iso;
  readonly closureReason: string | null;
  readonly noFurtherAction: boolean;
  /**
   * The episode's first initial conference in the year that no section 47 enquiry led to (a transfer-in
   * conference): one after an enquiry is the enquiry's, and the census records it there only (rule 2884).
   */
  readonly initialConferenceDate: Iso;
}

export interface AssessmentRecord {
  readonly referralId: number;
  readonly startDate: string;
  readonly authorisationDate: Iso;
  readonly factors: readonly string[];
}

export interface CinPlanRecord {
  readonly referralId: number;
  readonly startDate: string;
  readonly endDate: Iso;
}

export interface Section47Record {
  readonly referralId: number;
  readonly startDate: string;
  readonly initialConferenceDate: Iso;
  readonly conferenceNotRequired: boolean;
}

export interface ProtectionPlanRecord {
  readonly referralId: number;
  readonly startDate: string;
  readonly endDate: Iso;
  readonly initialCategory: string;
  readonly latestCategory: string;
  readonly previousPlans: number;
  readonly reviewDates: readonly string[];
}

export interface PreProceedingsRecord {
  readonly referralId: number;
  readonly startDate: string;
  readonly letterSentDate: Iso;
  readonly familyMeetingOffered: boolean;
  readonly familyMeetingHeld: boolean;
  readonly initialMeetingDate: Iso;
  readonly reviewMeetings: number;
  readonly decisionDate: Iso;
  readonly outcome: string | null;
  readonly applicationDate: Iso;
}

/** Everything a year's census is made from, as the queries read it. */
export interface CinRecords {
  readonly children: readonly CinChildRecord[];
  readonly referrals: readonly ReferralRecord[];
  readonly assessments: readonly AssessmentRecord[];
  readonly cinPlans: readonly CinPlanRecord[];
  readonly section47s: readonly Section47Record[];
  readonly protectionPlans: readonly ProtectionPlanRecord[];
  readonly preProceedings: readonly PreProceedingsRecord[];
}

/** One CINdetails block: a child in need episode and what happened within it. */
export interface CinEpisode extends ReferralRecord {
  readonly assessments: readonly AssessmentRecord[];
  readonly cinPlans: readonly CinPlanRecord[];
  readonly section47s: readonly (Section47Record & { readonly conferenceTarget: string })[];
  readonly protectionPlans: readonly ProtectionPlanRecord[];
  readonly preProceedings: readonly PreProceedingsRecord[];
}

export interface CinChild extends CinChildRecord {
  readonly episodes: readonly CinEpisode[];
}

export interface CinCensus {
  readonly year: CollectionYear;
  readonly children: readonly CinChild[];
}

/** The initial conference's target: 15 working days after the strategy discussion's s47 began (day 0). */
export const initialConferenceTarget = (s47Start: string): string =>
  addWorkingDays(Temporal.PlainDate.from(s47Start), 15).toString();

/** ISO dates order as text; a plain comparison, not the locale's (tens of times slower). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Puts each block under its episode and each episode under its child, in date order. */
export function shapeCinCensus(records: CinRecords, year: CollectionYear): CinCensus {
  const under = <R extends { referralId: number }>(rows: readonly R[], date: (row: R) => string) => {
    const byReferral = new Map<number, R[]>();
    for (const row of [...rows].sort((a, b) => byText(date(a), date(b)))) {
      const list = byReferral.get(row.referralId);
      if (list) list.push(row);
      else byReferral.set(row.referralId, [row]);
    }
    return (referralId: number): R[] => byReferral.get(referralId) ?? [];
  };
  const assessments = under(records.assessments, (row) => row.startDate);
  const cinPlans = under(records.cinPlans, (row) => row.startDate);
  const section47s = under(records.section47s, (row) => row.startDate);
  const protectionPlans = under(records.protectionPlans, (row) => row.startDate);
  const preProceedings = under(records.preProceedings, (row) => row.startDate);
  const episodes = new Map<number, CinEpisode[]>();
  for (const referral of [...records.referrals].sort((a, b) => byText(a.referralDate, b.referralDate))) {
    const enquiries = section47s(referral.referralId).map((s47) => ({
      ...s47,
      conferenceTarget: initialConferenceTarget(s47.startDate),
    }));
    const episode: CinEpisode = {
      ...referral,
      assessments: assessments(referral.referralId),
      cinPlans: cinPlans(referral.referralId),
      section47s: enquiries,
      protectionPlans: protectionPlans(referral.referralId),
      preProceedings: preProceedings(referral.referralId),
    };
    const list = episodes.get(referral.childId);
    if (list) list.push(episode);
    else episodes.set(referral.childId, [episode]);
  }
  const children = [...records.children]
    .filter((child) => episodes.has(child.childId))
    .sort((a, b) => a.childId - b.childId)
    .map((child) => ({ ...child, episodes: episodes.get(child.childId) ?? [] }));
  return { year, children };
}

interface Bounds {
  readonly start: string;
  readonly end: string;
}

/** The year's child in need episodes: referrals open at some time in it. */
const episodesInYear = ({ start, end }: Bounds) => sql`
  episodes as (
    select id, child_id, referral_date, closure_date from referrals
    where referral_date <= ${end}::date and (closure_date is null or closure_date >= ${start}::date))`;

/**
 * The episode each of a set of records (a CTE with id, child_id, day) belongs to, when it does not
 * name its referral: the latest referral of the child open that day. A join, not a lookup per row.
 */
const episodeOfEach = (name: string, records: string) => sql`
  ${sql.raw(name)} as (
    select distinct on (x.id, x.child_id) x.id, x.child_id, e.id as episode_id
    from ${sql.raw(records)} x
    join episodes e on e.child_id = x.child_id and e.referral_date <= x.day
      and (e.closure_date is null or e.closure_date >= x.day)
    order by x.id, x.child_id, e.referral_date desc)`;

async function rows<R>(db: Kysely<Database>, query: RawBuilder<R>): Promise<R[]> {
  return (await query.execute(db)).rows;
}

export async function cinRecords(db: Kysely<Database>, year: CollectionYear): Promise<CinRecords> {
  const bounds = { start: isoDateOf(year.start), end: isoDateOf(year.end) };
  const { start, end } = bounds;
  const episodes = episodesInYear(bounds);
  const [children, referrals, assessments, cinPlans, section47s, protectionPlans, preProceedings] = await Promise.all([
    rows(
      db,
      sql<CinChildRecord>`
        with ${episodes}
        select c.id as "childId", c.upn, c.upn_unknown as "upnUnknown", c.date_of_birth::text as "dateOfBirth",
          c.expected_date_of_birth::text as "expectedDateOfBirth", c.sex, c.date_of_death::text as "dateOfDeath",
          c.ethnicity, coalesce(d.codes, '{}') as disabilities
        from children c
        left join (select child_id, array_agg(code order by code) as codes from child_disabilities group by child_id) d
          on d.child_id = c.id
        where c.id in (select child_id from episodes)`,
    ),
    rows(
      db,
      sql<ReferralRecord>`
        with ${episodes}
        select r.id as "referralId", r.child_id as "childId", r.referral_date::text as "referralDate", r.source,
          r.primary_need as "primaryNeed", r.closure_date::text as "closureDate", r.closure_reason as "closureReason",
          r.no_further_action as "noFurtherAction", c.held::text as "initialConferenceDate"
        from referrals r
        left join lateral (
          select min(c.conference_date) as held from child_protection_conferences c
          where c.child_id = r.child_id and c.type = 'initial' and c.section_47_enquiry_id is null
            and c.conference_date between greatest(r.referral_date, ${start}::date)
              and least(coalesce(r.closure_date, ${end}::date), ${end}::date)) c on true
        where r.id in (select id from episodes)`,
    ),
    rows(
      db,
      sql<AssessmentRecord>`
        with ${episodes}
        select a.referral_id as "referralId", a.start_date::text as "startDate",
          a.authorisation_date::text as "authorisationDate", a.factors
        from assessments a
        where a.referral_id in (select id from episodes) and a.start_date <= ${end}::date
          and (a.authorisation_date is null or a.authorisation_date >= ${start}::date)`,
    ),
    rows(
      db,
      sql<CinPlanRecord>`
        with ${episodes},
        plans as (
          select p.id, p.child_id, p.start_date as day, p.referral_id, p.start_date, p.end_date from cin_plans p
          where p.start_date <= ${end}::date and (p.end_date is null or p.end_date >= ${start}::date)),
        ${episodeOfEach('matched', 'plans')}
        select coalesce(p.referral_id, m.episode_id) as "referralId", p.start_date::text as "startDate",
          p.end_date::text as "endDate"
        from plans p left join matched m on m.id = p.id
        where coalesce(p.referral_id, m.episode_id) in (select id from episodes)`,
    ),
    rows(
      db,
      sql<Section47Record>`
        with ${episodes},
        in_year as (
          select s.id, s.child_id, s.start_date as day, d.referral_id, s.start_date, s.initial_conference_not_required
          from section_47_enquiries s join strategy_discussions d on d.id = s.strategy_discussion_id
          where s.start_date <= ${end}::date and (s.end_date is null or s.end_date >= ${start}::date
            -- An enquiry ended before the year whose conference is in it: the conference is recorded on the enquiry.
            or exists (select 1 from child_protection_conferences c where c.section_47_enquiry_id = s.id
              and c.type = 'initial' and c.conference_date between ${start}::date and ${end}::date))),
        ${episodeOfEach('matched', 'in_year')},
        enquiries as (
          select q.id, coalesce(q.referral_id, m.episode_id) as referral_id, q.start_date, q.initial_conference_not_required
          from in_year q left join matched m on m.id = q.id),
        initial_conferences as (
          select section_47_enquiry_id, min(conference_date) as held from child_protection_conferences
          where type = 'initial' and section_47_enquiry_id is not null group by section_47_enquiry_id)
        select q.referral_id as "referralId", q.start_date::text as "startDate", c.held::text as "initialConferenceDate",
          q.initial_conference_not_required as "conferenceNotRequired"
        from enquiries q left join initial_conferences c on c.section_47_enquiry_id = q.id
        where q.referral_id in (select id from episodes)`,
    ),
    rows(
      db,
      sql<ProtectionPlanRecord>`
        with ${episodes},
        plans as (
          select p.id, p.child_id, p.start_date, p.end_date, p.initial_category, p.latest_category,
            -- An imported plan's NumberOfPreviousCPP may count plans from before Harbour's records.
            greatest(p.previous_plans_given, count(*) over (partition by p.child_id order by p.start_date, p.id) - 1)::int
              as previous
          from child_protection_plans p),
        in_year as (
          select p.*, p.start_date as day from plans p
          where p.start_date <= ${end}::date and (p.end_date is null or p.end_date >= ${start}::date)),
        ${episodeOfEach('matched', 'in_year')},
        reviews as (
          select child_protection_plan_id as plan_id, array_agg(conference_date::text order by conference_date) as dates
          from child_protection_conferences
          where type = 'review' and child_protection_plan_id is not null
            and conference_date between ${start}::date and ${end}::date
          group by child_protection_plan_id)
        select m.episode_id as "referralId", p.start_date::text as "startDate",
          p.end_date::text as "endDate", p.initial_category as "initialCategory", p.latest_category as "latestCategory",
          p.previous as "previousPlans", coalesce(r.dates, '{}') as "reviewDates"
        from in_year p join matched m on m.id = p.id left join reviews r on r.plan_id = p.id`,
    ),
    rows(
      db,
      sql<PreProceedingsRecord>`
        with ${episodes},
        meetings as (
          select pre_proceedings_id, count(*)::int as reviews from pre_proceedings_meetings
          where meeting_type = 'review' group by pre_proceedings_id),
        applications as (
          select pre_proceedings_id, min(issue_date) as issued from care_proceedings
          where pre_proceedings_id is not null group by pre_proceedings_id),
        in_year as (
          select p.id, pc.child_id, p.start_date as day from pre_proceedings p
          join pre_proceedings_children pc on pc.pre_proceedings_id = p.id
          where p.start_date <= ${end}::date and (p.decision_date is null or p.decision_date >= ${start}::date)),
        ${episodeOfEach('matched', 'in_year')},
        -- The family group area's offers and meetings for each child, in the window before and during
        -- pre-proceedings; the dates pre-proceedings held before that area still count.
        family_group as (
          select x.id, x.child_id, bool_or(true) as offered,
            bool_or(m.held_date <= coalesce(p.decision_date, ${end}::date)) as held
          from matched x
          join pre_proceedings p on p.id = x.id
          join family_group_meeting_children fc on fc.child_id = x.child_id
          join family_group_meetings m on m.id = fc.meeting_id
            and m.offered_date between p.start_date - make_interval(months => ${offerWindowMonths}::int)
              and coalesce(p.decision_date, ${end}::date)
          group by x.id, x.child_id)
        select x.episode_id as "referralId", p.start_date::text as "startDate",
          p.letter_before_proceedings_date::text as "letterSentDate",
          (p.family_group_meeting_offered_date is not null or coalesce(f.offered, false)) as "familyMeetingOffered",
          (p.family_group_meeting_held_date is not null or coalesce(f.held, false)) as "familyMeetingHeld",
          p.initial_meeting_date::text as "initialMeetingDate",
          -- A census's pre-proceedings loaded into Harbour keep its count and application date, which
          -- no meetings or proceedings in Harbour stand behind.
          greatest(coalesce(m.reviews, 0), coalesce(p.review_meetings_given, 0)) as "reviewMeetings",
          p.decision_date::text as "decisionDate", p.outcome,
          coalesce(a.issued, p.application_date_given)::text as "applicationDate"
        from matched x
        join pre_proceedings p on p.id = x.id
        left join meetings m on m.pre_proceedings_id = p.id
        left join applications a on a.pre_proceedings_id = p.id
        left join family_group f on f.id = x.id and f.child_id = x.child_id`,
    ),
  ]);
  return { children, referrals, assessments, cinPlans, section47s, protectionPlans, preProceedings };
}

/** The year's CIN census as Harbour's records give it. */
export async function buildCinCensus(db: Kysely<Database>, year: CollectionYear): Promise<CinCensus> {
  return shapeCinCensus(await cinRecords(db, year), year);
}
