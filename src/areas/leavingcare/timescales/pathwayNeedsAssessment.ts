// Care Planning, Placement and Case Review (England) Regulations 2010, reg 42: needs assessment within 3 months of turning 16 or of becoming eligible after 16, then the pathway plan.
import { addMonths, birthday, laterOf } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'pathway-needs-assessment': true;
  }
}

export const pathwayNeedsAssessment: TimescaleRule = {
  id: 'pathway-needs-assessment',
  title: 'Needs assessment and pathway plan',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 42',
  kind: 'national',
  occurrences(context) {
    const { child, careLeaver } = context.journey;
    if (careLeaver?.eligibleDate === undefined) return [];
    const clockStarts = laterOf(date(careLeaver.eligibleDate), birthday(date(child.dateOfBirth), 16));
    const assessed = optionalDate(careLeaver.needsAssessmentDate);
    const planned = optionalDate(careLeaver.pathwayPlanDate);
    return deadline(context, {
      recordId: child.id,
      startedOn: clockStarts,
      dueOn: addMonths(clockStarts, 3),
      // Met when both are done: the plan is written from the assessment.
      metOn: assessed && planned && laterOf(assessed, planned),
      endedOn: optionalDate(careLeaver.serviceEndDate),
    });
  },
};
