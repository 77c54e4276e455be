import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { heldByTheirTeam, protectionWorkingWith } from './workingWith.ts';
import { protectionSettings } from './settings.ts';
import { protectionPermissions } from './permissions.ts';
import { strategyDiscussionRoutes } from './discussionRoutes.ts';
import { discussionActionRoutes } from './discussionActionRoutes.ts';
import { section47EnquiryRoutes } from './enquiryRoutes.ts';
import { conferenceRoutes } from './conferenceRoutes.ts';
import { childProtectionPlanRoutes } from './planRoutes.ts';
import { leadRoutes } from './leadRoutes.ts';
import { contributionRoutes } from './contributionRoutes.ts';
import { macpTeamRoutes } from './macpTeamRoutes.ts';
import { emptyProtectionJourney, protectionJourney } from './journey.ts';
import { strategyDiscussion } from './timescales/strategyDiscussion.ts';
import { initialChildProtectionConference } from './timescales/initialChildProtectionConference.ts';
import { firstCoreGroupMeeting } from './timescales/firstCoreGroupMeeting.ts';
import { childProtectionReviewConference } from './timescales/childProtectionReviewConference.ts';
import { childProtectionVisit } from './timescales/childProtectionVisit.ts';
import { childProtectionPlanSeniorOversight } from './timescales/childProtectionPlanSeniorOversight.ts';
import { strategyDiscussionAction } from './timescales/strategyDiscussionAction.ts';
import { protectionChronology } from './chronology.ts';
import { multiAgencyChronology } from './macpChronology.ts';
import { inDateOrder, type ChronologySource } from '../../platform/records/chronology.ts';
import { conferencesVoice } from './voice.ts';

/** The protection records' events with each agency's part and who led. */
const withMultiAgencyWork: ChronologySource = async (...asked) =>
  inDateOrder((await Promise.all([protectionChronology(...asked), multiAgencyChronology(...asked)])).flat());

export const protectionArea: AreaModule = {
  name: 'protection',
  permissions: protectionPermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [
    strategyDiscussionRoutes,
    discussionActionRoutes,
    section47EnquiryRoutes,
    conferenceRoutes,
    childProtectionPlanRoutes,
    leadRoutes,
    contributionRoutes,
    macpTeamRoutes,
  ],
  navigation: [
    { text: 'Multi-agency teams', href: '/multi-agency-teams', permission: 'macp:manage', position: 85 },
    { text: 'Child protection teams', href: '/my-multi-agency-teams', permission: 'macp:view', position: 32 },
  ],
  childLinks: [
    {
      text: 'Record a strategy discussion',
      path: '/strategy-discussions/new',
      permission: 'child:record',
      position: 50,
    },
  ],
  journey: { empty: emptyProtectionJourney, load: protectionJourney },
  timescaleRules: [
    strategyDiscussion,
    initialChildProtectionConference,
    firstCoreGroupMeeting,
    childProtectionReviewConference,
    childProtectionVisit,
    childProtectionPlanSeniorOversight,
    strategyDiscussionAction,
  ],
  settings: protectionSettings,
  chronology: withMultiAgencyWork,
  childsVoice: conferencesVoice,
  workingWith: protectionWorkingWith,
  caseloadOf: heldByTheirTeam,
};
