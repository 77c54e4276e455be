import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { familyHelpRoutes, familyHelpSettingsRoutes } from './routes.ts';
import { familyHelpChronology } from './chronology.ts';
import { emptyFamilyHelpJourney, familyHelpJourney } from './journey.ts';
import { familyHelpPermissions } from './permissions.ts';
import { familyHelpSettings } from './settings.ts';
import { familyPlanReview } from './timescales/familyPlanReview.ts';
import { familiesTheyHelp, leadingOrInTheTeam } from './workingWith.ts';

export const familyHelpArea: AreaModule = {
  name: 'familyhelp',
  permissions: familyHelpPermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [familyHelpRoutes, familyHelpSettingsRoutes],
  navigation: [
    { text: 'Family Help model', href: '/admin/settings/family-help', permission: 'settings:manage', position: 86 },
  ],
  childLinks: [{ text: 'Family Help', path: '/family-help', permission: 'familyhelp:view', position: 31 }],
  journey: { empty: emptyFamilyHelpJourney, load: familyHelpJourney },
  timescaleRules: [familyPlanReview],
  settings: familyHelpSettings,
  chronology: familyHelpChronology,
  workingWith: leadingOrInTheTeam,
  caseloadOf: familiesTheyHelp,
};
