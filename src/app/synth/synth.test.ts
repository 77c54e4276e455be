import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabase } from '../testing/testDatabase.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { simulateCounty } from './county.ts';
import type { Tables } from './tables.ts';
import { CountySimulation } from './simulation.ts';
import { loadCounty } from './load.ts';
import { ChildrenExistError, seedCounty } from './seed.ts';
import { countySettings } from './settings.ts';
import { countyFingerprint } from './dump.ts';
import { syntheticDataCheck } from './banner.ts';
import { Deck, Random } from './random.ts';
import { WorkingDays, dayOf, iso } from './dates.ts';
import { populationEstimates } from './population.ts';
import { unallocatedChildren } from '../../reports/journey/openCases.ts';
import { loadChildJourneys } from '../../reports/journey/loadJourney.ts';
import { openSpells } from '../../areas/workforce/timescales/workerAllocated.ts';
import { isValidNhsNumber } from '../../areas/people/nhsNumber.ts';

const small = { scale: 0.02, years: 2, seed: 11, endDate: '2025-11-14' };

describe('the synthetic county generator', () => {
  const opened: HarbourDatabase[] = [];
  const fresh = async () => {
    const database = await testDatabase();
    opened.push(database);
    return database;
  };
  after(async () => {
    for (const database of opened) await database.close();
  });

  test('an unaccompanied child whose drawn age passes 18 before the referral still comes into care as a child', () => {
    const simulation = new CountySimulation(
      countySettings,
      { scale: 0.05, years: 1, seed: 3, endDate: '2026-03-31' },
      new Map([
        [2025, 3000],
        [2026, 3000],
      ]),
    );
    // Thousands of arrivals: a few are drawn a day or two short of 18 (scale 5 met one).
    for (let arrival = 0; arrival < 3000; arrival++) {
      const stay = simulation['unaccompaniedChild'](dayOf('2025-06-01') + (arrival % 200));
      assert.ok(stay.end > stay.start, `a stay from ${iso(stay.start)} ends on ${iso(stay.end)}, the 18th birthday`);
    }
  });

  test('a child without an NHS number says why: a baby of the last four weeks, or an unaccompanied child just arrived', () => {
    const end = '2025-11-14';
    const { tables } = simulateCounty(countySettings, { scale: 0.1, years: 1, seed: 11, endDate: end });
    const children = tables.rows.get('children')!;
    const unaccompanied = new Set(
      (tables.rows.get('immigration_statuses') ?? []).filter((row) => row.status === 'UASC').map((row) => row.child_id),
    );
    const reasons = children.map((child) => {
      assert.ok((child.nhs_number === null) !== (child.nhs_number_unknown === null), `child ${String(child.id)}`);
      // A baby of the last four weeks, and only such a baby, may have no number yet.
      const newborn = dayOf(end) - dayOf(String(child.date_of_birth)) < 28;
      assert.equal(child.nhs_number_unknown === 'newborn', newborn && child.nhs_number === null, String(child.id));
      if (child.nhs_number_unknown === 'uasc') assert.ok(unaccompanied.has(child.id));
      return child.nhs_number_unknown;
    });
    assert.ok(reasons.filter((reason) => reason === null).length > children.length * 0.95, 'most have a number');
    // Whether the year's last four weeks bring a baby known to the council is chance; an arrival is not.
    assert.ok(reasons.includes('uasc'), JSON.stringify([...new Set(reasons)]));
  });

  test('the same scale, years, seed and end date give byte-identical data; another seed does not', async () => {
    const first = await fresh();
    const second = await fresh();
    const third = await fresh();
    // One load checks foreign keys row by row, as the stores' own writes are checked.
    await loadCounty(first.db, simulateCounty(countySettings, small), undefined, { perRowChecks: true });
    await seedCounty(second.db, small);
    await seedCounty(third.db, { ...small, seed: 12 });
    const [a, b, c] = await Promise.all([
      countyFingerprint(first.db),
      countyFingerprint(second.db),
      countyFingerprint(third.db),
    ]);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  test('every generated person is synthetic, every open child allocated, and an occupied database is refused', async () => {
    const database = await fresh();
    const check = syntheticDataCheck(database.db);
    assert.equal(await check(), false);
    await seedCounty(database.db, small);
    assert.equal(await syntheticDataCheck(database.db)(), true);
    const { rows } = await sql<{ children: number; real_children: number; real_adults: number; real_workers: number }>`
      select
        (select count(*) from children)::int as children,
        (select count(*) from children where not is_synthetic)::int as real_children,
        (select count(*) from adults where not is_synthetic)::int as real_adults,
        (select count(*) from workers where not is_synthetic)::int as real_workers`.execute(database.db);
    const counts = rows[0]!;
    assert.ok(counts.children > 100, `a county of ${counts.children} children`);
    assert.equal(counts.real_children, 0);
    assert.equal(counts.real_adults, 0);
    assert.equal(counts.real_workers, 0);
    // Plans hold the plan itself, authorised within days of being written.
    const { rows: plans } = await sql<{ plans: number; written: number; authorised: number }>`
      select
        (select count(*) from cin_plans) + (select count(*) from child_protection_plans) as plans,
        (select count(distinct (plan_type, plan_id)) from plan_versions)::int as written,
        (select count(*) from plan_versions where decision = 'authorised')::int as authorised`.execute(database.db);
    assert.ok(
      plans[0]!.written > Number(plans[0]!.plans) * 0.9,
      `${plans[0]!.written} of ${plans[0]!.plans} plans written`,
    );
    assert.ok(plans[0]!.authorised > plans[0]!.written * 0.9);
    // Who visited, chaired and owns an action is a worker, an IRO, or a family member or professional: never words alone.
    const { rows: named } = await sql<{ visits: number; unnamed_visits: number; not_iro: number; kinds: string[] }>`
      select
        (select count(*) from visits)::int as visits,
        (select count(*) from visits where visited_by_worker_id is null)::int as unnamed_visits,
        (select count(*) from child_protection_conferences c left join workers w on w.id = c.chair_worker_id
          where w.role is distinct from 'iro')::int as not_iro,
        array(select distinct owner_kind from plan_actions order by 1) as kinds`.execute(database.db);
    assert.ok(named[0]!.visits > 100, `${named[0]!.visits} visits`);
    assert.deepEqual(
      [named[0]!.unnamed_visits, named[0]!.not_iro, named[0]!.kinds],
      [0, 0, ['family-member', 'professional', 'worker']],
    );
    // Every NHS number generated passes the check digit a form would apply, and none repeats.
    const nhsNumbers = (await database.db.selectFrom('children').select('nhs_number').execute()).flatMap((row) =>
      row.nhs_number ? [row.nhs_number] : [],
    );
    assert.ok(nhsNumbers.length > 100, `${nhsNumbers.length} NHS numbers`);
    assert.deepEqual(
      nhsNumbers.filter((number) => !isValidNhsNumber(number)),
      [],
    );
    assert.equal(new Set(nhsNumbers).size, nhsNumbers.length);
    // No child open to children's social care (the team page's own test) is without a worker.
    assert.deepEqual(await unallocatedChildren(database.db, small.endDate), []);
    // Open as the worker-allocated standard reads it: a spell covering the last day.
    const everyChild = (await database.db.selectFrom('children').select('id').execute()).map((row) => row.id);
    const openChildIds = [...(await loadChildJourneys(database.db, everyChild))].flatMap(([id, journey]) =>
      openSpells(journey).some(
        (spell) => spell.start <= small.endDate && (spell.end === undefined || spell.end > small.endDate),
      )
        ? [id]
        : [],
    );
    assert.ok(openChildIds.length > 20);
    await assert.rejects(seedCounty(database.db, small), ChildrenExistError);
    // The application's own next record carries on after the generated ids.
    const { rows: next } = await sql<{ id: number; max: number }>`
      select nextval(pg_get_serial_sequence('contacts', 'id'))::int as id, (select max(id) from contacts)::int as max`.execute(
      database.db,
    );
    assert.ok(next[0]!.id > next[0]!.max);
  });

  test('the records the later pages added are filled from what the county decided', async () => {
    const database = await fresh();
    await seedCounty(database.db, small);
    type Counts = Record<
      | 'proceedings'
      | 'hearings'
      | 'concluded_without_final'
      | 'late_first_hearings'
      | 'interim_care'
      | 'orders_before_issue'
      | 'sdqs'
      | 'sdqs_outside_ages'
      | 'immunisations'
      | 'substance_checks'
      | 'returns'
      | 'screenings'
      | 'reviews'
      | 'voiced'
      | 'babies_seen_alone'
      | 'unaddressed'
      | 'out_of_county'
      | 'named_in_county'
      | 'sgos'
      | 'guardian_assessments'
      | 'long_term_matches'
      | 'confirmations'
      | 'siblings'
      | 'lone_siblings',
      number
    >;
    const { rows } = await sql<Counts>`
      select
        (select count(*) from care_proceedings)::int as proceedings,
        (select count(*) from proceedings_hearings)::int as hearings,
        (select count(*) from care_proceedings p where p.conclusion_date is not null and not exists (
          select 1 from proceedings_hearings h where h.proceedings_id = p.id and h.hearing_type = 'final'
            and h.hearing_date = p.conclusion_date))::int as concluded_without_final,
        (select count(*) from proceedings_hearings h join care_proceedings p on p.id = h.proceedings_id
          where h.hearing_type = 'case-management' and h.hearing_date > p.issue_date + 28)::int as late_first_hearings,
        (select count(*) from proceedings_interim_orders where order_type = 'interim-care-order')::int as interim_care,
        (select count(*) from proceedings_interim_orders o join care_proceedings p on p.id = o.proceedings_id
          where o.made_date < p.issue_date)::int as orders_before_issue,
        (select count(*) from sdq_scores)::int as sdqs,
        (select count(*) from sdq_scores s join children c on c.id = s.child_id
          where extract(year from age(s.completed_on, c.date_of_birth)) not between 3 and 16
            and s.reason_not_done is distinct from 'SDQ1')::int as sdqs_outside_ages,
        (select count(*) from immunisation_checks)::int as immunisations,
        (select count(*) from substance_misuse_checks)::int as substance_checks,
        (select count(*) from missing_episodes where returned_at is not null)::int as returns,
        (select count(*) from exploitation_screenings)::int as screenings,
        (select count(*) from looked_after_reviews)::int as reviews,
        (select count(*) from looked_after_reviews where cardinality(voice_gathered) > 0)::int as voiced,
        (select count(*) from looked_after_reviews where participation = 'PN0' and seen_alone is not null)::int as babies_seen_alone,
        (select count(*) from care_episodes where placement_address is null and placement_postcode is not null)::int as unaddressed,
        (select count(*) from care_episodes where placement_local_authority is not null)::int as out_of_county,
        (select count(*) from care_episodes where placement_local_authority is not null
          and (placement_postcode like 'SY%' or placement_postcode like 'TF1%'))::int as named_in_county,
        (select count(*) from special_guardianship_orders)::int as sgos,
        (select count(*) from special_guardian_assessments)::int as guardian_assessments,
        (select count(*) from care_episodes where reason_new_episode = 'B' and long_term)::int as long_term_matches,
        (select count(*) from long_term_fostering_confirmations)::int as confirmations,
        (select count(*) from sibling_placements)::int as siblings,
        (select count(*) from (select sibling_group from sibling_placements group by 1 having count(*) < 2) g)::int as lone_siblings`.execute(
      database.db,
    );
    const n = rows[0]!;
    // Two to six hearings each, the first within weeks of issue and the last on the day proceedings concluded.
    assert.ok(
      n.proceedings > 0 && n.hearings >= 2 * n.proceedings && n.hearings <= 6 * n.proceedings,
      JSON.stringify(n),
    );
    assert.equal(n.concluded_without_final, 0);
    assert.equal(n.late_first_hearings, 0);
    assert.ok(n.interim_care > 0);
    assert.equal(n.orders_before_issue, 0);
    // The OC2 cohort's health: an SDQ for those aged 4 to 16, immunisations and substance misuse for all.
    assert.ok(n.sdqs > 0 && n.sdqs <= n.immunisations, JSON.stringify(n));
    assert.equal(n.sdqs_outside_ages, 0);
    assert.equal(n.substance_checks, n.immunisations);
    // Screened after some missing episodes, not all.
    assert.ok(n.screenings > 0 && n.screenings < n.returns * 0.6, JSON.stringify(n));
    // The child's voice at most reviews; a child under 4 is not asked whether seen alone.
    assert.ok(n.voiced > n.reviews / 2 && n.voiced < n.reviews, JSON.stringify(n));
    assert.equal(n.babies_seen_alone, 0);
    // Every placement has its address; the authority is named for those outside the county, never inside it.
    assert.equal(n.unaddressed, 0);
    assert.ok(n.out_of_county > 0);
    assert.equal(n.named_in_county, 0);
    assert.ok(n.guardian_assessments >= n.sgos && n.sgos > 0, JSON.stringify(n));
    assert.equal(n.confirmations, n.long_term_matches);
    assert.ok(n.long_term_matches > 0);
    assert.ok(n.siblings >= 2);
    assert.equal(n.lone_siblings, 0);
  });
});

describe('the generator’s parts', () => {
  test('a county seeded up to today holds nothing later than the moment of seeding, in the same order', () => {
    // Friday 14 November 2025 at 10:30 in London (GMT); that county's last day has contacts received in the afternoon.
    const county = { scale: 0.2, years: 1, seed: 11, endDate: '2025-11-14' };
    const seededAt = '2025-11-14T10:30:00Z';
    const timesOf = (tables: Tables) =>
      [...tables.rows.values()].flatMap((rows) =>
        rows.flatMap((row) =>
          Object.entries(row).flatMap(([column, value]) =>
            column.endsWith('_at') && typeof value === 'string' ? [Date.parse(value)] : [],
          ),
        ),
      );
    const unbounded = simulateCounty(countySettings, county).tables;
    const receivedLater = (tables: Tables) =>
      tables.rows
        .get('contacts')!
        .filter((contact) => Date.parse(contact.received_at as string) > Date.parse(seededAt));
    assert.ok(receivedLater(unbounded).length > 0, 'without the moment, contacts are received after it');
    const seeded = simulateCounty(countySettings, { ...county, seededAt }).tables;
    const later = timesOf(seeded).filter((time) => time > Date.parse(seededAt));
    assert.deepEqual(
      later.map((time) => new Date(time).toISOString()),
      [],
    );
    // The same records: the last day's times are drawn in, none dropped, and each decision still follows its contact.
    for (const [key, rows] of unbounded.rows) assert.equal(seeded.rows.get(key)!.length, rows.length, key);
    for (const decision of seeded.rows.get('contact_decisions')!)
      assert.ok(Date.parse(decision.decided_at as string) >= Date.parse(decision.contact_received_at as string));
    const lastDay = seeded.rows.get('contacts')!.filter((contact) => (contact.received_at as string) >= county.endDate);
    assert.ok(lastDay.length > 0, 'contacts on the end date are kept');
  });

  test('working days match the timescale engine’s examples', () => {
    const wd = new WorkingDays(dayOf('2025-01-01'), dayOf('2027-01-01'));
    assert.equal(iso(wd.add(dayOf('2025-12-18'), 45)), '2026-02-24');
    assert.equal(iso(wd.add(dayOf('2026-03-26'), 15)), '2026-04-20');
    assert.equal(iso(wd.subtract(dayOf('2026-04-20'), 15)), '2026-03-26');
  });

  test('a deck deals its shares exactly, and a seeded generator repeats itself', () => {
    const deck = new Deck(new Random(1), { a: 80, b: 20 });
    const dealt = Array.from({ length: 100 }, () => deck.deal());
    assert.equal(dealt.filter((card) => card === 'b').length, 20);
    assert.deepEqual(
      Array.from({ length: 5 }, () => new Random(9).next()),
      Array.from({ length: 5 }, () => new Random(9).next()),
    );
  });

  test('the population holds scale × 59,300 children in the end year and changes year to year', () => {
    const rows = populationEstimates(countySettings, new Random(3), 1, 2020, 2025);
    const total = (year: number) => rows.filter((row) => row.year === year).reduce((sum, row) => sum + row.count, 0);
    assert.equal(total(2025), 59_300);
    assert.notEqual(total(2020), total(2025));
    assert.equal(rows.filter((row) => row.year === 2025).length, 36);
  });

  test('a larger county has more teams, not larger ones: a team of at most 8 workers, the first keeps its name', () => {
    const county = simulateCounty(countySettings, { scale: 0.6, years: 2, seed: 5, endDate: '2026-03-31' });
    const open = (rows: Record<string, unknown>[] | undefined) => (rows ?? []).filter((row) => row.end_date === null);
    const perTeam = (rows: Record<string, unknown>[]) => {
      const counts = new Map<number, number>();
      for (const row of rows) counts.set(row.team_id as number, (counts.get(row.team_id as number) ?? 0) + 1);
      return counts;
    };
    const workers = perTeam(open(county.tables.rows.get('workers')));
    const children = perTeam(open(county.tables.rows.get('allocations')));
    assert.ok(county.teams.length > 10, `only ${county.teams.length} teams`);
    assert.ok(Math.max(...workers.values()) <= countySettings.workforce.workersPerTeam);
    // 8 workers at 15–18 children each, a few over while a team recruits.
    assert.ok(Math.max(...children.values()) <= 8 * 21, `a team holds ${Math.max(...children.values())} children`);
    assert.equal(county.teams[0]!.name, 'North locality team', 'the demo accounts’ team is the first');
    assert.ok(county.teams.some((team) => /^Children in care team \d+$/.test(team.name)));
  });
});
