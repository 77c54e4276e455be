// Care Planning, Placement and Case Review (England) Regulations 2010, reg 28 (amended 2015): visits within a week of any placement, then 6-weekly, 3-monthly for a long-term placement after its first year.
import { type Temporal } from 'temporal-polyfill';
import { addMonths, addWeeks, isBefore } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { Placement } from '../journey.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { datesInPeriod } from './periodOfCare.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'cla-visit': true;
  }
}

/**
 * Reg 28(2)–(3): the first visit within a week of the placement starting;
 * weekly until the first review when placed with a parent (reg 19) or with
 * a temporarily approved connected person (reg 24), who is then visited
 * 4-weekly; otherwise at most 6 weeks apart in the placement's first year,
 * and after it at most 3 months apart if the placement is to last until 18.
 * Once the first review is held the weekly cycle stops, so a visit the day
 * before it is followed by the general interval, not a visit a week later.
 */
function nextVisit(placement: Placement, firstReview: Temporal.PlainDate | undefined) {
  const start = date(placement.startDate);
  const firstYearEnds = addMonths(start, 12);
  return (from: Temporal.PlainDate, occurrence: number): Temporal.PlainDate => {
    if (occurrence === 0) return addWeeks(start, 1);
    const weekLater = addWeeks(from, 1);
    const weeklyStill = !firstReview || isBefore(weekLater, firstReview);
    if (placement.arrangement !== 'other' && weeklyStill) return weekLater;
    if (placement.arrangement === 'connected-person-temporary-approval') return addWeeks(from, 4);
    if (placement.longTerm && !isBefore(from, firstYearEnds)) return addMonths(from, 3);
    return addWeeks(from, 6);
  };
}

export const lookedAfterChildVisit: TimescaleRule = {
  id: 'cla-visit',
  title: 'Statutory visit to the looked after child',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 28 (as amended 2015)',
  kind: 'national',
  occurrences(context) {
    const { periodsOfCare, lookedAfterReviews, visits } = context.journey;
    const seen = visits.filter((v) => v.purpose === 'looked-after' && v.childSeen);
    return periodsOfCare.flatMap((period) => {
      const firstReview = datesInPeriod(period, lookedAfterReviews).find((on) => !isBefore(context.asOf.date, on));
      return period.placements.flatMap((placement) =>
        recurring(context, {
          recordId: placement.id,
          startedOn: date(placement.startDate),
          endedOn: optionalDate(placement.endDate ?? period.endDate),
          events: seen.map((v) => date(v.date)),
          next: nextVisit(placement, firstReview),
        }),
      );
    });
  },
};
