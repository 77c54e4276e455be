// One set-based query per Annex A list: every row of a list in one statement, whatever the county's
// size. Each returns plain rows (dates as 'YYYY-MM-DD' text); shape.ts turns them into the sheet's cells.
//
// The inspection windows (Ofsted's Annex A guidance; what Harbour chose where it leaves room):
// - the window is the six months up to and including the as-at date (as-at less six months, plus a
//   day): lists 1–5 hold the contacts, early help assessments, referrals, assessments and section 47
//   enquiries that began in it;
// - lists 6, 7 and 10 hold the episodes, plans and adoption decisions open at any point in the
//   window (begun by the as-at date, not ended before the window began), so a plan that ended last
//   month is listed with its end date;
// - list 8 holds each child looked after at any point in the window, once, from their latest period
//   of care; list 9 the care leavers whose eligibility stands on the as-at date;
// - the "last 12 months" counts are the twelve months up to the row's own date (a referral, an
//   enquiry) or, for a child's state, up to the as-at date.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { withoutJit } from '../../../platform/db/withoutJit.ts';

/** The as-at date and the windows, as SQL every list reads (one row: `params`). */
const shared = (asAt: string) => sql`
  params as (
    select ${asAt}::date as as_at,
      (${asAt}::date - interval '6 months' + interval '1 day')::date as window_start,
      (${asAt}::date - interval '12 months' + interval '1 day')::date as year_start
  ),
  allocated as (
    select distinct on (a.child_id) a.child_id, t.name as team, w.name as worker
    from allocations a join teams t on t.id = a.team_id join workers w on w.id = a.worker_id, params
    where a.start_date <= params.as_at and (a.end_date is null or a.end_date > params.as_at)
    order by a.child_id, a.start_date desc, a.id desc
  ),
  disabled as (select child_id, array_agg(code order by code) as disabilities from child_disabilities group by child_id)`;

/**
 * The latest visit at which the child was seen, by the as-at date: read for each listed child from
 * the visits index (a county holds a million visits; its lists, a few thousand children).
 */
const lastSeen = (child: string) => sql`(select max(v.visit_date)::text from visits v
  where v.child_id = ${sql.ref(child)} and v.child_seen and v.visit_date <= params.as_at)`;

/** The child's own columns, their disabilities and their allocation on the as-at date, beside a list's rows. */
const childColumns = sql`c.sex, c.ethnicity, c.date_of_birth::text as date_of_birth,
  coalesce(disabled.disabilities, '{}') as disabilities, allocated.team, allocated.worker`;
const childJoins = (rows: string) => sql`join children c on c.id = ${sql.ref(rows)}.child_id
  left join disabled on disabled.child_id = c.id
  left join allocated on allocated.child_id = c.id`;

export interface ChildColumns {
  child_id: number;
  sex: string;
  ethnicity: string;
  date_of_birth: string | null;
  disabilities: string[];
  team: string | null;
  worker: string | null;
}

const list1 = sql`
  select cc.child_id, (k.received_at at time zone 'Europe/London')::date::text as contact_date, k.source, ${childColumns}
  from contacts k join contact_children cc on cc.contact_id = k.id
  ${childJoins('cc')}, params
  where (k.received_at at time zone 'Europe/London')::date between params.window_start and params.as_at
  order by k.received_at, k.id, cc.child_id`;
export type List1Row = ChildColumns & { contact_date: string; source: string };

// Harbour records early help as episodes led by an organisation: the episode's start and end stand
// for the early help assessment's start and completion (the Notes sheet says so).
const list2 = sql`
  select e.child_id, e.start_date::text as start_date, e.end_date::text as end_date, e.lead_organisation, ${childColumns}
  from early_help_episodes e ${childJoins('e')}, params
  where e.start_date between params.window_start and params.as_at
  order by e.start_date, e.id`;
export type List2Row = ChildColumns & { start_date: string; end_date: string | null; lead_organisation: string };

