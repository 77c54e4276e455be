import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { emptyPermanenceJourney, permanenceJourney } from './journey.ts';
import { adoptionMovingIn } from './timescales/adoptionMovingIn.ts';
import { adoptionMatching } from './timescales/adoptionMatching.ts';
import { permanenceChronology } from './chronology.ts';
import { permanenceRoutes } from './routes.ts';

export const permanenceArea: AreaModule = {
  name: 'permanence',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [permanenceRoutes],
  navigation: [{ text: 'Permanence', href: '/permanence/tracker', permission: 'child:oversee', position: 34 }],
  childLinks: [{ text: 'Permanence', path: '/permanence', permission: 'child:view', position: 64 }],
  journey: { empty: emptyPermanenceJourney, load: permanenceJourney },
  timescaleRules: [adoptionMovingIn, adoptionMatching],
  chronology: permanenceChronology,
};
