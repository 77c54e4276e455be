// Every timescale rule, in the order of the child's journey.
//
// Not yet here, for later: LADO (initial consideration, resolution),
// private fostering visits and EHC needs assessment rules. They concern
// allegations, private arrangements and SEND requests rather than this
// journey's records, so they wait for those areas' data.
import type { TimescaleRule } from '../model.ts';
import { adoptionMatching } from './adoptionMatching.ts';
import { adoptionMovingIn } from './adoptionMovingIn.ts';
import { careLeaverContact } from './careLeaverContact.ts';
import { carePlan } from './carePlan.ts';
import { careProceedings } from './careProceedings.ts';
import { childInNeedPlanReview } from './childInNeedPlanReview.ts';
import { childInNeedVisit } from './childInNeedVisit.ts';
import { childProtectionPlanSeniorOversight } from './childProtectionPlanSeniorOversight.ts';
import { childProtectionReviewConference } from './childProtectionReviewConference.ts';
import { childProtectionVisit } from './childProtectionVisit.ts';
import { contactDecision } from './contactDecision.ts';
import { firstCoreGroupMeeting } from './firstCoreGroupMeeting.ts';
import { initialChildProtectionConference } from './initialChildProtectionConference.ts';
import { initialHealthAssessment } from './initialHealthAssessment.ts';
import { lookedAfterChildReview } from './lookedAfterChildReview.ts';
import { lookedAfterChildVisit } from './lookedAfterChildVisit.ts';
import { missingManagerReview } from './missingManagerReview.ts';
import { pathwayNeedsAssessment } from './pathwayNeedsAssessment.ts';
import { pathwayPlanReview } from './pathwayPlanReview.ts';
import { personalEducationPlan } from './personalEducationPlan.ts';
import { planAction } from './planAction.ts';
import { preProceedingsDecision } from './preProceedingsDecision.ts';
import { preProceedingsReview } from './preProceedingsReview.ts';
import { returnHomeInterview } from './returnHomeInterview.ts';
import { reviewHealthAssessment } from './reviewHealthAssessment.ts';
import { singleAssessment } from './singleAssessment.ts';
import { strategyDiscussion } from './strategyDiscussion.ts';

export const rules: readonly TimescaleRule[] = [
  contactDecision,
  singleAssessment,
  strategyDiscussion,
  initialChildProtectionConference,
  firstCoreGroupMeeting,
  childProtectionReviewConference,
  childProtectionVisit,
  childProtectionPlanSeniorOversight,
  childInNeedVisit,
  childInNeedPlanReview,
  planAction,
  carePlan,
  lookedAfterChildReview,
  lookedAfterChildVisit,
  initialHealthAssessment,
  reviewHealthAssessment,
  personalEducationPlan,
  returnHomeInterview,
  missingManagerReview,
  pathwayNeedsAssessment,
  pathwayPlanReview,
  careLeaverContact,
  careProceedings,
  preProceedingsReview,
  preProceedingsDecision,
  adoptionMovingIn,
  adoptionMatching,
];
