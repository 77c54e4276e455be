import path from 'node:path';
import type { AreaModule } from '../../platform/module.ts';
import { permanenceJourney } from './journey.ts';
import { permanenceChronology } from './chronology.ts';

export const permanenceArea: AreaModule = {
  name: 'permanence',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: permanenceJourney,
  chronology: permanenceChronology,
};
