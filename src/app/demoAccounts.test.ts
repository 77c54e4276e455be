import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from './testing/testDatabase.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { demoPassword, demoUsername, ensureDemoAccounts } from './demoAccounts.ts';
import { attemptSignIn } from '../platform/access/signIn.ts';
import { londonDateOf } from '../core/clock.ts';

describe('demo accounts', () => {
  let database: HarbourDatabase;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test('the demo partner is a school’s designated safeguarding lead, verified, for a year, and signs in', async () => {
    assert.deepEqual(await ensureDemoAccounts(database.db), { created: true });
    const partner = await database.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', demoUsername('partner'))
      .executeTakeFirstOrThrow();
    const today = londonDateOf(new Date());
    assert.deepEqual(
      {
        roles: partner.roles,
        team: partner.team_id,
        organisation: partner.organisation,
        role: partner.role_at_organisation,
        endsOn: partner.access_ends_on,
        verified: partner.verified_at !== null,
      },
      {
        roles: ['partner'],
        team: null,
        organisation: 'Harbour Primary School',
        role: 'Designated safeguarding lead',
        endsOn: Temporal.PlainDate.from(today).add({ years: 1 }).toString(),
        verified: true,
      },
    );
    const signedIn = await attemptSignIn(database.db, {
      username: demoUsername('partner'),
      password: demoPassword,
      ip: null,
    });
    assert.equal(signedIn.ok, true);
    // Later starts leave the accounts as administrators left them.
    assert.deepEqual(await ensureDemoAccounts(database.db), { created: false });
  });
});
