import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { courtSettings } from './settings.ts';
import { emptyCourtJourney, courtJourney } from './journey.ts';
import { careProceedings } from './timescales/careProceedings.ts';
import { preProceedingsReview } from './timescales/preProceedingsReview.ts';
import { preProceedingsDecision } from './timescales/preProceedingsDecision.ts';
import { courtChronology } from './chronology.ts';

export const courtArea: AreaModule = {
  name: 'court',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: { empty: emptyCourtJourney, load: courtJourney },
  timescaleRules: [careProceedings, preProceedingsReview, preProceedingsDecision],
  settings: courtSettings,
  chronology: courtChronology,
};
