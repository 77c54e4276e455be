import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Team } from './schema.ts';

export const listTeams = (db: Kysely<Database>): Promise<Team[]> =>
  db.selectFrom('teams').selectAll().orderBy('name').execute();

export async function findOrCreateTeam(db: Kysely<Database>, name: string): Promise<Team> {
  const existing = await db.selectFrom('teams').selectAll().where('name', '=', name).executeTakeFirst();
  return existing ?? db.insertInto('teams').values({ name }).returningAll().executeTakeFirstOrThrow();
}
