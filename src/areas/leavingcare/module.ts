import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { adviserIsThem } from './workingWith.ts';
import { leavingCareSettings } from './settings.ts';
import { emptyLeavingcareJourney, leavingCareJourney } from './journey.ts';
import { pathwayNeedsAssessment } from './timescales/pathwayNeedsAssessment.ts';
import { pathwayPlanReview } from './timescales/pathwayPlanReview.ts';
import { careLeaverContact } from './timescales/careLeaverContact.ts';
import { leavingCareChronology } from './chronology.ts';
import { leavingCareRoutes } from './routes.ts';
import { leavingCarePermissions } from './permissions.ts';

export const leavingCareArea: AreaModule = {
  name: 'leavingcare',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [leavingCareRoutes],
  permissions: leavingCarePermissions,
  navigation: [
    { text: 'Birthday contacts', href: '/leaving-care/birthday-contacts', permission: 'child:oversee', position: 36 },
  ],
  childLinks: [{ text: 'Leaving care', path: '/leaving-care', permission: 'child:view', position: 66 }],
  journey: { empty: emptyLeavingcareJourney, load: leavingCareJourney },
  timescaleRules: [pathwayNeedsAssessment, pathwayPlanReview, careLeaverContact],
  settings: leavingCareSettings,
  chronology: leavingCareChronology,
  workingWith: adviserIsThem,
};
