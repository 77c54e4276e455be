// Council practice standards: settings per council, defaults from
// reference/timescales.md. National timescales are not settings.

export interface TimescaleSettings {
  /** Count the start date as day 1 (some validators' convention) instead of day 0. */
  startDayCountsAsDayOne: boolean;
  /** Contact decision within one working day (Working Together) or within 24 hours. */
  contactDecisionWithin: 'one-working-day' | '24-hours';
  /** Whether only a manager may record the front door's decision on a contact. */
  contactDecisionByManager: boolean;
  strategyDiscussionWorkingDays: number;
  childProtectionVisitWorkingDays: number;
  childProtectionPlanSeniorOversightMonths: number;
  childInNeedVisitWorkingDays: number;
  childInNeedReviewWeeks: number;
  /** Longest gap between personal education plan reviews. */
  personalEducationPlanReviewMonths: number;
  /** Age from which a looked-after child has a personal education plan (early years PEPs from 3). */
  personalEducationPlanFromAge: number;
  missingManagerReviewWorkingDays: number;
  preProceedingsReviewWeeks: number;
  preProceedingsDecisionWeeks: number;
  /** Keep in touch around each birthday after 21 up to this age (0 turns it off). */
  careLeaverAnnualContactToAge: number;
}

export const defaultTimescaleSettings: Readonly<TimescaleSettings> = Object.freeze({
  startDayCountsAsDayOne: false,
  contactDecisionWithin: 'one-working-day',
  contactDecisionByManager: false,
  strategyDiscussionWorkingDays: 1,
  childProtectionVisitWorkingDays: 10,
  childProtectionPlanSeniorOversightMonths: 9,
  childInNeedVisitWorkingDays: 20,
  childInNeedReviewWeeks: 12,
  personalEducationPlanReviewMonths: 6,
  personalEducationPlanFromAge: 3,
  missingManagerReviewWorkingDays: 5,
  preProceedingsReviewWeeks: 6,
  preProceedingsDecisionWeeks: 16,
  careLeaverAnnualContactToAge: 25,
});
