// Local standard: a child open to children's social care is allocated a worker within N working days of being without one (council setting; Working Together to Safeguard Children 2023: a social worker leads the work with each child).
import { date, deadline, optionalDate, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { ChildJourney, IsoDate } from '../../../core/timescales/journey.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'worker-allocated': true;
  }
}

/** Days from the first to the first day after (open-ended while `end` is absent). */
interface Span {
  start: IsoDate;
  end?: IsoDate | undefined;
}

const endsBefore = (span: Span, day: IsoDate) => span.end !== undefined && span.end < day;

/**
 * The spells the child is open to children's social care: the days of an open referral (a CIN
 * episode), a child in need or child protection plan, a period of care or a care leaver's service,
 * joined where they meet or overlap.
 */
export function openSpells(journey: ChildJourney): Span[] {
  const episodes: Span[] = [
    ...journey.referrals.map((referral) => ({ start: referral.referralDate, end: referral.closureDate })),
    ...journey.childInNeedPlans.map((plan) => ({ start: plan.startDate, end: plan.endDate })),
    ...journey.childProtectionPlans.map((plan) => ({ start: plan.startDate, end: plan.endDate })),
    ...journey.periodsOfCare.map((period) => ({ start: period.startDate, end: period.endDate })),
    ...(journey.careLeaver?.eligibleDate && journey.periodsOfCare.length > 0
      ? [{ start: journey.careLeaver.eligibleDate, end: journey.careLeaver.serviceEndDate }]
      : []),
  ]
    .filter((span) => span.end === undefined || span.end > span.start)
    .sort((a, b) => a.start.localeCompare(b.start));
  const spells: Span[] = [];
  for (const episode of episodes) {
    const last = spells.at(-1);
    if (last && !endsBefore(last, episode.start))
      last.end = last.end === undefined || episode.end === undefined ? undefined : [last.end, episode.end].sort()[1];
    else spells.push({ ...episode });
  }
  return spells;
}

/** The stretches of a spell that no allocation (earliest first) covers; each ends when one starts, or with the spell. */
function withoutAWorker(spell: Span, allocations: readonly Span[]): Span[] {
  const gaps: Span[] = [];
  let from: IsoDate | undefined = spell.start;
  for (const allocation of allocations) {
    if (from === undefined || endsBefore(spell, allocation.start) || spell.end === allocation.start) break;
    if (allocation.end !== undefined && allocation.end <= from) continue;
    if (allocation.start > from) gaps.push({ start: from, end: allocation.start });
    from = allocation.end;
  }
  if (from !== undefined && (spell.end === undefined || from < spell.end)) gaps.push({ start: from, end: spell.end });
  return gaps;
}

/**
 * Each time a child open to the service is without a worker — from the day their spell opens, or
 * the day their worker's allocation ends — a worker is due within the council's working days; the
 * next allocation meets it. A spell that closes first ends it.
 */
export const workerAllocated: TimescaleRule = {
  id: 'worker-allocated',
  title: 'Worker allocated',
  source:
    'Local standard (Working Together to Safeguard Children 2023: a social worker leads the work with each child)',
  kind: 'local',
  occurrences(context) {
    const { journey, settings } = context;
    const allocations = journey.allocations
      .map((allocation) => ({ start: allocation.startDate, end: allocation.endDate }))
      .sort((a, b) => a.start.localeCompare(b.start));
    return openSpells(journey).flatMap((spell) =>
      withoutAWorker(spell, allocations).flatMap((gap) => {
        const startedOn = date(gap.start);
        // A gap ends when an allocation starts (met) or when the spell closes (ended unmet).
        const end = optionalDate(gap.end);
        const closed = gap.end === spell.end;
        return deadline(context, {
          recordId: gap.start,
          startedOn,
          dueOn: workingDaysAfter(context, startedOn, settings.workerAllocatedWorkingDays),
          metOn: closed ? undefined : end,
          endedOn: closed ? end : undefined,
        });
      }),
    );
  },
};
