// The SSDA903 return from Harbour's records: one set-based query per table over the areas' tables
// (never a query per child), shaped by shape.ts. Who is in it: every child looked after at any time
// in the year, and the care leavers whose 17th to 21st birthday falls in it (OC3).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import { inTouchWindowSql, oc3Birthdays } from '../../../areas/leavingcare/index.ts';
import { reasonPlacedCeasedSql } from '../../../areas/permanence/index.ts';
import type { CollectionYear } from '../returnDates.ts';
import { isoDateOf } from '../returnDates.ts';
import { configFromEnvironment } from '../../../platform/settings/config.ts';
import type {
  AdoptionDecisionRecord,
  AdoptionRecord,
  CareLeaverRecord,
  ChildRecord,
  DeprivationOfLibertyRecord,
  EpisodeRecord,
  HealthRecord,
  MissingRecord,
  PreviousPermanenceRecord,
  Records903,
  ReviewRecord,
  SocialWorkerRecord,
  UascRecord,
} from './shape.ts';
import { shape903 } from './shape.ts';
import type { Tables903 } from './tables.ts';

interface Bounds {
  readonly start: string;
  readonly end: string;
}

/** The children looked after at some time in the year, and whether only ever on short breaks. */
const lookedAfter = ({ start, end }: Bounds) => sql`
  looked_after as (
    select child_id, bool_and(legal_status in ('V3', 'V4')) as short_breaks_only
    from care_episodes
    where start_date <= ${end}::date and (end_date is null or end_date >= ${start}::date)
    group by child_id)`;

/**
 * OC3's young people: care leavers (relevant or former relevant) whose 17th to 21st birthday is in
 * the year, having left care before it; with the day of that birthday.
 */
const careLeaverBirthdays = ({ start, end }: Bounds) => sql`
  birthdays as (
    select c.id as child_id, (c.date_of_birth + make_interval(years => age))::date as birthday
    from children c
    cross join generate_series(${oc3Birthdays.first}::int, ${oc3Birthdays.last}::int) as age
    where c.date_of_birth is not null
      and c.id in (select child_id from care_leavers)
      and c.id in (select child_id from care_leaver_eligibility where category in ('relevant', 'former-relevant'))),
  oc3 as (
    select b.child_id, b.birthday from birthdays b
    where b.birthday between ${start}::date and ${end}::date
      and exists (select 1 from periods_of_care p where p.child_id = b.child_id and p.end_date < b.birthday)
      and not exists (
        select 1 from periods_of_care p
        where p.child_id = b.child_id and p.start_date <= b.birthday and (p.end_date is null or p.end_date >= b.birthday)))`;

/** A timestamp's day in England. */
const dayInEngland = (column: RawBuilder<unknown>) => sql`(${column} at time zone 'Europe/London')::date`;

async function rows<R>(db: Kysely<Database>, query: RawBuilder<R>): Promise<R[]> {
  return (await query.execute(db)).rows;
}

function children(db: Kysely<Database>, bounds: Bounds) {
  return rows(
    db,
    sql<ChildRecord>`
      with ${lookedAfter(bounds)}, ${careLeaverBirthdays(bounds)},
      first_children as (
        select child_id, min(born) as born from (
          select r.related_child_id as child_id, b.date_of_birth as born
          from relationships r join children b on b.id = r.child_id
          where r.relationship = 'parent' and r.related_child_id is not null
          union all
          select child_id, born_on from births_to_young_people) births
        group by child_id)
      select c.id as "childId", c.sex, c.date_of_birth::text as "dateOfBirth", c.ethnicity, c.upn,
        c.upn_unknown as "upnUnknown", l.child_id is not null as "lookedAfter",
        coalesce(l.short_breaks_only, false) as "shortBreaksOnly", f.born::text as "firstChildBorn"
      from children c
      left join looked_after l on l.child_id = c.id
      left join first_children f on f.child_id = c.id
      where l.child_id is not null or c.id in (select child_id from oc3)`,
  );
}

