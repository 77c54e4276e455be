// Working Together to Safeguard Children 2023, ch.2: first core group meeting within 10 working days of the initial conference.
import { date, deadline, earliest, optionalDate, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'first-core-group': true;
  }
}

export const firstCoreGroupMeeting: TimescaleRule = {
  id: 'first-core-group',
  title: 'First core group meeting',
  source: 'Working Together to Safeguard Children 2023, chapter 2',
  kind: 'national',
  occurrences(context) {
    const { childProtectionPlans, coreGroupMeetings } = context.journey;
    return childProtectionPlans.flatMap((plan) => {
      // The plan starts on the day of the conference that made it.
      const conference = date(plan.startDate);
      return deadline(context, {
        recordId: plan.id,
        startedOn: conference,
        dueOn: workingDaysAfter(context, conference, 10),
        metOn: earliest(coreGroupMeetings.filter((m) => m.planId === plan.id).map((m) => date(m.date))),
        endedOn: optionalDate(plan.endDate),
      });
    });
  },
};
