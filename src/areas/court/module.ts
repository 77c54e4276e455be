import path from 'node:path';
import type { AreaModule } from '../../platform/module.ts';
import { courtJourney } from './journey.ts';
import { courtChronology } from './chronology.ts';

export const courtArea: AreaModule = {
  name: 'court',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: courtJourney,
  chronology: courtChronology,
};
