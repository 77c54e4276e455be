// Pages that read across every area (the home page, the child's page and chronology, the team's
// lists, the council's local standards against the whole rules catalogue), and the migrations that
// span areas' tables.
import path from 'node:path';
import type { AreaModule } from '../../platform/modules/module.ts';
import { childRecordRoutes } from './childRecord.ts';
import { timescaleSettingsRoutes } from './timescaleSettings.ts';
import { teamRoutes } from './team.ts';
import { teamReturnsRoutes } from './teamReturns.ts';
import { multiAgencyTeamRoutes } from './multiAgencyTeam.ts';
import { homeRoutes } from './home.ts';
import { childrenInCareRoutes } from './childrenInCare.ts';
import { indicatorReportRoutes } from './indicatorReport.ts';
import { indicatorCommitteeReportRoutes } from './indicatorReportCommittee.ts';
import { indicatorPermissions } from './indicatorPermissions.ts';
import { indicatorDashboardRoutes } from './indicatorDashboard.ts';
import { indicatorSettingsRoutes } from './indicatorSettings.ts';
import { indicatorPageRoutes } from './indicatorPage.ts';
import { returnsRoutes } from './returns.ts';
import { returnDownloadRoutes } from './returnDownloads.ts';
import { returnsPermissions } from './returnsPermissions.ts';

export const appPages: AreaModule = {
  name: 'pages',
  migrations: path.join(import.meta.dirname, '..', 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [
    homeRoutes,
    childRecordRoutes,
    teamRoutes,
    teamReturnsRoutes,
    multiAgencyTeamRoutes,
    childrenInCareRoutes,
    timescaleSettingsRoutes,
    // The fixed addresses (/indicators/report, /indicators/targets) before an indicator's own
    // (/indicators/:id).
    indicatorCommitteeReportRoutes,
    indicatorDashboardRoutes,
    indicatorSettingsRoutes,
    indicatorReportRoutes,
    indicatorPageRoutes,
    returnsRoutes,
    returnDownloadRoutes,
  ],
  permissions: { ...indicatorPermissions, ...returnsPermissions },
  navigation: [
    { text: 'My team', href: '/team', permission: 'team:oversee', position: 30 },
    { text: 'Children in care', href: '/children-in-care', permission: 'team:oversee', position: 35 },
    { text: 'Performance', href: '/indicators', permission: 'indicators:view', position: 40 },
    { text: 'Committee report', href: '/indicators/report', permission: 'indicators:view', position: 41 },
    { text: 'Returns', href: '/returns', permission: 'returns:view', position: 42 },
    { text: 'Local standards', href: '/admin/settings/timescales', permission: 'settings:manage', position: 80 },
  ],
};
