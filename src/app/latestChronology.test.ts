// The child's page reads only the latest events of the chronology (areas with many rows read just
// their newest): what it shows must be exactly the end of the whole chronology, for every child of
// a synthetic county with years of visits, plans and care behind them.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from './testing/testDatabase.ts';
import { seedCounty } from './synth/seed.ts';
import { chronology } from '../reports/journey/chronology.ts';

test('the latest events are the end of the whole chronology, for every child of a synthetic county', async () => {
  const database = await testDatabase();
  after(() => database.close());
  const { db } = database;
  await seedCounty(db, { scale: 0.02, years: 4, seed: 5, endDate: '2026-03-31' });
  const children = await db.selectFrom('children').select('id').orderBy('id').execute();
  let longer = 0;
  for (const { id } of children) {
    const whole = await chronology(db, id);
    if (whole.length > 10) longer++;
    for (const latest of [1, 10])
      assert.deepEqual(await chronology(db, id, { latest }), whole.slice(-latest), `child ${id}, latest ${latest}`);
  }
  // The county gives the cut something to cut: children whose whole chronology is longer than the page's.
  assert.ok(longer > 50, `only ${longer} children have more than 10 events`);
});
