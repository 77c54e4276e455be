import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { planningSettings } from './settings.ts';
import { childInNeedPlanRoutes } from './cinPlanRoutes.ts';
import { planActionRoutes } from './actionRoutes.ts';
import { planVersionRoutes } from './planVersionRoutes.ts';
import { planningPermissions } from './permissions.ts';
import { emptyPlanningJourney, planningJourney } from './journey.ts';
import { childInNeedVisit } from './timescales/childInNeedVisit.ts';
import { childInNeedPlanReview } from './timescales/childInNeedPlanReview.ts';
import { planAction } from './timescales/planAction.ts';
import { planningChronology } from './chronology.ts';

export const planningArea: AreaModule = {
  name: 'planning',
  permissions: planningPermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [childInNeedPlanRoutes, planActionRoutes, planVersionRoutes],
  childLinks: [
    { text: 'Start a child in need plan', path: '/child-in-need-plans/new', permission: 'child:record', position: 60 },
  ],
  journey: { empty: emptyPlanningJourney, load: planningJourney },
  timescaleRules: [childInNeedVisit, childInNeedPlanReview, planAction],
  settings: planningSettings,
  chronology: planningChronology,
};
