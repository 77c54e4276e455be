import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { missingSettings } from './settings.ts';
import { emptyMissingJourney, missingJourney } from './journey.ts';
import { returnHomeInterview } from './timescales/returnHomeInterview.ts';
import { missingManagerReview } from './timescales/missingManagerReview.ts';
import { missingChronology } from './chronology.ts';

export const missingArea: AreaModule = {
  name: 'missing',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: { empty: emptyMissingJourney, load: missingJourney },
  timescaleRules: [returnHomeInterview, missingManagerReview],
  settings: missingSettings,
  chronology: missingChronology,
};
