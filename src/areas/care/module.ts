import path from 'node:path';
import type { AreaModule } from '../../platform/module.ts';
import { careJourney } from './journey.ts';
import { careChronology } from './chronology.ts';

export const careArea: AreaModule = {
  name: 'care',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: careJourney,
  chronology: careChronology,
};
