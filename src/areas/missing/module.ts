import path from 'node:path';
import type { AreaModule } from '../../platform/module.ts';
import { missingJourney } from './journey.ts';
import { missingChronology } from './chronology.ts';

export const missingArea: AreaModule = {
  name: 'missing',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: missingJourney,
  chronology: missingChronology,
};
