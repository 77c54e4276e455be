// Working Together to Safeguard Children 2023, ch.2: decision on a contact within one working day (local option: 24 hours).
import {
  deadline,
  deadlineInHours,
  instant,
  londonDate,
  workingDaysAfter,
} from '../../../core/timescales/deadlines.ts';
import type { ChildJourney } from '../../../core/timescales/journey.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'contact-decision': true;
  }
}

export const contactDecision: TimescaleRule<Pick<ChildJourney, 'child' | 'contacts'>> = {
  id: 'contact-decision',
  title: 'Decision on a contact',
  source:
    'Working Together to Safeguard Children 2023, chapter 2 (decision within one working day); 24-hour option is local',
  kind: 'national and local',
  occurrences(context) {
    return context.journey.contacts.flatMap((contact) => {
      const receivedAt = instant(contact.receivedAt);
      const decisionAt = contact.decisionAt === undefined ? undefined : instant(contact.decisionAt);
      if (context.settings.contactDecisionWithin === '24-hours') {
        return deadlineInHours(context, { recordId: contact.id, startedAt: receivedAt, hours: 24, metAt: decisionAt });
      }
      const receivedOn = londonDate(receivedAt);
      return deadline(context, {
        recordId: contact.id,
        startedOn: receivedOn,
        dueOn: workingDaysAfter(context, receivedOn, 1),
        metOn: decisionAt && londonDate(decisionAt),
      });
    });
  },
};
