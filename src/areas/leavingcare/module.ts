import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { adviserIsThem } from './workingWith.ts';
import { leavingCareSettings } from './settings.ts';
import { emptyLeavingcareJourney, leavingCareJourney } from './journey.ts';
import { pathwayNeedsAssessment } from './timescales/pathwayNeedsAssessment.ts';
import { pathwayPlanReview } from './timescales/pathwayPlanReview.ts';
import { careLeaverContact } from './timescales/careLeaverContact.ts';
import { leavingCareChronology } from './chronology.ts';

export const leavingCareArea: AreaModule = {
  name: 'leavingcare',
  migrations: path.join(import.meta.dirname, 'migrations'),
  journey: { empty: emptyLeavingcareJourney, load: leavingCareJourney },
  timescaleRules: [pathwayNeedsAssessment, pathwayPlanReview, careLeaverContact],
  settings: leavingCareSettings,
  chronology: leavingCareChronology,
  workingWith: adviserIsThem,
};
