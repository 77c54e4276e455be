// Working Together to Safeguard Children 2023, ch.2: assessment concluded within 45 working days of the referral.
import { date, deadline, optionalDate, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    assessment: true;
  }
}

export const singleAssessment: TimescaleRule = {
  id: 'assessment',
  title: 'Single assessment authorised',
  source: 'Working Together to Safeguard Children 2023, chapter 2 (45 working days from referral; CIN census bands)',
  kind: 'national',
  occurrences(context) {
    const { referrals, assessments } = context.journey;
    return assessments.flatMap((assessment) => {
      const referral = referrals.find((r) => r.id === assessment.referralId);
      if (!referral) return [];
      const referralDate = date(referral.referralDate);
      return deadline(context, {
        recordId: assessment.id,
        startedOn: referralDate,
        dueOn: workingDaysAfter(context, referralDate, 45),
        metOn: optionalDate(assessment.authorisationDate),
        endedOn: optionalDate(referral.closureDate),
      });
    });
  },
};