const list3 = sql`
  select r.child_id, r.referral_date::text as referral_date, r.source, r.no_further_action, r.earlier, ${childColumns}
  from (
    select r.*, count(*) over (partition by r.child_id order by r.referral_date
      range between interval '12 months' preceding and current row) - 1 as earlier
    from referrals r, params where r.referral_date >= params.window_start - interval '12 months'
      and r.referral_date <= params.as_at
  ) r ${childJoins('r')}, params
  where r.referral_date >= params.window_start
  order by r.referral_date, r.id`;
export type List3Row = ChildColumns & {
  referral_date: string;
  source: string;
  no_further_action: boolean;
  earlier: number | string;
};

const list4 = sql`
  select a.child_id, a.start_date::text as start_date, a.child_seen_date::text as child_seen_date,
    a.child_not_seen_reason is not null as not_seen, a.authorisation_date::text as authorisation_date, a.outcome,
    ${childColumns}
  from assessments a ${childJoins('a')}, params
  where a.start_date between params.window_start and params.as_at
  order by a.start_date, a.id`;
export type List4Row = ChildColumns & {
  start_date: string;
  child_seen_date: string | null;
  not_seen: boolean;
  authorisation_date: string | null;
  outcome: string | null;
};

const list5 = sql`
  select s.child_id, coalesce(sd.held_date, sd.decision_date)::text as strategy_date,
    s.initial_conference_not_required, icpc.conference_date::text as icpc_date,
    icpc.id is null as no_icpc, (icpc.child_protection_plan_id is not null or icpc.outcome = 'plan') as icpc_plan,
    (select count(*) from section_47_enquiries e where e.child_id = s.child_id and e.id <> s.id
      and e.start_date <= s.start_date and e.start_date > s.start_date - interval '12 months') as earlier_s47s,
    (select count(*) from child_protection_conferences k where k.child_id = s.child_id and k.type = 'initial'
      and k.id is distinct from icpc.id
      and k.conference_date <= s.start_date and k.conference_date > s.start_date - interval '12 months') as earlier_icpcs,
    ${childColumns}
  from section_47_enquiries s
  join strategy_discussions sd on sd.id = s.strategy_discussion_id
  left join lateral (
    select k.id, k.conference_date, k.child_protection_plan_id, k.outcome from child_protection_conferences k
    where k.section_47_enquiry_id = s.id and k.type = 'initial' and k.child_id = s.child_id
    order by k.conference_date limit 1
  ) icpc on true
  ${childJoins('s')}, params
  where s.start_date between params.window_start and params.as_at
  order by s.start_date, s.id`;
export type List5Row = ChildColumns & {
  strategy_date: string;
  initial_conference_not_required: boolean;
  icpc_date: string | null;
  no_icpc: boolean;
  icpc_plan: boolean;
  earlier_s47s: number | string;
  earlier_icpcs: number | string;
};

// Closed after no further action at referral is a referral (list 3), not a child in need.
const list6 = sql`
  select r.child_id, r.referral_date::text as referral_date, r.primary_need, ${lastSeen('r.child_id')} as last_seen,
    case when r.closure_date <= params.as_at then r.closure_date::text end as closure_date,
    case when r.closure_date <= params.as_at then r.closure_reason end as closure_reason,
    looked_after.child_id is not null as looked_after, protection.child_id is not null as on_protection_plan,
    child_in_need.child_id is not null as on_child_in_need_plan, assessing.referral_id is not null as assessment_open,
    ${childColumns}
  from referrals r cross join params ${childJoins('r')}
  -- What each child was under on the as-at date, found for every child at once.
  left join (select distinct pc.child_id from periods_of_care pc, params where pc.start_date <= params.as_at
    and (pc.end_date is null or pc.end_date > params.as_at)) looked_after on looked_after.child_id = r.child_id
  left join (select distinct p.child_id from child_protection_plans p, params where p.start_date <= params.as_at
    and (p.end_date is null or p.end_date > params.as_at)) protection on protection.child_id = r.child_id
  left join (select distinct p.child_id from cin_plans p, params where p.start_date <= params.as_at
    and (p.end_date is null or p.end_date > params.as_at)) child_in_need on child_in_need.child_id = r.child_id
  left join (select distinct a.referral_id from assessments a, params where a.start_date <= params.as_at
    and (a.authorisation_date is null or a.authorisation_date > params.as_at)) assessing on assessing.referral_id = r.id
  where not r.no_further_action and r.referral_date <= params.as_at
    and (r.closure_date is null or r.closure_date >= params.window_start)
  order by r.referral_date, r.id`;
