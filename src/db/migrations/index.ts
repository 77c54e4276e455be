import type { Migration, MigrationProvider } from 'kysely';
import * as access from './0001_access.ts';

/** Every migration, in order. Listed here (not read from disk) so tsx and tsc both see them. */
const migrations: Record<string, Migration> = {
  '0001_access': access,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
