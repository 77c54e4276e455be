import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { earlyHelpRoutes } from './routes.ts';
import { earlyHelpChronology } from './chronology.ts';
import { earlyHelpJourney, emptyEarlyhelpJourney } from './journey.ts';

export const earlyHelpArea: AreaModule = {
  name: 'earlyhelp',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [earlyHelpRoutes],
  childLinks: [{ text: 'Early help', path: '/early-help', permission: 'child:view', position: 30 }],
  journey: { empty: emptyEarlyhelpJourney, load: earlyHelpJourney },
  chronology: earlyHelpChronology,
};