function episodes(db: Kysely<Database>, { start, end }: Bounds) {
  return rows(
    db,
    sql<EpisodeRecord>`
      select child_id as "childId", start_date::text as "startDate", reason_new_episode as "reasonNewEpisode",
        legal_status as "legalStatus", category_of_need as "categoryOfNeed", placement_type as "placementType",
        placement_provider as "placementProvider", end_date::text as "endDate", reason_ceased as "reasonCeased",
        reason_place_change as "reasonPlaceChange", home_postcode as "homePostcode",
        placement_postcode as "placementPostcode", urn
      from care_episodes
      where start_date <= ${end}::date and (end_date is null or end_date >= ${start}::date)`,
  );
}

function reviews(db: Kysely<Database>, bounds: Bounds) {
  return rows(
    db,
    sql<ReviewRecord>`
      with ${lookedAfter(bounds)}
      select r.child_id as "childId", r.review_date::text as "reviewDate", r.participation
      from looked_after_reviews r join looked_after l on l.child_id = r.child_id and not l.short_breaks_only
      where r.review_date between ${bounds.start}::date and ${bounds.end}::date`,
  );
}

function uasc(db: Kysely<Database>, bounds: Bounds) {
  return rows(
    db,
    sql<UascRecord>`
      with ${lookedAfter(bounds)}
      select s.child_id as "childId",
        case when bool_or(s.end_date is null) then null else max(s.end_date)::text end as "endDate"
      from immigration_statuses s join looked_after l on l.child_id = s.child_id
      where s.status = 'UASC' and s.start_date <= ${bounds.end}::date
      group by s.child_id`,
  );
}

function missing(db: Kysely<Database>, bounds: Bounds) {
  return rows(
    db,
    sql<MissingRecord>`
      with ${lookedAfter(bounds)},
      episodes as (
        select m.child_id, m.missing_type, ${dayInEngland(sql`m.started_at`)} as started,
          ${dayInEngland(sql`m.returned_at`)} as returned
        from missing_episodes m join looked_after l on l.child_id = m.child_id)
      select e.child_id as "childId", e.missing_type as "missingType", e.started::text as "startDate",
        e.returned::text as "endDate"
      from episodes e
      where e.started <= ${bounds.end}::date and (e.returned is null or e.returned >= ${bounds.start}::date)
        and exists (
          select 1 from periods_of_care p
          where p.child_id = e.child_id and p.start_date <= e.started and (p.end_date is null or p.end_date >= e.started))`,
  );
}

/** The latest row of a table in the year for each child (one pass over the table, not one per child). */
const latestInYear = (table: string, day: string, columns: string, { start, end }: Bounds) => sql`
  (select distinct on (child_id) child_id, ${sql.raw(columns)} from ${sql.table(table)}
   where ${sql.ref(day)} between ${start}::date and ${end}::date
   order by child_id, ${sql.ref(day)} desc, id desc)`;

function health(db: Kysely<Database>, bounds: Bounds) {
  const { start, end } = bounds;
  return rows(
    db,
    sql<HealthRecord>`
      with continuously as (
        select distinct p.child_id from periods_of_care p
        where p.start_date <= ${start}::date and (p.end_date is null or p.end_date > ${end}::date)
          and exists (
            select 1 from care_episodes e
            where e.period_of_care_id = p.id and e.legal_status not in ('V3', 'V4')))
      select c.child_id as "childId",
        exists (select 1 from health_assessments h where h.child_id = c.child_id
          and h.assessment_date between ${start}::date and ${end}::date) as "healthAssessed",
        exists (select 1 from dental_checks d where d.child_id = c.child_id
          and d.check_date between ${start}::date and ${end}::date) as "teethChecked",
        exists (select 1 from convictions v where v.child_id = c.child_id
          and v.convicted_on between ${start}::date and ${end}::date) as "convicted",
        i.up_to_date as "immunisationsUpToDate", q.score as "sdqScore", q.reason_not_done as "sdqReason",
        s.problem_identified as "substanceMisuse", s.intervention_received as "interventionReceived",
        s.intervention_offered as "interventionOffered"
      from continuously c
      left join ${latestInYear('immunisation_checks', 'checked_on', 'up_to_date', bounds)} i on i.child_id = c.child_id
      left join ${latestInYear('sdq_scores', 'completed_on', 'score, reason_not_done', bounds)} q on q.child_id = c.child_id
      left join ${latestInYear('substance_misuse_checks', 'checked_on', 'problem_identified, intervention_received, intervention_offered', bounds)} s
        on s.child_id = c.child_id`,
  );
}

