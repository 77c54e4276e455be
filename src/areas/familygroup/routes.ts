// The child's family group decision-making: the record page, each meeting's page, and the short
// forms for the offer, the answer, the meeting held, the family plan's actions and reviews, and
// family network support.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm } from '../../platform/web/recordForm.ts';
import { renderChildPage } from '../../platform/web/childPages.ts';
import { answerForm, heldForm, offerForm } from './meetingForms.ts';
import { actionForm, reviewForm } from './planForms.ts';
import { endSupportForm, supportForm } from './supportForms.ts';
import { familyGroupView, meetingInPath, meetingView } from './presenters.ts';

const pages = new RouteTable().get(
  '/children/:childId/family-group',
  childRecordPage('child:view', 'family_group_meetings'),
  async (_req, res, { child }) =>
    renderChildPage(res, 'familygroup/record', child, {
      pageTitle: 'Family group decision-making',
      columns: 'full',
      ...(await familyGroupView(res, child)),
    }),
);

// The offer's form comes before the meeting's page, which would otherwise take "new" for a meeting's id.
addRecordForm(pages, offerForm);
pages.get(
  '/children/:childId/family-group/meetings/:meetingId',
  childRecordPage('child:view', 'family_group_meetings', 'meetingId'),
  async (req, res, { child }) => {
    const meeting = await meetingView(res, await meetingInPath(res, child, req));
    renderChildPage(res, 'familygroup/meeting', child, { pageTitle: meeting.kindText, meeting });
  },
);
addRecordForm(pages, answerForm);
addRecordForm(pages, heldForm);
addRecordForm(pages, actionForm);
addRecordForm(pages, reviewForm);
addRecordForm(pages, supportForm);
addRecordForm(pages, endSupportForm);

export const familyGroupRoutes = pages;
