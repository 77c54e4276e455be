// The platform's own part of Harbour, declared as an area is: its migrations (users, sessions,
// the audit trail, drafts), the sign-in and administration pages and their navigation.
import path from 'node:path';
import type { AreaModule } from '../modules/module.ts';
import { platformMigrations } from '../db/migrationProvider.ts';
import { publicRoutes } from './public.ts';
import { signInRoutes } from './signIn.ts';
import { adminRoutes } from './admin.ts';
import { recordAccessSettingsRoutes } from './recordAccessSettings.ts';
import { platformNavigation } from '../web/navigation.ts';
import { platformPermissions } from '../access/roles.ts';

export const platformPages: AreaModule = {
  name: 'platform',
  permissions: platformPermissions,
  migrations: platformMigrations,
  views: path.join(import.meta.dirname, 'views'),
  routes: [publicRoutes, signInRoutes, adminRoutes, recordAccessSettingsRoutes],
  navigation: platformNavigation,
};