function careLeavers(db: Kysely<Database>, bounds: Bounds) {
  const window = inTouchWindowSql(sql`o.birthday`);
  return rows(
    db,
    sql<CareLeaverRecord>`
      with ${careLeaverBirthdays(bounds)}
      select o.child_id as "childId", k.in_touch as "inTouch", k.activity, k.accommodation,
        k.accommodation_suitable as "accommodationSuitable"
      from oc3 o
      left join lateral (
        select * from care_leaver_contacts k
        where k.child_id = o.child_id and k.contact_date between ${window.opens} and ${window.closes}
        order by k.contact_date desc, k.id desc limit 1) k on true`,
  );
}

function adoptions(db: Kysely<Database>, { start, end }: Bounds) {
  return rows(
    db,
    sql<AdoptionRecord>`
      select distinct on (e.child_id) e.child_id as "childId", a.should_be_placed_date::text as "shouldBePlacedDate",
        a.matched_date::text as "matchedDate", e.placement_type in ('A3', 'A5') as "adoptedByFosterCarer",
        a.adopters_sex as "adoptersSex", a.adopters_legal_status as "adoptersLegalStatus"
      from care_episodes e
      left join adoption_plans a on a.child_id = e.child_id and a.should_be_placed_date <= e.end_date
      where e.reason_ceased in ('E11', 'E12') and e.end_date between ${start}::date and ${end}::date
      order by e.child_id, e.end_date desc, a.should_be_placed_date desc nulls last`,
  );
}

function adoptionDecisions(db: Kysely<Database>, bounds: Bounds) {
  return rows(
    db,
    sql<AdoptionDecisionRecord>`
      with ${lookedAfter(bounds)}
      select a.child_id as "childId", a.should_be_placed_date::text as "shouldBePlacedDate",
        a.ended_date::text as "ceasedDate", ${reasonPlacedCeasedSql('a')} as "reasonCeased"
      from adoption_plans a join looked_after l on l.child_id = a.child_id
      where a.should_be_placed_date <= ${bounds.end}::date and (a.ended_date is null or a.ended_date >= ${bounds.start}::date)`,
  );
}

/**
 * PrevPerm for each child whose period of care began in the year: what was said of it when the period
 * began (previous_permanence), and the latest permanence order Harbour recorded before it (adoption
 * P1, special guardianship P2, child arrangements P3); shape.ts chooses. Harbour's order was this
 * council's: its LA_PERM is the council's DfE number (HARBOUR_LA_NUMBER), blank when not set.
 */
function previousPermanence(db: Kysely<Database>, { start, end }: Bounds, councilLaNumber: string | null) {
  return rows(
    db,
    sql<PreviousPermanenceRecord>`
      with started as (
        select child_id, max(start_date) as started from care_episodes
        where reason_new_episode = 'S' and start_date between ${start}::date and ${end}::date
        group by child_id),
      orders as (
        select child_id, 'P1' as option, adoption_order_date as made from adoption_plans where adoption_order_date is not null
        union all
        select child_id, 'P2', order_date from special_guardianship_orders
        union all
        select pc.child_id, case pc.final_order when 'special-guardianship-order' then 'P2' else 'P3' end, cp.conclusion_date
        from proceedings_children pc join care_proceedings cp on cp.id = pc.proceedings_id
        where pc.final_order in ('special-guardianship-order', 'child-arrangements-order') and cp.conclusion_date is not null)
      select s.child_id as "childId", coalesce(o.option, 'Z1') as option,
        case when o.option is null then null else ${councilLaNumber}::text end as "localAuthority", o.made::text as date,
        case when pp.id is null then null else json_build_object('option', pp.option,
          'localAuthority', pp.local_authority, 'year', pp.order_year, 'month', pp.order_month, 'day', pp.order_day)
        end as stated
      from started s
      left join periods_of_care p on p.child_id = s.child_id and p.start_date = s.started
      left join previous_permanence pp on pp.period_of_care_id = p.id
      left join lateral (
        select option, made from orders o where o.child_id = s.child_id and o.made < s.started
        order by made desc limit 1) o on true`,
  );
}

