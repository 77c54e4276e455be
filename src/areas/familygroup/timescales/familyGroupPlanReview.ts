// Families First Partnership programme guide (2025), family group decision-making: the family plan is reviewed on the date the family agreed, and at each review the next is set.
import { date, deadline } from '../../../core/timescales/deadlines.ts';
import type { Occurrence, TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'family-group-plan-review': true;
  }
}

export const familyGroupPlanReview: TimescaleRule = {
  id: 'family-group-plan-review',
  title: 'Family plan review (family group decision-making)',
  source: 'Families First Partnership programme guide: family group decision-making',
  kind: 'local',
  occurrences(context) {
    return context.journey.familyGroupMeetings.flatMap((meeting) => {
      if (!meeting.heldDate || !meeting.reviewDueDate) return [];
      const occurrences: Occurrence[] = [];
      let startedOn = date(meeting.heldDate);
      let dueOn = date(meeting.reviewDueDate);
      // Each review meets the review due and sets the next; a review that ends the plan ends the chain.
      for (const review of meeting.reviews) {
        const reviewed = date(review.date);
        occurrences.push(...deadline(context, { recordId: meeting.id, startedOn, dueOn, metOn: reviewed }));
        if (!review.nextReviewDate) return occurrences;
        startedOn = reviewed;
        dueOn = date(review.nextReviewDate);
      }
      occurrences.push(...deadline(context, { recordId: meeting.id, startedOn, dueOn }));
      return occurrences;
    });
  },
};
