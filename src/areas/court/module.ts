import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { courtSettings } from './settings.ts';
import { courtPermissions } from './permissions.ts';
import { emptyCourtJourney, courtJourney } from './journey.ts';
import { careProceedings } from './timescales/careProceedings.ts';
import { preProceedingsReview } from './timescales/preProceedingsReview.ts';
import { preProceedingsDecision } from './timescales/preProceedingsDecision.ts';
import { courtChronology } from './chronology.ts';
import { preProceedingsRoutes } from './ploRoutes.ts';
import { careProceedingsRoutes } from './proceedingsRoutes.ts';
import { courtTrackerRoutes } from './trackerRoutes.ts';
import { correctionRoutes } from './correctionRoutes.ts';
import { deprivationOfLibertyRoutes } from './deprivationOfLibertyRoutes.ts';

export const courtArea: AreaModule = {
  name: 'court',
  permissions: courtPermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [
    preProceedingsRoutes,
    careProceedingsRoutes,
    deprivationOfLibertyRoutes,
    correctionRoutes,
    courtTrackerRoutes,
  ],
  navigation: [{ text: 'Court tracker', href: '/court', permission: 'court:track', position: 35 }],
  childLinks: [
    { text: 'Court and pre-proceedings', path: '/court', permission: 'child:view', position: 70 },
    {
      text: 'Start pre-proceedings (PLO)',
      path: '/court/pre-proceedings/new',
      permission: 'child:record',
      position: 71,
    },
    {
      text: 'Record care proceedings issued',
      path: '/court/proceedings/new',
      permission: 'child:record',
      position: 72,
    },
  ],
  journey: { empty: emptyCourtJourney, load: courtJourney },
  timescaleRules: [careProceedings, preProceedingsReview, preProceedingsDecision],
  settings: courtSettings,
  chronology: courtChronology,
};
