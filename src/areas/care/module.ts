import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { careSettings } from './settings.ts';
import { emptyCareJourney, careJourney } from './journey.ts';
import { carePlan } from './timescales/carePlan.ts';
import { lookedAfterChildReview } from './timescales/lookedAfterChildReview.ts';
import { lookedAfterChildVisit } from './timescales/lookedAfterChildVisit.ts';
import { initialHealthAssessment } from './timescales/initialHealthAssessment.ts';
import { reviewHealthAssessment } from './timescales/reviewHealthAssessment.ts';
import { personalEducationPlan } from './timescales/personalEducationPlan.ts';
import { dentalCheck } from './timescales/dentalCheck.ts';
import { emptyHealthJourney, withHealthJourney } from './healthJourney.ts';
import { careChronology } from './chronology.ts';
import { healthRoutes } from './healthRoutes.ts';
import { pepRoutes } from './pepRoutes.ts';
import { healthCorrectionRoutes } from './healthCorrections.ts';
import { periodRoutes } from './periodRoutes.ts';
import { reviewRoutes } from './reviewRoutes.ts';
import { postcodeRoutes } from './postcodeRoutes.ts';
import { uascRoutes } from './uascRoutes.ts';
import { convictionRoutes } from './convictionRoutes.ts';
import { previousPermanenceRoutes } from './previousPermanenceRoutes.ts';
import { reviewsVoice } from './voice.ts';
import { reviewedByThem } from './workingWith.ts';

export const careArea: AreaModule = {
  name: 'care',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [
    periodRoutes,
    reviewRoutes,
    uascRoutes,
    postcodeRoutes,
    healthRoutes,
    pepRoutes,
    healthCorrectionRoutes,
    convictionRoutes,
    previousPermanenceRoutes,
  ],
  navigation: [
    { text: 'Postcode lookup', href: '/admin/settings/postcode-lookup', permission: 'settings:manage', position: 87 },
  ],
  childLinks: [
    { text: 'Looked after', path: '/looked-after', permission: 'child:view', position: 65 },
    { text: 'Health', path: '/health', permission: 'child:view', position: 74 },
    { text: 'Personal education plans', path: '/education-plans', permission: 'child:view', position: 75 },
    { text: 'Convictions', path: '/convictions', permission: 'child:view', position: 76 },
    { text: 'Previous permanence', path: '/previous-permanence', permission: 'child:view', position: 66 },
  ],
  journey: { empty: { ...emptyCareJourney, ...emptyHealthJourney }, load: withHealthJourney(careJourney) },
  timescaleRules: [
    carePlan,
    lookedAfterChildReview,
    lookedAfterChildVisit,
    initialHealthAssessment,
    reviewHealthAssessment,
    personalEducationPlan,
    dentalCheck,
  ],
  settings: careSettings,
  chronology: careChronology,
  childsVoice: reviewsVoice,
  // The independent reviewing officer of the child's reviews opens their record at once.
  workingWith: reviewedByThem,
};
