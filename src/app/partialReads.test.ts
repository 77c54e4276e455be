// The child's page reads parts, not wholes: only the latest events of the chronology (areas with
// many rows read just their newest) and only the parts of the family's journeys a status and the
// page's open work read. What it shows must be exactly what the whole would give, for every child
// of a synthetic county with years of visits, plans and care behind them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from './testing/testDatabase.ts';
import { seedCounty } from './synth/seed.ts';
import { chronology } from '../reports/journey/chronology.ts';
import { loadChildJourneys, loadJourneyParts } from '../reports/journey/loadJourney.ts';
import { childStatuses, statusParts } from '../reports/journey/status.ts';

let database: Awaited<ReturnType<typeof testDatabase>>;
let childIds: number[];
before(async () => {
  database = await testDatabase();
  await seedCounty(database.db, { scale: 0.02, years: 4, seed: 5, endDate: '2026-03-31' });
  childIds = (await database.db.selectFrom('children').select('id').orderBy('id').execute()).map((row) => row.id);
});
after(() => database.close());

test('the latest events are the end of the whole chronology, for every child of a synthetic county', async () => {
  const { db } = database;
  let longer = 0;
  for (const [index, id] of childIds.entries()) {
    const whole = await chronology(db, id);
    if (whole.length > 10) longer++;
    // The child's page reads the latest 10 (every child); the narrowest cut, 1, is read for every fifth.
    for (const latest of index % 5 === 0 ? [1, 10] : [10])
      assert.deepEqual(await chronology(db, id, { latest }), whole.slice(-latest), `child ${id}, latest ${latest}`);
  }
  // The county gives the cut something to cut: children whose whole chronology is longer than the page's.
  assert.ok(longer > 50, `only ${longer} children have more than 10 events`);
});

test('statuses read from the parts of the journey a status needs are those of the whole journey', async () => {
  const { db } = database;
  const [whole, parts] = await Promise.all([
    loadChildJourneys(db, childIds),
    loadJourneyParts(db, childIds, statusParts),
  ]);
  const seen = new Set<string>();
  for (const on of ['2023-06-30', '2026-03-31'])
    for (const id of childIds) {
      const expected = childStatuses(whole.get(id)!, on);
      expected.forEach((status) => seen.add(status));
      assert.deepEqual(childStatuses(parts.get(id)!, on), expected, `child ${id} on ${on}`);
      for (const part of statusParts)
        assert.deepEqual(parts.get(id)![part], whole.get(id)![part], `child ${id}: ${part}`);
    }
  // Every status is among those compared, so a part left out would show.
  assert.deepEqual([...seen].sort(), [
    'care-leaver',
    'child-in-need',
    'child-protection',
    'closed',
    'early-help',
    'in-proceedings',
    'looked-after',
  ]);
});
