// Local standard: a child open to children's social care is seen alone at least every N weeks (council setting; Working Together to Safeguard Children 2023 asks that children are seen alone).
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'child-seen-alone': true;
  }
}

/**
 * While a child in need plan, a child protection plan or a period of care lasts, the child is seen
 * alone (on a visit, or in any work a case note records) within the council's interval of the
 * start or of the last time they were.
 */
export const childSeenAlone: TimescaleRule = {
  id: 'child-seen-alone',
  title: 'Child seen alone',
  source: 'Local standard (Working Together to Safeguard Children 2023: children are seen alone)',
  kind: 'local',
  occurrences(context) {
    const { journey, settings } = context;
    const seenAlone = journey.childSeenAlone.map(date);
    // Each kind of episode is its own chain, named apart: a plan and a period may share an id.
    const episodes = [
      ...journey.childInNeedPlans.map((plan) => ({ ...plan, id: `cin-plan-${plan.id}` })),
      ...journey.childProtectionPlans.map((plan) => ({ ...plan, id: `cp-plan-${plan.id}` })),
      ...journey.periodsOfCare.map((period) => ({ ...period, id: `period-of-care-${period.id}` })),
    ];
    return episodes.flatMap((episode) =>
      recurring(context, {
        recordId: episode.id,
        startedOn: date(episode.startDate),
        endedOn: optionalDate(episode.endDate),
        events: seenAlone,
        next: (from) => from.add({ weeks: settings.childSeenAloneWeeks }),
      }),
    );
  },
};