function socialWorkers(db: Kysely<Database>, bounds: Bounds) {
  return rows(
    db,
    sql<SocialWorkerRecord>`
      with ${lookedAfter(bounds)}
      select a.child_id as "childId", a.start_date::text as "startDate", a.end_date::text as "endDate",
        -- A worker without a Social Work England number: XX and a local id, as the guide allows; H marks
        -- Harbour's own numbering, so it never meets a local id a past return gave.
        coalesce(w.swe_registration_number, w.previous_system_id, 'XXH' || w.id) as "socialWorkerId",
        a.change_reason as reason, a.imported_from is not null as imported,
        prev.child_id is not null as "followedAnother", prev.left_on::text as "previousWorkerLeft"
      from allocations a join looked_after l on l.child_id = a.child_id join workers w on w.id = a.worker_id
      left join lateral (
        select p.child_id, pw.end_date as left_on from allocations p join workers pw on pw.id = p.worker_id
        where p.child_id = a.child_id and p.end_date = a.start_date limit 1) prev on a.change_reason is null
      where a.start_date <= ${bounds.end}::date and (a.end_date is null or a.end_date >= ${bounds.start}::date)`,
  );
}

/** DoLo: the court area's orders depriving a child looked after in the year of their liberty, in force in it. */
function deprivationOfLiberty(db: Kysely<Database>, bounds: Bounds) {
  return rows(
    db,
    sql<DeprivationOfLibertyRecord>`
      with ${lookedAfter(bounds)}
      select o.child_id as "childId", o.start_date::text as "startDate", o.end_date::text as "endDate"
      from deprivation_of_liberty_orders o join looked_after l on l.child_id = o.child_id
      where o.start_date <= ${bounds.end}::date and (o.end_date is null or o.end_date >= ${bounds.start}::date)`,
  );
}

/** Everything the year's 903 is made from: the queries run side by side. */
export async function records903(
  db: Kysely<Database>,
  year: CollectionYear,
  councilLaNumber: string | null,
): Promise<Records903> {
  const bounds = { start: isoDateOf(year.start), end: isoDateOf(year.end) };
  const [
    childRows,
    episodeRows,
    reviewRows,
    uascRows,
    missingRows,
    healthRows,
    leaverRows,
    adoptionRows,
    decisionRows,
    permanenceRows,
    workerRows,
    deprivationOfLibertyRows,
  ] = await Promise.all([
    children(db, bounds),
    episodes(db, bounds),
    reviews(db, bounds),
    uasc(db, bounds),
    missing(db, bounds),
    health(db, bounds),
    careLeavers(db, bounds),
    adoptions(db, bounds),
    adoptionDecisions(db, bounds),
    previousPermanence(db, bounds, councilLaNumber),
    socialWorkers(db, bounds),
    deprivationOfLiberty(db, bounds),
  ]);
  return {
    children: childRows,
    episodes: episodeRows,
    reviews: reviewRows,
    uasc: uascRows,
    missing: missingRows,
    health: healthRows,
    careLeavers: leaverRows,
    adoptions: adoptionRows,
    adoptionDecisions: decisionRows,
    previousPermanence: permanenceRows,
    socialWorkers: workerRows,
    deprivationOfLiberty: deprivationOfLibertyRows,
  };
}

/** The year's SSDA903 tables as Harbour's records give them (the council's DfE number from its configuration). */
export async function build903(
  db: Kysely<Database>,
  year: CollectionYear,
  councilLaNumber = configFromEnvironment().councilLaNumber ?? null,
): Promise<Tables903> {
  return shape903(await records903(db, year, councilLaNumber), year);
}
