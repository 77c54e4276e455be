import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { emptyPermanenceJourney, permanenceJourney } from './journey.ts';
import { adoptionMovingIn } from './timescales/adoptionMovingIn.ts';
import { adoptionMatching } from './timescales/adoptionMatching.ts';
import { permanenceChronology } from './chronology.ts';

export const permanenceArea: AreaModule = {
  name: 'permanence',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: { empty: emptyPermanenceJourney, load: permanenceJourney },
  timescaleRules: [adoptionMovingIn, adoptionMatching],
  chronology: permanenceChronology,
};
