import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import type { Role } from '../../platform/access/roles.ts';
import { testUsername } from './testDatabase.ts';

/** The test user of a role as the actor of a store call. */
export async function testActor(db: Kysely<Database>, role: Role): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', '=', testUsername(role))
    .executeTakeFirstOrThrow();
  return { userId: user.id, username: user.username };
}
