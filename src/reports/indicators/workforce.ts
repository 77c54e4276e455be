// Workforce indicators: caseloads of qualified case-holding social workers against the council's
// aspiration (the workforce area's caseload standards), and children open with no allocated worker.
import { sql } from 'kysely';
import { caseHoldingRoles, defaultCaseloadStandards } from '../../areas/workforce/index.ts';
import type { Breakdown, Indicator } from './model.ts';
import { breakdownColumn } from './sqlParts.ts';

/**
 * One row per qualified social worker in post and holding cases on a period's last day (of the
 * roles given): the children allocated to them then over one worker. Broken down by the worker's
 * team. Allocations are counted once for each distinct last day (a month and its year to date share it).
 */
const caseloads = (roles: readonly string[], breakdown?: Breakdown) => sql`
  select p.key as period, null::int as child_id, held.children as numerator, 1 as denominator
    ${breakdown === 'team' ? sql`, t.name as team` : sql``}
  from (select pe.ends, a.worker_id, count(*) as children
    from allocations a join (select distinct ends from periods) pe
      on a.start_date <= pe.ends and (a.end_date is null or a.end_date > pe.ends)
    where a.start_date <= (select max(ends) from periods)
      and (a.end_date is null or a.end_date > (select min(ends) from periods))
    group by pe.ends, a.worker_id) held
  join workers w on w.id = held.worker_id and w.start_date <= held.ends and (w.end_date is null or w.end_date >= held.ends)
  join periods p on p.ends = held.ends
  ${breakdown === 'team' ? sql`left join teams t on t.id = w.team_id` : sql``}
  where w.role = any(${[...roles]}::text[])`;

const { aspirationLow, aspirationHigh, asyeCap } = defaultCaseloadStandards;

export const workforceIndicators: Indicator[] = [
  {
    id: 'average-caseload',
    title: 'Average caseload of qualified social workers',
    group: 'workforce',
    definition: `Children allocated on the last day of the period to qualified social workers holding cases (social workers, senior practitioners and ASYEs), divided by the number of those workers. The council aspires to ${aspirationLow} to ${aspirationHigh} children each.`,
    source: 'Council performance report (Q3 report 7.139); DfE children’s social work workforce census',
    unit: 'average',
    polarity: 'lower',
    measure: 'stock',
    breakdowns: ['team'],
    rows: (breakdown) => caseloads(caseHoldingRoles, breakdown),
  },
  {
    id: 'asye-caseload',
    title: 'Average caseload of social workers in their first year (ASYE)',
    group: 'workforce',
    definition: `Children allocated on the last day of the period to social workers in their assessed and supported year in employment who hold cases, divided by the number of them. The council caps an ASYE’s caseload at ${asyeCap}.`,
    source: 'Council performance report (Q3 report 7.139)',
    unit: 'average',
    polarity: 'lower',
    measure: 'stock',
    breakdowns: ['team'],
    rows: (breakdown) => caseloads(['asye'], breakdown),
  },
  {
    id: 'unallocated-children',
    title: 'Children open with no allocated worker',
    group: 'workforce',
    definition:
      'Children open to children’s social care on the last day of the period with no worker allocated that day. Read from the stored due items of the allocated-worker standard.',
    source: 'Council performance report (Q3 report 7.138): no child unallocated',
    unit: 'count',
    polarity: 'lower',
    measure: 'stock',
    breakdowns: ['locality'],
    rows: (breakdown) => sql`
      select p.key as period, d.child_id, 1 as numerator, 0 as denominator
        ${breakdownColumn(breakdown, sql.ref('d.child_id'), sql.ref('p.ends'))}
      from due_items d join periods p on d.starts_on <= p.ends and (d.met_on is null or d.met_on > p.ends)
        and (d.episode_ended_on is null or d.episode_ended_on > p.ends)
      where d.rule = 'worker-allocated'`,
  },
];
