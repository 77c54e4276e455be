import path from 'node:path';
import type { AreaModule } from '../../platform/module.ts';
import { leavingCareJourney } from './journey.ts';
import { leavingCareChronology } from './chronology.ts';

export const leavingCareArea: AreaModule = {
  name: 'leavingcare',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: leavingCareJourney,
  chronology: leavingCareChronology,
};
