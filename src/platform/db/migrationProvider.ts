import fs from 'node:fs/promises';
import path from 'node:path';
import type { Migration, MigrationProvider } from 'kysely';

/**
 * Every file named NNNN_name.ts in these folders is a migration; Kysely runs them all in name
 * order. The platform and each area keep their own folder, so no shared list grows.
 */
export function migrationsIn(folders: readonly string[]): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const folder of folders) {
        for (const file of (await fs.readdir(folder)).sort()) {
          if (!/^\d{4}_.*\.ts$/.test(file) || file.endsWith('.test.ts')) continue;
          const name = file.replace(/\.ts$/, '');
          if (migrations[name]) throw new Error(`Two migrations are called ${name}`);
          migrations[name] = (await import(path.join(folder, file))) as Migration;
        }
      }
      return migrations;
    },
  };
}

/** The platform's own migrations (users, sessions, audit trail, drafts). */
export const platformMigrations = path.join(import.meta.dirname, 'migrations');