export type List6Row = ChildColumns & {
  referral_date: string;
  primary_need: string | null;
  last_seen: string | null;
  closure_date: string | null;
  closure_reason: string | null;
  looked_after: boolean;
  on_protection_plan: boolean;
  on_child_in_need_plan: boolean;
  assessment_open: boolean;
};

// Police protection (L1) and emergency protection orders (L2) are the 903 legal statuses of a child
// the council accommodated under them: Harbour holds no other record of either.
const list7 = sql`
  select p.child_id, p.start_date::text as start_date, p.initial_category, p.latest_category,
    visit.visit_date::text as last_visit, visit.seen_alone,
    (select max(k.conference_date)::text from child_protection_conferences k where k.child_protection_plan_id = p.id
      and k.type = 'review' and k.conference_date <= params.as_at) as latest_review,
    case when p.end_date <= params.as_at then p.end_date::text end as end_date,
    exists (select 1 from care_episodes e where e.child_id = p.child_id and e.legal_status in ('L1', 'L2')
      and e.start_date <= params.as_at and (e.end_date is null or e.end_date >= params.window_start)) as emergency_protection,
    -- An imported plan's count from the census may include plans from before Harbour's records.
    greatest(p.previous_plans_given,
      (select count(*) from child_protection_plans q where q.child_id = p.child_id and q.start_date < p.start_date)) as previous_plans,
    ${childColumns}
  from child_protection_plans p cross join params
  left join lateral (
    select v.visit_date, v.seen_alone from visits v where v.child_id = p.child_id and v.child_seen
      and v.visit_date >= p.start_date and v.visit_date <= least(coalesce(p.end_date, params.as_at), params.as_at)
    order by v.visit_date desc, v.id desc limit 1
  ) visit on true
  ${childJoins('p')}
  where p.start_date <= params.as_at and (p.end_date is null or p.end_date >= params.window_start)
  order by p.start_date, p.id`;
export type List7Row = ChildColumns & {
  start_date: string;
  initial_category: string;
  latest_category: string;
  last_visit: string | null;
  seen_alone: boolean | null;
  latest_review: string | null;
  end_date: string | null;
  emergency_protection: boolean;
  previous_plans: number | string;
};

