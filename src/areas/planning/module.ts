import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { planningRoutes } from './routes.ts';
import { emptyPlanningJourney, planningJourney } from './journey.ts';
import { childInNeedVisit } from './timescales/childInNeedVisit.ts';
import { childInNeedPlanReview } from './timescales/childInNeedPlanReview.ts';
import { planAction } from './timescales/planAction.ts';
import { planningChronology } from './chronology.ts';

export const planningArea: AreaModule = {
  name: 'planning',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [planningRoutes],
  childLinks: [
    { text: 'Start a child in need plan', path: '/child-in-need-plans/new', permission: 'child:record', position: 60 },
    { text: 'Visits', path: '/visits', permission: 'child:view', position: 70 },
    { text: 'Record a visit', path: '/visits/new', permission: 'child:record', position: 80 },
  ],
  journey: { empty: emptyPlanningJourney, load: planningJourney },
  timescaleRules: [childInNeedVisit, childInNeedPlanReview, planAction],
  chronology: planningChronology,
};
