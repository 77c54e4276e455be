// Local standard (council): the family plan reviewed at least every 12 weeks (Families First: a plan reviewed with the family as the help goes on).
import { addWeeks } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'family-plan-review': true;
  }
}

export const familyPlanReview: TimescaleRule = {
  id: 'family-plan-review',
  title: 'Family plan review',
  source: 'Local standard (council)',
  kind: 'local',
  occurrences(context) {
    return context.journey.familyHelp.flatMap((help) =>
      help.planAgreedOn
        ? recurring(context, {
            recordId: help.id,
            startedOn: date(help.planAgreedOn),
            endedOn: optionalDate(help.endDate),
            events: help.reviewDates.map((reviewed) => date(reviewed)),
            next: (from) => addWeeks(from, context.settings.familyPlanReviewWeeks),
          })
        : [],
    );
  },
};
