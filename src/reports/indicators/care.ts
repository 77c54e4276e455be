// Children in care indicators (SSDA903 definitions: timescales.md "DfE statistical definitions").
import { sql } from 'kysely';
import type { Indicator } from './model.ts';
import { breakdownColumn } from './sqlParts.ts';

/** Legal statuses of an agreed series of short breaks, which the looked-after counts leave out (903 LS). */
export const shortBreakStatuses = ['V3', 'V4'];

/** Each child looked after as at each period's last day: the episode open that day, short breaks excluded. */
const lookedAfterAsAt = (columns: ReturnType<typeof sql>, breakdown?: Parameters<Indicator['rows']>[0]) => sql`
  select p.key as period, e.child_id, ${columns}
    ${breakdownColumn(breakdown, sql.ref('e.child_id'), sql.ref('p.ends'))}
  from care_episodes e join periods p on e.start_date <= p.ends and (e.end_date is null or e.end_date > p.ends)
  where e.legal_status <> all(${shortBreakStatuses}::text[])`;

export const careIndicators: Indicator[] = [
  {
    id: 'looked-after',
    title: 'Children looked after',
    group: 'care',
    definition:
      'Children looked after on the last day of the period, excluding those in an agreed series of short breaks. A child whose care ended that day is not counted.',
    source: 'DfE SSDA903: looked after at 31 March (or any date)',
    unit: 'count',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['team', 'locality'],
    rows: (breakdown) => lookedAfterAsAt(sql`1 as numerator, 0 as denominator`, breakdown),
  },
  {
    id: 'looked-after-rate',
    title: 'Children looked after per 10,000 children',
    group: 'care',
    definition:
      'Children looked after on the last day of the period (short breaks excluded) per 10,000 children aged 0–17.',
    source: 'DfE SSDA903; rate per 10,000',
    unit: 'rate10k',
    polarity: 'neutral',
    measure: 'stock',
    breakdowns: ['locality'],
    rows: (breakdown) => lookedAfterAsAt(sql`1 as numerator, 0 as denominator`, breakdown),
  },
];
