// "Recorded together with" on each child's copy of a protection record made for brothers and
// sisters in one step (a section 47 enquiry, a conference, a core group meeting), each linking to
// where the other child's copy is shown.
import type { Response } from 'express';
import { copiesTogether } from '../../platform/records/together.ts';
import { recordedTogether } from '../../platform/web/recordedTogether.ts';
import type { ChildProtectionConference, CoreGroupMeeting, Section47Enquiry } from './schema.ts';
import { enquiriesStartedWith } from './store.ts';

const planPath = (childId: number, planId: number) => `/children/${childId}/child-protection-plans/${planId}`;
const enquiryPath = (childId: number, enquiryId: number) => `/children/${childId}/section-47-enquiries/${enquiryId}`;

export const enquiryTogether = async (res: Response, enquiry: Section47Enquiry) =>
  recordedTogether(res, await enquiriesStartedWith(res.locals.services.db, enquiry), (copy) =>
    enquiryPath(copy.child_id, copy.id),
  );

/** An initial conference is shown with the enquiry it followed, a review with the plan it reviewed. */
export const conferenceTogether = async (res: Response, conference: ChildProtectionConference) =>
  recordedTogether(
    res,
    await copiesTogether(res.locals.services.db, 'child_protection_conferences', {
      id: conference.id,
      group: conference.recorded_together,
    }),
    (copy) =>
      copy.child_protection_plan_id
        ? planPath(copy.child_id, copy.child_protection_plan_id)
        : copy.section_47_enquiry_id
          ? enquiryPath(copy.child_id, copy.section_47_enquiry_id)
          : `/children/${copy.child_id}`,
  );

export const coreGroupTogether = async (res: Response, meeting: CoreGroupMeeting) =>
  recordedTogether(
    res,
    await copiesTogether(res.locals.services.db, 'core_group_meetings', {
      id: meeting.id,
      group: meeting.recorded_together,
    }),
    (copy) => `${planPath(copy.child_id, copy.child_protection_plan_id)}#core-group-${copy.id}`,
  );
