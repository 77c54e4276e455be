// Pages that read across every area (the home page, the child's page and chronology, the team's
// lists, the council's local standards against the whole rules catalogue), and the migrations that
// span areas' tables.
import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { childRecordRoutes } from './childRecord.ts';
import { timescaleSettingsRoutes } from './timescaleSettings.ts';
import { teamRoutes } from './team.ts';
import { homeRoutes } from './home.ts';
import { childrenInCareRoutes } from './childrenInCare.ts';
import { indicatorReportRoutes } from './indicatorReport.ts';
import { indicatorCommitteeReportRoutes } from './indicatorReportCommittee.ts';
import { indicatorReportPermissions } from './indicatorReportPermissions.ts';

export const appPages: AreaModule = {
  name: 'pages',
  migrations: path.join(import.meta.dirname, '..', 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  // The committee report's paths (/indicators/report…) come before any /indicators/:id page.
  routes: [
    homeRoutes,
    childRecordRoutes,
    teamRoutes,
    childrenInCareRoutes,
    timescaleSettingsRoutes,
    indicatorCommitteeReportRoutes,
    indicatorReportRoutes,
  ],
  permissions: indicatorReportPermissions,
  navigation: [
    { text: 'My team', href: '/team', permission: 'team:oversee', position: 30 },
    { text: 'Children in care', href: '/children-in-care', permission: 'team:oversee', position: 35 },
    { text: 'Committee report', href: '/indicators/report', permission: 'indicators:report', position: 40 },
    { text: 'Local standards', href: '/admin/settings/timescales', permission: 'settings:manage', position: 80 },
  ],
};
