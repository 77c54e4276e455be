// Working Together to Safeguard Children 2023, ch.2: initial conference within 15 working days of the strategy discussion (CIN census InitialCPCTarget).
import { isBefore } from '../../../core/calendar.ts';
import { date, deadline, earliest, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    icpc: true;
  }
}

export const initialChildProtectionConference: TimescaleRule = {
  id: 'icpc',
  title: 'Initial child protection conference',
  source: 'Working Together to Safeguard Children 2023, chapter 2; CIN census InitialCPCTarget',
  kind: 'national',
  occurrences(context) {
    const { section47Enquiries, conferences } = context.journey;
    return section47Enquiries
      .filter((enquiry) => !enquiry.initialConferenceNotRequired)
      .flatMap((enquiry) => {
        const started = date(enquiry.startDate);
        // A conference dated before the enquiry started cannot have concluded it.
        const held = conferences
          .filter((c) => c.type === 'initial' && c.section47Id === enquiry.id)
          .map((c) => date(c.date))
          .filter((on) => !isBefore(on, started));
        return deadline(context, {
          recordId: enquiry.id,
          startedOn: started,
          dueOn: workingDaysAfter(context, started, 15),
          metOn: earliest(held),
        });
      });
  },
};
