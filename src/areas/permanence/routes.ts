// The child's permanence record (the plan, the adoption route, special guardianship, long-term
// fostering, brothers and sisters placed together) and the managers' permanence tracker.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm } from '../../platform/web/recordForm.ts';
import { renderPermanence, renderTracker } from './presenters.ts';
import { addPermanenceCorrections } from './corrections.ts';
import {
  adoptionDecisionForm,
  adoptionProgressForm,
  guardianAssessmentCompletedForm,
  guardianAssessmentForm,
  leaveAdoptionForm,
  longTermFosteringForm,
  planForm,
  siblingPlacementForm,
  specialGuardianshipOrderForm,
} from './forms.ts';

const pages = new RouteTable()
  .get('/children/:childId/permanence', childRecordPage('child:view', 'permanence_plans'), (_req, res, { child }) =>
    renderPermanence(res, child),
  )
  .get('/permanence/tracker', { permission: 'child:oversee', audit: 'children-listed' }, (_req, res, { listed }) =>
    renderTracker(res, listed),
  );

addRecordForm(pages, planForm);
addRecordForm(pages, adoptionDecisionForm);
addRecordForm(pages, adoptionProgressForm);
addRecordForm(pages, leaveAdoptionForm);
addRecordForm(pages, guardianAssessmentForm);
addRecordForm(pages, guardianAssessmentCompletedForm);
addRecordForm(pages, specialGuardianshipOrderForm);
addRecordForm(pages, longTermFosteringForm);
addRecordForm(pages, siblingPlacementForm);
addPermanenceCorrections(pages);

export const permanenceRoutes = pages;
