import { Migrator, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { migrationsIn } from './migrationProvider.ts';

/** Brings the schema up to date with the migrations in these folders (the platform's and every area's). */
export async function migrateToLatest(db: Kysely<Database>, folders: readonly string[]): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationsIn(folders) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
