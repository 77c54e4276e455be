import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Migrator, sql } from 'kysely';
import { openDatabase } from '../platform/db/connection.ts';
import { migrationsIn } from '../platform/db/migrationProvider.ts';
import { migrationFolders } from './modules.ts';
import { visitsBetween } from '../areas/visits/index.ts';
import { actionsWithOwners, ownerName } from '../areas/planning/actions.ts';

// Visitors, chairs and plan action owners were sign-in accounts or words typed until migrations 0065
// and 0066 chose them from the workforce and the family: what was recorded before is kept and read.
describe(
  'records made before people were chosen from the workforce',
  { skip: process.env.DATABASE_URL ? 'embedded database only' : false },
  () => {
    test('an account with a worker becomes that worker; every other visitor, chair and owner is kept as recorded', async () => {
      const database = await openDatabase({ inMemory: true });
      const { db } = database;
      try {
        const migrator = new Migrator({ db, provider: migrationsIn(migrationFolders) });
        assert.equal((await migrator.migrateTo('0061_contact_information_for_allocated_team')).error, undefined);
        const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows;
        const [team] = await rows<{ id: number }>(
          sql`insert into teams (name) values ('North locality team') returning id`,
        );
        const [withWorker, withoutWorker] = await rows<{ id: number }>(sql`
          insert into users (username, display_name, roles, password_hash) values
            ('iris', 'Iris Account', '{iro}', 'x'), ('sam', 'Sam Account', '{practitioner}', 'x')
          returning id`);
        const [worker] = await rows<{ id: number }>(sql`
          insert into workers (user_id, name, role, team_id, start_date)
          values (${withWorker!.id}, 'Iris Reviewer', 'iro', ${team!.id}, '2020-01-01') returning id`);
        const [child] = await rows<{ id: number }>(
          sql`insert into children (forename, surname, sex, date_of_birth) values ('Ada', 'Example', 'F', '2015-05-05') returning id`,
        );
        const childId = child!.id;
        await sql`insert into visits (child_id, visit_date, purpose, child_seen, visited_by) values
          (${childId}, '2025-01-06', 'other', true, ${withWorker!.id}),
          (${childId}, '2025-01-07', 'other', true, ${withoutWorker!.id})`.execute(db);
        await sql`insert into child_protection_conferences (child_id, type, conference_date, outcome, chair_id)
          values (${childId}, 'initial', '2025-01-08', 'no-plan', ${withWorker!.id})`.execute(db);
        const [plan] = await rows<{ id: number }>(
          sql`insert into cin_plans (child_id, start_date) values (${childId}, '2025-01-06') returning id`,
        );
        await sql`insert into plan_actions (child_id, plan_type, plan_id, description, owner_name, owner_user_id, recorded_date, due_date) values
          (${childId}, 'child-in-need', ${plan!.id}, 'Attend school every day', 'Ongoing', null, '2025-01-06', '2025-02-03'),
          (${childId}, 'child-in-need', ${plan!.id}, 'Review the plan', null, ${withWorker!.id}, '2025-01-06', '2025-02-03'),
          (${childId}, 'child-in-need', ${plan!.id}, 'Book the assessment', null, ${withoutWorker!.id}, '2025-01-06', '2025-02-03')`.execute(
          db,
        );

        assert.equal((await migrator.migrateToLatest()).error, undefined);

        const visits = await visitsBetween(db, childId, '2025-01-01', '2025-12-31');
        assert.deepEqual(
          visits.map((visit) => [visit.visited_by_worker_id, visit.visited_by, visit.visited_by_name]),
          [
            [worker!.id, withWorker!.id, 'Iris Reviewer'],
            [null, withoutWorker!.id, 'Sam Account'],
          ],
        );
        const conference = await db
          .selectFrom('child_protection_conferences')
          .select(['chair_worker_id', 'chair_id'])
          .executeTakeFirstOrThrow();
        assert.deepEqual(conference, { chair_worker_id: worker!.id, chair_id: withWorker!.id });
        const actions = await actionsWithOwners(db).orderBy('plan_actions.id').execute();
        assert.deepEqual(
          actions.map((action) => [action.owner_kind, ownerName(action)]),
          [
            ['as-recorded', 'Ongoing (as recorded before owners were chosen)'],
            ['worker', 'Iris Reviewer, North locality team'],
            ['as-recorded', 'Sam Account (as recorded before owners were chosen)'],
          ],
        );
      } finally {
        await database.close();
      }
    });
  },
);
