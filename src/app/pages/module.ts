// Pages that read across every area (the council's local standards against the whole rules
// catalogue), and the migrations that span areas' tables.
import path from 'node:path';
import type { AreaModule } from '../../platform/module.ts';
import { timescaleSettingsRoutes } from './timescaleSettings.ts';

export const appPages: AreaModule = {
  name: 'pages',
  migrations: path.join(import.meta.dirname, '..', 'migrations'),
  views: path.join(import.meta.dirname, 'views'),
  routes: [timescaleSettingsRoutes],
  navigation: [{ text: 'Local standards', href: '/admin/settings/timescales', permission: 'settings:manage', position: 80 }],
};
