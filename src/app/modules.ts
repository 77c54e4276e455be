// Everything Harbour is assembled from: the platform's own pages, every area in the one list,
// and the app's cross-area pages. Migrations, routes, views, navigation and the child page's
// links are all read from here.
import type { AreaModule } from '../platform/modules/module.ts';
import { platformPages } from '../platform/pages/module.ts';
import { areas } from '../areas/all.ts';
import { appPages } from './pages/module.ts';
import { inPosition } from '../platform/web/navigation.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { definePermissions, type PermissionTable } from '../platform/access/roles.ts';
import { defineWorkingWith } from '../platform/access/recordScope.ts';
import { whenChildrenChange } from '../platform/db/transaction.ts';
import { refreshDueItems } from '../reports/journey/storedDueItems.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.ts';

export const modules: readonly AreaModule[] = [platformPages, ...areas, appPages];

const present = <T>(value: T | undefined): value is T => value !== undefined;

export const migrationFolders = modules.map((module) => module.migrations).filter(present);
export const viewFolders = modules.map((module) => module.views).filter(present);
export const routeTables = modules.flatMap((module) => module.routes ?? []);
export const navigation = inPosition(modules.flatMap((module) => module.navigation ?? []));
/** Every module's permissions in one table; a name two modules define is a mistake. */
export const permissionTable: PermissionTable = modules.reduce<PermissionTable>((table, module) => {
  for (const name of Object.keys(module.permissions ?? {}))
    if (name in table) throw new Error(`The permission ${name} is defined twice (again by ${module.name})`);
  return { ...table, ...module.permissions };
}, {});
definePermissions(permissionTable);
defineWorkingWith(
  modules.map((module) => module.workingWith).filter(present),
  modules.map((module) => module.caseloadOf).filter(present),
);
// A child's due items are recomputed by the engine in the transaction of every change to their record.
whenChildrenChange(refreshDueItems);
export const childRecordLinks = inPosition(modules.flatMap((module) => module.childLinks ?? []));

/** Brings a database up to date with every module's migrations. */
export const migrateHarbour = (db: Kysely<Database>) => migrateToLatest(db, migrationFolders);
