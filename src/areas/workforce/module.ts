import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { allocatedToThem, allocatedToThemAll } from './workingWith.ts';
import { workforcePermissions } from './permissions.ts';
import { allocationRoutes } from './routes.ts';
import { workforceRoutes } from './workersRoutes.ts';
import { workforceChronology } from './chronology.ts';
import { emptyWorkforceJourney, workforceJourney } from './journey.ts';
import { workerAllocated } from './timescales/workerAllocated.ts';
import { workforceSettings } from './settings.ts';

export const workforceArea: AreaModule = {
  name: 'workforce',
  permissions: workforcePermissions,
  migrations: path.join(import.meta.dirname, 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [allocationRoutes, workforceRoutes],
  navigation: [{ text: 'Workforce', href: '/admin/workers', permission: 'workforce:manage', position: 60 }],
  childLinks: [
    { text: 'Allocate to a worker', path: '/allocation', permission: 'team:oversee', position: 100 },
    {
      text: 'Add a management oversight note',
      path: '/oversight-notes/new',
      permission: 'team:oversee',
      position: 110,
    },
  ],
  journey: { empty: emptyWorkforceJourney, load: workforceJourney },
  chronology: workforceChronology,
  timescaleRules: [workerAllocated],
  settings: workforceSettings,
  workingWith: allocatedToThem,
  caseloadOf: allocatedToThemAll,
};
