// `harbour seed --report`: the county's own figures, computed from the database with SQL (not
// from the simulation's counters), beside the profile's, each with its tolerance.
import { sql, type Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { addWorkingDays } from '../../core/workingDays.ts';
import { calibrationTargets, countySettings, withinTolerance, type CalibrationTarget } from './settings.ts';
import { placementGroupOf, type PlacementGroup } from '../../areas/care/index.ts';

export interface ReportLine {
  target: CalibrationTarget;
  /** The profile's figure, scaled to the county's population for counts. */
  expected: number;
  actual: number;
  pass: boolean;
}

export interface CountyReport {
  endDate: string;
  population: number;
  scale: number;
  lines: ReportLine[];
}

/** Legal statuses that are not a court order: accommodation under s20 and short breaks (903 LS). */
const voluntaryStatuses = ['V2', 'V3', 'V4'];
const shortBreaks = ['V3', 'V4'];

const n = (value: unknown) => Number(value ?? 0);

export async function countyReport(db: Kysely<Database>, endDate: string): Promise<CountyReport> {
  const end = Temporal.PlainDate.from(endDate);
  const from = end.subtract({ months: 12 }).add({ days: 1 }).toString();
  const to = end.toString();
  const { rows: populationRows } = await sql<{ total: number }>`
    select coalesce(sum(count), 0)::int as total from population_estimates
    where year = (select coalesce(max(year) filter (where year <= ${end.year}), min(year)) from population_estimates)`.execute(
    db,
  );
  const population = n(populationRows[0]?.total);
  const per10k = (count: number) => (population ? Math.round((count / population) * 100_000) / 10 : 0);
  const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);
  const scale = population / countySettings.population.childrenAtScale1;

  // Looked after on the end date: the episode open that day, short breaks excluded.
  const { rows: lookedAfter } = await sql<{ placement_type: string; legal_status: string }>`
    select e.placement_type, e.legal_status from care_episodes e
    where e.start_date <= ${to} and (e.end_date is null or e.end_date > ${to}) and e.legal_status <> all(${shortBreaks}::text[])`.execute(
    db,
  );
  const cla = lookedAfter.length;
  const groupCounts = new Map<PlacementGroup, number>();
  for (const row of lookedAfter) {
    const group = placementGroupOf(row.placement_type);
    groupCounts.set(group, (groupCounts.get(group) ?? 0) + 1);
  }
  const courtOrders = lookedAfter.filter((row) => !voluntaryStatuses.includes(row.legal_status)).length;

  // Started and ceased in the last 12 months: each child once, short breaks excluded.
  const { rows: flows } = await sql<{ starts: number; ceased: number }>`
    select
      (select count(distinct p.child_id) from periods_of_care p
        join care_episodes e on e.period_of_care_id = p.id and e.start_date = p.start_date and e.reason_new_episode = 'S'
        where p.start_date between ${from} and ${to} and e.legal_status <> all(${shortBreaks}::text[]))::int as starts,
      (select count(distinct p.child_id) from periods_of_care p
        join care_episodes e on e.period_of_care_id = p.id and e.end_date = p.end_date and e.reason_ceased is not null and e.reason_ceased <> 'X1'
        where p.end_date between ${from} and ${to} and e.legal_status <> all(${shortBreaks}::text[]))::int as ceased`.execute(
    db,
  );

  // Referrals and re-referrals (a referral within 12 months of the child's previous one).
  const { rows: referrals } = await sql<{ referrals: number; re_referrals: number }>`
    select count(*)::int as referrals,
      count(*) filter (where exists (
        select 1 from referrals earlier where earlier.child_id = r.child_id and earlier.id <> r.id
          and earlier.referral_date < r.referral_date and earlier.referral_date >= r.referral_date - interval '12 months'))::int as re_referrals
    from referrals r where r.referral_date between ${from} and ${to}`.execute(db);

  // Assessments authorised in the last 12 months, and whether within 45 working days of the referral.
  const { rows: assessments } = await sql<{ referral_date: string; authorisation_date: string }>`
    select r.referral_date, a.authorisation_date from assessments a join referrals r on r.id = a.referral_id
    where a.authorisation_date between ${from} and ${to}`.execute(db);
  const dueDates = new Map<string, string>();
  let onTime = 0;
  for (const row of assessments) {
    let due = dueDates.get(row.referral_date);
    if (!due)
      dueDates.set(
        row.referral_date,
        (due = addWorkingDays(Temporal.PlainDate.from(row.referral_date), 45).toString()),
      );
    if (row.authorisation_date <= due) onTime++;
  }

  // Court: pre-proceedings entered, proceedings concluded and issued, by child and by family.
  const family = (alias: string) => `coalesce('family-' || ${alias}.family_id, '${alias}-' || ${alias}.id)`;
  const { rows: court } = await sql<{
    plo_children: number;
    plo_families: number;
    concluded_children: number;
    concluded_families: number;
    in_proceedings: number;
  }>`
    select
      (select count(distinct c.child_id) from pre_proceedings p join pre_proceedings_children c on c.pre_proceedings_id = p.id where p.start_date between ${from} and ${to})::int as plo_children,
      (select count(distinct ${sql.raw(family('p'))}) from pre_proceedings p where p.start_date between ${from} and ${to})::int as plo_families,
      (select count(distinct c.child_id) from care_proceedings p join proceedings_children c on c.proceedings_id = p.id where p.conclusion_date between ${from} and ${to})::int as concluded_children,
      (select count(distinct ${sql.raw(family('p'))}) from care_proceedings p where p.conclusion_date between ${from} and ${to})::int as concluded_families,
      (select count(distinct c.child_id) from care_proceedings p join proceedings_children c on c.proceedings_id = p.id
        where p.issue_date <= ${to} and (p.conclusion_date is null or p.conclusion_date > ${to}))::int as in_proceedings`.execute(
    db,
  );
  const { rows: issued } = await sql<{ families: number; large: number }>`
    select count(*)::int as families, count(*) filter (where children >= 3)::int as large from (
      select ${sql.raw(family('p'))} as family, count(distinct c.child_id) as children
      from care_proceedings p join proceedings_children c on c.proceedings_id = p.id
      where p.issue_date between ${from} and ${to} group by 1) f`.execute(db);

  // Child protection: plans open on the end date; plans started in the year that were not the child's first.
  const { rows: protection } = await sql<{ open: number; started: number; second: number }>`
    select
      (select count(distinct child_id) from child_protection_plans where start_date <= ${to} and (end_date is null or end_date > ${to}))::int as open,
      (select count(*) from child_protection_plans where start_date between ${from} and ${to})::int as started,
      (select count(*) from child_protection_plans p where p.start_date between ${from} and ${to}
        and exists (select 1 from child_protection_plans earlier where earlier.child_id = p.child_id and earlier.start_date < p.start_date))::int as second`.execute(
    db,
  );

  // Caseloads: children allocated on the end date to each qualified social worker holding cases.
  const { rows: caseloads } = await sql<{ workers: number; children: number }>`
    select count(*)::int as workers, coalesce(sum(caseload), 0)::int as children from (
      select w.id, count(a.id) as caseload from workers w
      join allocations a on a.worker_id = w.id and a.start_date <= ${to} and (a.end_date is null or a.end_date > ${to})
      where w.role in ('social-worker', 'senior-practitioner', 'asye') and w.start_date <= ${to} and (w.end_date is null or w.end_date >= ${to})
      group by w.id) c`.execute(db);

  const f = flows[0]!;
  const ref = referrals[0]!;
  const c = court[0]!;
  const i = issued[0]!;
  const p = protection[0]!;
  const load = caseloads[0]!;
  const actual: Record<string, number> = {
    'cla-rate': per10k(cla),
    'cla-starts': per10k(n(f.starts)),
    'cla-ceased': per10k(n(f.ceased)),
    'placement-foster': percent(groupCounts.get('foster') ?? 0, cla),
    'placement-kinship': percent(groupCounts.get('kinship') ?? 0, cla),
    'placement-residential': percent(groupCounts.get('residential') ?? 0, cla),
    'placement-parents': percent(groupCounts.get('parents') ?? 0, cla),
    'placement-supported': percent(groupCounts.get('supported') ?? 0, cla),
    'placement-adoption': percent(groupCounts.get('adoption') ?? 0, cla),
    'placement-other': percent(groupCounts.get('other') ?? 0, cla),
    'court-order': percent(courtOrders, cla),
    're-referrals': percent(n(ref.re_referrals), n(ref.referrals)),
    'referral-rate': per10k(n(ref.referrals)),
    'assessments-45': percent(onTime, assessments.length),
    'plo-children': n(c.plo_children),
    'plo-families': n(c.plo_families),
    'concluded-children': n(c.concluded_children),
    'concluded-families': n(c.concluded_families),
    'issued-3-plus': percent(n(i.large), n(i.families)),
    'in-proceedings': n(c.in_proceedings),
    'cp-rate': per10k(n(p.open)),
    'cp-second': percent(n(p.second), n(p.started)),
    caseload: n(load.workers) ? Math.round((n(load.children) / n(load.workers)) * 10) / 10 : 0,
  };
  const lines = calibrationTargets.map((target) => {
    const expected = target.unit === 'count' ? Math.round(target.value * scale * 10) / 10 : target.value;
    const value = actual[target.id] ?? 0;
    return { target, expected, actual: value, pass: withinTolerance({ ...target, value: expected }, value) };
  });
  return { endDate: to, population, scale: Math.round(scale * 100) / 100, lines };
}

