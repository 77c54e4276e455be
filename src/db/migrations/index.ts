import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMigrationProvider } from 'kysely';

/**
 * Every file in this folder named NNNN_area.ts is a migration, run in name order. Each area
 * adds its own files (0002_people.ts, 0010_frontdoor.ts…) without touching a shared list.
 */
export const migrationFolder = path.dirname(fileURLToPath(import.meta.url));

const provider = new FileMigrationProvider({ fs, path, migrationFolder });

export const migrationProvider = {
  getMigrations: async () => {
    const all = await provider.getMigrations();
    return Object.fromEntries(Object.entries(all).filter(([name]) => /^\d{4}_/.test(name)));
  },
};
