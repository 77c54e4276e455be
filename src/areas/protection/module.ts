import path from 'node:path';
import type { AreaModule } from '../../platform/module.ts';
import { protectionRoutes } from './routes.ts';
import { protectionJourney } from './journey.ts';
import { protectionChronology } from './chronology.ts';

export const protectionArea: AreaModule = {
  name: 'protection',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [protectionRoutes],
  childLinks: [
    { text: 'Record a strategy discussion', path: '/strategy-discussions/new', permission: 'child:record', position: 50 },
  ],
  journey: protectionJourney,
  chronology: protectionChronology,
};