const list8 = sql`
  select pc.child_id, pc.start_date::text as start_date,
    exists (select 1 from immigration_statuses u where u.child_id = pc.child_id and u.status = 'UASC'
      and u.start_date <= params.as_at and (u.end_date is null or u.end_date >= params.year_start)) as uasc,
    episode.category_of_need,
    exists (select 1 from periods_of_care q where q.child_id = pc.child_id and q.id <> pc.id
      and q.start_date < pc.start_date and q.end_date >= params.year_start) as second_period,
    (select max(x.start_date)::text from (
       select e.start_date, e.legal_status, lag(e.legal_status) over (order by e.start_date, e.id) as before
       from care_episodes e where e.period_of_care_id = pc.id and e.start_date <= params.as_at
     ) x where x.before is distinct from x.legal_status) as legal_status_start,
    episode.legal_status,
    (select max(r.review_date)::text from looked_after_reviews r where r.child_id = pc.child_id
      and r.review_date <= params.as_at) as latest_review,
    ${lastSeen('pc.child_id')} as last_seen,
    (select pp.plan_type from permanence_plans pp where pp.child_id = pc.child_id and pp.start_date <= params.as_at
      and (pp.end_date is null or pp.end_date > params.as_at) order by pp.start_date desc, pp.id desc limit 1) as permanence_plan,
    (select max(r.review_date)::text from looked_after_reviews r where r.child_id = pc.child_id
      and r.iro_worker_id is not null and r.review_date <= params.as_at) as last_iro_contact,
    (select max(h.assessment_date)::text from health_assessments h where h.child_id = pc.child_id
      and h.assessment_date <= params.as_at) as last_health_assessment,
    (select max(d.check_date)::text from dental_checks d where d.child_id = pc.child_id
      and d.check_date <= params.as_at) as last_dental_check,
    coalesce(placed.placements, 0) as placements,
    case when pc.end_date <= params.as_at then pc.end_date::text end as ceased,
    case when pc.end_date <= params.as_at then episode.reason_ceased end as reason_ceased,
    (select max(e.start_date)::text from care_episodes e where e.period_of_care_id = pc.id
      and e.reason_new_episode <> 'L' and e.start_date <= params.as_at) as placement_start,
    episode.placement_type, episode.placement_provider, episode.placement_postcode, episode.urn,
    episode.placement_local_authority,
    home_centroid.local_authority_code as home_authority, placement_centroid.local_authority_code as placement_authority,
    coalesce(away.missing, 0) as missing, coalesce(away.absent, 0) as absent,
    last_missing.id is not null as was_missing, interview.offered as interview_offered, interview.accepted as interview_accepted,
    ${childColumns}
  from (
    select distinct on (pc.child_id) pc.* from periods_of_care pc, params
    where pc.start_date <= params.as_at and (pc.end_date is null or pc.end_date >= params.window_start)
    order by pc.child_id, pc.start_date desc, pc.id desc
  ) pc cross join params
  left join lateral (
    select e.* from care_episodes e where e.period_of_care_id = pc.id and e.start_date <= params.as_at
    order by e.start_date desc, e.id desc limit 1
  ) episode on true
  left join postcode_centroids home_centroid on home_centroid.postcode = episode.home_postcode
  left join postcode_centroids placement_centroid on placement_centroid.postcode = episode.placement_postcode
  -- Counted for every child at once (care and missing episodes are indexed by child only for overlaps).
  -- Every episode but a change of legal status alone begins a placement; the one the child was in
  -- when the twelve months began counts too.
  left join (
    select e.child_id,
      count(*) filter (where e.reason_new_episode <> 'L' and e.start_date >= params.year_start)
        + count(*) filter (where e.start_date < params.year_start and (e.end_date is null or e.end_date > params.year_start)) as placements
    from care_episodes e, params
    where e.start_date <= params.as_at and (e.end_date is null or e.end_date >= params.year_start)
    group by e.child_id
  ) placed on placed.child_id = pc.child_id
  left join (
    select m.child_id, count(*) filter (where m.missing_type = 'M') as missing, count(*) filter (where m.missing_type = 'A') as absent
    from missing_episodes m, params
    where (m.started_at at time zone 'Europe/London')::date between params.year_start and params.as_at
    group by m.child_id
  ) away on away.child_id = pc.child_id
  left join (
    select distinct on (m.child_id) m.child_id, m.id from missing_episodes m, params
    where (m.started_at at time zone 'Europe/London')::date <= params.as_at
    order by m.child_id, m.started_at desc, m.id desc
  ) last_missing on last_missing.child_id = pc.child_id
  left join return_home_interviews interview on interview.missing_episode_id = last_missing.id
  ${childJoins('pc')}
  order by pc.start_date, pc.child_id`;
export type List8Row = ChildColumns & {
  start_date: string;
  uasc: boolean;
  category_of_need: string | null;
  second_period: boolean;
  legal_status_start: string | null;
  legal_status: string | null;
  latest_review: string | null;
  last_seen: string | null;
  permanence_plan: string | null;
  last_iro_contact: string | null;
  last_health_assessment: string | null;
  last_dental_check: string | null;
  placements: number | string;
  ceased: string | null;
  reason_ceased: string | null;
  placement_start: string | null;
  placement_type: string | null;
  placement_provider: string | null;
  placement_postcode: string | null;
  urn: string | null;
  placement_local_authority: string | null;
  home_authority: string | null;
  placement_authority: string | null;
  missing: number | string;
  absent: number | string;
  was_missing: boolean;
  interview_offered: boolean | null;
  interview_accepted: boolean | null;
};

