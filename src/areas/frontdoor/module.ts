import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { awaitingTheirDecision } from './workingWith.ts';
import { frontDoorSettings } from './settings.ts';
import { frontDoorPermissions } from './permissions.ts';
import { contactRoutes } from './contactRoutes.ts';
import { contactDecisionRoutes } from './decisionRoutes.ts';
import { familyHelpDecisionRoutes } from './familyHelpRoutes.ts';
import { emptyFrontdoorJourney, frontDoorJourney } from './journey.ts';
import { contactDecision } from './timescales/contactDecision.ts';
import { frontDoorChronology } from './chronology.ts';

export const frontDoorArea: AreaModule = {
  name: 'frontdoor',
  permissions: frontDoorPermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [contactRoutes, contactDecisionRoutes, familyHelpDecisionRoutes],
  navigation: [{ text: 'Front door', href: '/front-door', permission: 'frontdoor:record', position: 20 }],
  childLinks: [{ text: 'Contacts', path: '/contacts', permission: 'child:view', position: 20 }],
  journey: { empty: emptyFrontdoorJourney, load: frontDoorJourney },
  timescaleRules: [contactDecision],
  settings: frontDoorSettings,
  chronology: frontDoorChronology,
  workingWith: awaitingTheirDecision,
};