/** The report as a plain-text table for the terminal. */
export function formatReport(report: CountyReport): string {
  const unit = (line: ReportLine) =>
    line.target.unit === 'percent' ? ' %' : line.target.unit === 'rate10k' ? ' /10k' : '';
  const tolerance = (line: ReportLine) => (line.target.unit === 'percent' ? '±3 pts' : '±10 %');
  const rows = report.lines.map((line) => [
    line.target.title,
    `${line.actual}${unit(line)}`,
    `${line.expected}${unit(line)}`,
    tolerance(line),
    line.pass ? 'pass' : 'FAIL',
  ]);
  const header = ['Figure', 'County', 'Profile', 'Tolerance', 'Result'];
  const widths = header.map((title, col) => Math.max(title.length, ...rows.map((row) => row[col]!.length)));
  const format = (row: string[]) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  const failed = report.lines.filter((line) => !line.pass).length;
  return [
    `Synthetic county report at ${report.endDate}: ${report.population.toLocaleString('en-GB')} children under 18 (scale ${report.scale}); last 12 months for flows.`,
    '',
    format(header),
    format(widths.map((width) => '-'.repeat(width))),
    ...rows.map(format),
    '',
    failed
      ? `${failed} of ${report.lines.length} figures outside tolerance.`
      : `All ${report.lines.length} figures within tolerance.`,
    'Sources: see src/synth/settings.ts (profile rows, or England approx. where the profile gives none).',
  ].join('\n');
}
