// Every timescale rule, in the order of the child's journey.
//
// Not yet here, for later: LADO (initial consideration, resolution),
// private fostering visits and EHC needs assessment rules. They concern
// allegations, private arrangements and SEND requests rather than this
// journey's records, so they wait for those areas' data.
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { adoptionMatching } from '../../../areas/permanence/timescales/adoptionMatching.ts';
import { adoptionMovingIn } from '../../../areas/permanence/timescales/adoptionMovingIn.ts';
import { careLeaverContact } from '../../../areas/leavingcare/timescales/careLeaverContact.ts';
import { carePlan } from '../../../areas/care/timescales/carePlan.ts';
import { careProceedings } from '../../../areas/court/timescales/careProceedings.ts';
import { childInNeedPlanReview } from '../../../areas/planning/timescales/childInNeedPlanReview.ts';
import { childInNeedVisit } from '../../../areas/planning/timescales/childInNeedVisit.ts';
import { childProtectionPlanSeniorOversight } from '../../../areas/protection/timescales/childProtectionPlanSeniorOversight.ts';
import { childProtectionReviewConference } from '../../../areas/protection/timescales/childProtectionReviewConference.ts';
import { childProtectionVisit } from '../../../areas/protection/timescales/childProtectionVisit.ts';
import { contactDecision } from '../../../areas/frontdoor/timescales/contactDecision.ts';
import { firstCoreGroupMeeting } from '../../../areas/protection/timescales/firstCoreGroupMeeting.ts';
import { initialChildProtectionConference } from '../../../areas/protection/timescales/initialChildProtectionConference.ts';
import { initialHealthAssessment } from '../../../areas/care/timescales/initialHealthAssessment.ts';
import { lookedAfterChildReview } from '../../../areas/care/timescales/lookedAfterChildReview.ts';
import { lookedAfterChildVisit } from '../../../areas/care/timescales/lookedAfterChildVisit.ts';
import { missingManagerReview } from '../../../areas/missing/timescales/missingManagerReview.ts';
import { pathwayNeedsAssessment } from '../../../areas/leavingcare/timescales/pathwayNeedsAssessment.ts';
import { pathwayPlanReview } from '../../../areas/leavingcare/timescales/pathwayPlanReview.ts';
import { personalEducationPlan } from '../../../areas/care/timescales/personalEducationPlan.ts';
import { planAction } from '../../../areas/planning/timescales/planAction.ts';
import { preProceedingsDecision } from '../../../areas/court/timescales/preProceedingsDecision.ts';
import { preProceedingsReview } from '../../../areas/court/timescales/preProceedingsReview.ts';
import { returnHomeInterview } from '../../../areas/missing/timescales/returnHomeInterview.ts';
import { reviewHealthAssessment } from '../../../areas/care/timescales/reviewHealthAssessment.ts';
import { singleAssessment } from '../../../areas/assessment/timescales/singleAssessment.ts';
import { strategyDiscussion } from '../../../areas/protection/timescales/strategyDiscussion.ts';

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
