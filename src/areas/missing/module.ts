import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { missingSettings } from './settings.ts';
import { emptyMissingJourney, missingJourney } from './journey.ts';
import { returnHomeInterview } from './timescales/returnHomeInterview.ts';
import { missingManagerReview } from './timescales/missingManagerReview.ts';
import { missingChronology } from './chronology.ts';
import { missingPermissions } from './permissions.ts';
import { missingRoutes } from './routes.ts';
import { interviewRoutes } from './interviewRoutes.ts';

export const missingArea: AreaModule = {
  name: 'missing',
  permissions: missingPermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [missingRoutes, interviewRoutes],
  childLinks: [
    { text: 'Missing and away from placement', path: '/missing', permission: 'child:view', position: 76 },
    { text: 'Record a missing episode', path: '/missing/new', permission: 'child:record', position: 86 },
  ],
  journey: { empty: emptyMissingJourney, load: missingJourney },
  timescaleRules: [returnHomeInterview, missingManagerReview],
  settings: missingSettings,
  chronology: missingChronology,
};
