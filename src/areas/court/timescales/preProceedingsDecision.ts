// Local standard (council): decision to issue proceedings or step down within 16 weeks of the pre-proceedings meeting.
import { addWeeks } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'plo-decision': true;
  }
}

export const preProceedingsDecision: TimescaleRule = {
  id: 'plo-decision',
  title: 'Pre-proceedings (PLO) decision',
  source: 'Local standard (council)',
  kind: 'local',
  occurrences(context) {
    return context.journey.preProceedings.flatMap((plo) => {
      const meeting = date(plo.meetingDate);
      return deadline(context, {
        recordId: plo.id,
        startedOn: meeting,
        dueOn: addWeeks(meeting, context.settings.preProceedingsDecisionWeeks),
        metOn: optionalDate(plo.decisionDate),
      });
    });
  },
};
