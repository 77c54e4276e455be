import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { visitRoutes } from './routes.ts';
import { emptyVisitsJourney, visitsJourney } from './journey.ts';
import { visitsChronology } from './chronology.ts';
import { visitsVoice } from './voice.ts';
import { childSeenAlone } from './timescales/childSeenAlone.ts';
import { visitsSettings } from './settings.ts';

// Seeing the child: visits under a CIN plan, a CP plan or while looked after, and any other. The
// visiting standards are the rules of the plan or care the visit belongs to (planning, protection,
// care); this area holds the visits they read. Its table was created by 0014_planning.ts; its own
// migrations change it since (0072).
export const visitsArea: AreaModule = {
  name: 'visits',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [visitRoutes],
  childLinks: [
    { text: 'Visits', path: '/visits', permission: 'child:view', position: 70 },
    { text: 'Record a visit', path: '/visits/new', permission: 'child:record', position: 80 },
  ],
  journey: { empty: emptyVisitsJourney, load: visitsJourney },
  chronology: visitsChronology,
  childsVoice: visitsVoice,
  timescaleRules: [childSeenAlone],
  settings: visitsSettings,
};