const list9 = sql`
  select e.child_id, e.category,
    exists (select 1 from immigration_statuses u where u.child_id = e.child_id and u.status = 'UASC'
      and u.start_date <= params.as_at) as uasc,
    coalesce(adviser.name, cl.personal_adviser_name) as personal_adviser,
    (select max(r.review_date)::text from pathway_plan_reviews r where r.child_id = e.child_id
      and r.review_date <= params.as_at) as latest_review,
    contact.in_touch, contact.contact_date::text as contact_date, contact.accommodation,
    contact.accommodation_suitable, contact.activity,
    ${childColumns}
  from (
    select distinct on (e.child_id) e.* from care_leaver_eligibility e, params
    where e.start_date <= params.as_at and (e.end_date is null or e.end_date >= params.as_at)
    order by e.child_id, e.start_date desc, e.id desc
  ) e cross join params
  left join care_leavers cl on cl.child_id = e.child_id
  left join workers adviser on adviser.id = cl.personal_adviser_worker_id
  left join lateral (
    select k.* from care_leaver_contacts k where k.child_id = e.child_id and k.contact_date <= params.as_at
    order by k.contact_date desc, k.id desc limit 1
  ) contact on true
  ${childJoins('e')}
  where cl.service_end_date is null or cl.service_end_date > params.as_at
  order by e.child_id`;
export type List9Row = ChildColumns & {
  category: string;
  uasc: boolean;
  personal_adviser: string | null;
  latest_review: string | null;
  in_touch: string | null;
  contact_date: string | null;
  accommodation: string | null;
  accommodation_suitable: boolean | null;
  activity: string | null;
};

const list10 = sql`
  select ap.child_id,
    (select max(pc.start_date)::text from periods_of_care pc where pc.child_id = ap.child_id
      and pc.start_date <= ap.should_be_placed_date) as entered_care,
    ap.should_be_placed_date::text as decision_date, ap.placement_order_date::text as placement_order_date,
    ap.matched_date::text as matched_date, ap.placed_date::text as placed_date,
    ap.adoption_order_date::text as adoption_order_date,
    case when ap.reason_placed_ceased is not null and ap.ended_date <= params.as_at then ap.ended_date::text end as no_longer_date,
    case when ap.ended_date <= params.as_at then ap.reason_placed_ceased end as reason_no_longer,
    ap.fostering_for_adoption_date::text as fostering_for_adoption_date,
    ${childColumns}
  from adoption_plans ap cross join params ${childJoins('ap')}
  where ap.should_be_placed_date <= params.as_at
    and (coalesce(ap.ended_date, ap.adoption_order_date) is null
      or coalesce(ap.ended_date, ap.adoption_order_date) >= params.window_start)
  order by ap.should_be_placed_date, ap.id`;
export type List10Row = ChildColumns & {
  entered_care: string | null;
  decision_date: string;
  placement_order_date: string | null;
  matched_date: string | null;
  placed_date: string | null;
  adoption_order_date: string | null;
  no_longer_date: string | null;
  reason_no_longer: string | null;
  fostering_for_adoption_date: string | null;
};

export interface AnnexARows {
  1: List1Row[];
  2: List2Row[];
  3: List3Row[];
  4: List4Row[];
  5: List5Row[];
  6: List6Row[];
  7: List7Row[];
  8: List8Row[];
  9: List9Row[];
  10: List10Row[];
}

const queries: { [N in keyof AnnexARows]: RawBuilder<unknown> } = {
  1: list1,
  2: list2,
  3: list3,
  4: list4,
  5: list5,
  6: list6,
  7: list7,
  8: list8,
  9: list9,
  10: list10,
};

/** One list's rows as at a date. */
export async function annexARows<N extends keyof AnnexARows>(
  db: Kysely<Database>,
  list: N,
  asAt: string,
): Promise<AnnexARows[N]> {
  return (await withoutJit(db, sql<AnnexARows[N][number]>`with ${shared(asAt)} ${queries[list]}`)) as AnnexARows[N];
}
