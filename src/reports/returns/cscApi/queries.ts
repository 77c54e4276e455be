// The CSC API's rows, one set-based query per entity for every child in scope: children with a
// social care episode (a referral), a period of care or care leaver eligibility open at any point in
// the twelve months up to the as-at date. Records are as they stood on the as-at date: begun by it,
// and an end after it not yet known.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import type { CscRows } from './shape.ts';
import { withoutJit } from '../../../platform/db/withoutJit.ts';

const shared = (asAt: string) => sql`
  params as (select ${asAt}::date as as_at, (${asAt}::date - interval '12 months' + interval '1 day')::date as year_start),
  scope as (
    select r.child_id from referrals r, params
      where r.referral_date <= params.as_at and (r.closure_date is null or r.closure_date >= params.year_start)
    union select pc.child_id from periods_of_care pc, params
      where pc.start_date <= params.as_at and (pc.end_date is null or pc.end_date >= params.year_start)
    union select e.child_id from care_leaver_eligibility e, params
      where e.start_date <= params.as_at and (e.end_date is null or e.end_date >= params.year_start)
  )`;

const known = (column: string) => sql`case when ${sql.ref(column)} <= params.as_at then ${sql.ref(column)}::text end`;

const queries: { [K in keyof CscRows]: RawBuilder<unknown> } = {
  children: sql`
    select c.id as child_id, c.forename, c.surname, c.access_restriction is not null as restricted,
      c.date_of_birth::text as date_of_birth, c.expected_date_of_birth::text as expected_date_of_birth,
      c.sex, c.ethnicity, c.upn, c.upn_unknown, home.postcode,
      coalesce(disabled.codes, '{}') as disabilities, uasc.child_id is not null as uasc,
      case when uasc.open then null else uasc.ended::text end as uasc_end_date
    from scope join children c on c.id = scope.child_id cross join params
    left join (select child_id, array_agg(code order by code) as codes from child_disabilities group by child_id) disabled
      on disabled.child_id = c.id
    left join lateral (
      select a.postcode from addresses a where a.child_id = c.id and a.start_date <= params.as_at
        and (a.end_date is null or a.end_date >= params.as_at)
      order by a.start_date desc, a.id desc limit 1
    ) home on true
    left join (
      select u.child_id, bool_or(u.end_date is null or u.end_date > params.as_at) as open, max(u.end_date) as ended
      from immigration_statuses u, params where u.status = 'UASC' and u.start_date <= params.as_at group by u.child_id
    ) uasc on uasc.child_id = c.id
    order by c.id`,
  episodes: sql`
    select r.id, r.child_id, r.referral_date::text as referral_date, r.source, r.no_further_action,
      ${known('r.closure_date')} as closure_date, case when r.closure_date <= params.as_at then r.closure_reason end as closure_reason
    from referrals r join scope on scope.child_id = r.child_id cross join params
    where r.referral_date <= params.as_at order by r.child_id, r.referral_date, r.id`,
  workers: sql`
    select a.id, a.child_id, a.worker_id, a.start_date::text as start_date, ${known('a.end_date')} as end_date
    from allocations a join scope on scope.child_id = a.child_id cross join params
    where a.start_date <= params.as_at order by a.child_id, a.start_date, a.id`,
  assessments: sql`
    select a.id, a.child_id, a.referral_id, a.start_date::text as start_date,
      ${known('a.authorisation_date')} as authorisation_date, a.factors
    from assessments a join scope on scope.child_id = a.child_id cross join params
    where a.start_date <= params.as_at order by a.child_id, a.start_date, a.id`,
  cinPlans: sql`
    select p.id, p.child_id, p.referral_id, p.start_date::text as start_date, ${known('p.end_date')} as end_date
    from cin_plans p join scope on scope.child_id = p.child_id cross join params
    where p.start_date <= params.as_at order by p.child_id, p.start_date, p.id`,
  enquiries: sql`
    select s.id, s.child_id, sd.referral_id, s.start_date::text as start_date,
      not s.initial_conference_not_required as icpc_required,
      (select min(k.conference_date)::text from child_protection_conferences k where k.section_47_enquiry_id = s.id
        and k.type = 'initial' and k.conference_date <= params.as_at) as icpc_date,
      ${known('s.end_date')} as end_date
    from section_47_enquiries s join scope on scope.child_id = s.child_id cross join params
    join strategy_discussions sd on sd.id = s.strategy_discussion_id
    where s.start_date <= params.as_at order by s.child_id, s.start_date, s.id`,
  protectionPlans: sql`
    select p.id, p.child_id, p.start_date::text as start_date, ${known('p.end_date')} as end_date
    from child_protection_plans p join scope on scope.child_id = p.child_id cross join params
    where p.start_date <= params.as_at order by p.child_id, p.start_date, p.id`,
  placements: sql`
    select e.id, e.child_id, e.start_date::text as start_date, e.reason_new_episode, e.placement_type,
      e.placement_postcode, ${known('e.end_date')} as end_date,
      case when e.end_date <= params.as_at then e.reason_ceased end as reason_ceased,
      case when e.end_date <= params.as_at then e.reason_place_change end as reason_place_change
    from care_episodes e join scope on scope.child_id = e.child_id cross join params
    where e.start_date <= params.as_at order by e.child_id, e.start_date, e.id`,
  adoptions: sql`
    select ap.id, ap.child_id, ap.should_be_placed_date::text as start_date,
      ${known('ap.matched_date')} as matched_date, ${known('ap.placed_date')} as placed_date
    from adoption_plans ap join scope on scope.child_id = ap.child_id cross join params
    where ap.should_be_placed_date <= params.as_at order by ap.child_id, ap.should_be_placed_date, ap.id`,
  careLeaverContacts: sql`
    select k.id, k.child_id, k.contact_date::text as start_date, k.activity, k.accommodation
    from care_leaver_contacts k join scope on scope.child_id = k.child_id cross join params
    where k.contact_date <= params.as_at order by k.child_id, k.contact_date, k.id`,
  sdqs: sql`
    select q.child_id, q.completed_on::text as date, q.score
    from sdq_scores q join scope on scope.child_id = q.child_id cross join params
    where q.score is not null and q.completed_on <= params.as_at order by q.child_id, q.completed_on`,
};

/** Every entity's rows for the children in scope on the as-at date: one query each. */
export async function cscRows(db: Kysely<Database>, asAt: string): Promise<CscRows> {
  const entries = await Promise.all(
    (Object.keys(queries) as (keyof CscRows)[]).map(
      async (entity) => [entity, await withoutJit(db, sql`with ${shared(asAt)} ${queries[entity]}`)] as const,
    ),
  );
  return Object.fromEntries(entries) as unknown as CscRows;
}

/** Every child Harbour holds any social care record of, in scope or not: a child sent before and still held is not withdrawn. */
export async function childrenWithSocialCare(db: Kysely<Database>): Promise<Set<string>> {
  const result = await sql<{ child_id: number | string }>`
    select child_id from referrals union select child_id from periods_of_care
    union select child_id from care_leaver_eligibility`.execute(db);
  return new Set(result.rows.map((row) => String(row.child_id)));
}
