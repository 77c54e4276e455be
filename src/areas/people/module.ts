import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { childRoutes } from './childRoutes.ts';
import { familyNetworkRoutes } from './familyRoutes.ts';
import { recordAccessRoutes } from './accessRoutes.ts';
import { nhsNumberRoutes } from './nhsNumberRoutes.ts';
import { birthRoutes } from './birthRoutes.ts';

export const peopleArea: AreaModule = {
  name: 'people',
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [childRoutes, familyNetworkRoutes, recordAccessRoutes, nhsNumberRoutes, birthRoutes],
  navigation: [
    { text: 'Find a child', href: '/children', permission: 'child:view', position: 10 },
    { text: 'Break-glass reviews', href: '/oversight/break-glass', permission: 'child:oversee', position: 40 },
  ],
  childLinks: [
    { text: 'Chronology', path: '/chronology', permission: 'child:view', position: 10 },
    { text: 'Their own children', path: '/own-children', permission: 'child:view', position: 12 },
    { text: 'Restriction and access', path: '/access', permission: 'child:oversee', position: 90 },
  ],
};
