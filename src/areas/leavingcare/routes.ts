// A young person's leaving care record and the birthday contact list (903 OC3; the annual offer of
// contact to 25 after the service closes, Ofsted 2025 §61).
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm } from '../../platform/web/recordForm.ts';
import { renderBirthdayContacts, renderLeavingCare } from './presenters.ts';
import {
  adviserForm,
  contactForm,
  eligibilityForm,
  needsAssessmentForm,
  pathwayPlanForm,
  pathwayPlanReviewForm,
  serviceClosedForm,
} from './forms.ts';

export const leavingCareRoutes = new RouteTable()
  .get('/children/:childId/leaving-care', childRecordPage('child:view', 'care_leavers'), (_req, res, { child }) =>
    renderLeavingCare(res, child),
  )
  .get(
    '/leaving-care/birthday-contacts',
    { permission: 'birthday-contacts:view', audit: 'children-listed' },
    (req, res, { listed }) => renderBirthdayContacts(req, res, listed),
  );

addRecordForm(leavingCareRoutes, adviserForm);
addRecordForm(leavingCareRoutes, eligibilityForm);
addRecordForm(leavingCareRoutes, needsAssessmentForm);
addRecordForm(leavingCareRoutes, pathwayPlanForm);
addRecordForm(leavingCareRoutes, pathwayPlanReviewForm);
addRecordForm(leavingCareRoutes, contactForm);
addRecordForm(leavingCareRoutes, serviceClosedForm);
