import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { assessmentPermissions } from './permissions.ts';
import { referralRoutes } from './referralRoutes.ts';
import { singleAssessmentRoutes } from './assessmentRoutes.ts';
import { emptyAssessmentJourney, assessmentJourney } from './journey.ts';
import { singleAssessment } from './timescales/singleAssessment.ts';
import { assessmentChronology } from './chronology.ts';
import { assessmentsVoice } from './voice.ts';

export const assessmentArea: AreaModule = {
  name: 'assessment',
  permissions: assessmentPermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [referralRoutes, singleAssessmentRoutes],
  childLinks: [{ text: 'Record a referral', path: '/referrals/new', permission: 'child:record', position: 40 }],
  journey: { empty: emptyAssessmentJourney, load: assessmentJourney },
  timescaleRules: [singleAssessment],
  chronology: assessmentChronology,
  childsVoice: assessmentsVoice,
};
