// Local standard (council): pre-proceedings under the Public Law Outline reviewed at a meeting at least every 6 weeks.
import { addWeeks } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'plo-review': true;
  }
}

export const preProceedingsReview: TimescaleRule = {
  id: 'plo-review',
  title: 'Pre-proceedings (PLO) review meeting',
  source: 'Local standard (council)',
  kind: 'local',
  occurrences(context) {
    return context.journey.preProceedings.flatMap((plo) =>
      recurring(context, {
        recordId: plo.id,
        startedOn: date(plo.meetingDate),
        endedOn: optionalDate(plo.decisionDate),
        events: plo.reviewMeetings.map((meeting) => date(meeting.date)),
        next: (from) => addWeeks(from, context.settings.preProceedingsReviewWeeks),
      }),
    );
  },
};
