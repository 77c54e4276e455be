import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { emptyFamilyGroupJourney, familyGroupJourney } from './journey.ts';
import { familyGroupChronology } from './chronology.ts';
import { familyGroupPlanReview } from './timescales/familyGroupPlanReview.ts';
import { familyGroupRoutes } from './routes.ts';
import { coordinatedByThem } from './workingWith.ts';

export const familyGroupArea: AreaModule = {
  name: 'familygroup',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [familyGroupRoutes],
  childLinks: [
    { text: 'Family group decision-making', path: '/family-group', permission: 'child:view', position: 68 },
    {
      text: 'Offer family group decision-making',
      path: '/family-group/meetings/new',
      permission: 'child:record',
      position: 69,
    },
  ],
  journey: { empty: emptyFamilyGroupJourney, load: familyGroupJourney },
  timescaleRules: [familyGroupPlanReview],
  chronology: familyGroupChronology,
  workingWith: coordinatedByThem,
};
