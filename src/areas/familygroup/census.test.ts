// The CIN census's pre-proceedings block (2026: FGDMMeetingOffer, FGDMMeetingFac) counted from the
// family group records: an offer or meeting in the 12 months before pre-proceedings began or while
// they ran, for the child the block is about; the dates pre-proceedings kept before still count.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { testDatabase, testTeamName } from '../../app/testing/testDatabase.ts';
import { fixtureRows } from '../../app/testing/indicatorFixtures.ts';
import { collectionYear, type CollectionYear } from '../../reports/returns/returnDates.ts';
import { buildCinCensus } from '../../reports/returns/cin/build.ts';
import { addWorker } from '../workforce/allocations.ts';

const year = collectionYear('2025-26') as CollectionYear;
let database: HarbourDatabase;
const children: Record<string, number> = {};

before(async () => {
  database = await testDatabase();
  const db = database.db;
  const names = ['Abi', 'Bea', 'Cai', 'Dee', 'Eli', 'Fay', 'Gus'];
  const ids = await fixtureRows(
    db,
    'children',
    names.map((forename) => ({ forename, surname: 'Census', sex: 'F', date_of_birth: '2018-01-01' })),
  );
  names.forEach((name, i) => (children[name] = ids[i]!));
  await fixtureRows(
    db,
    'referrals',
    ids.map((childId) => ({ child_id: childId, referral_date: '2025-05-01', source: '1A', primary_need: 'N1' })),
  );
  const teamId = (await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow())
    .id;
  const worker = (await addWorker(db, { name: 'Sam', role: 'social-worker', teamId, startDate: '2020-01-01' })).id;
  const coordinator = (await addWorker(db, { name: 'Cleo', role: 'family-support', teamId, startDate: '2020-01-01' }))
    .id;

  // Pre-proceedings from Wednesday 1 October 2025: Abi and Fay's family together; the others each on their own.
  const plo = async (childIds: number[], row: Record<string, unknown> = {}) => {
    const [id] = await fixtureRows(db, 'pre_proceedings', [{ start_date: '2025-10-01', ...row }]);
    await db
      .insertInto('pre_proceedings_children')
      .values(childIds.map((childId) => ({ pre_proceedings_id: id!, child_id: childId })))
      .execute();
  };
  await plo([children.Abi!, children.Fay!]);
  await plo([children.Bea!]);
  await plo([children.Cai!], { decision_date: '2025-12-01', outcome: 'step-down' });
  await plo([children.Dee!]);
  await plo([children.Eli!], { decision_date: '2025-11-01', outcome: 'step-down' });
  // Recorded on pre-proceedings before the family group records: still counted.
  await plo([children.Gus!], {
    family_group_meeting_offered_date: '2025-10-02',
    family_group_meeting_held_date: '2025-10-20',
  });

  const meeting = async (childIds: number[], row: Record<string, unknown>) => {
    const [id] = await fixtureRows(db, 'family_group_meetings', [
      { kind: 'family-group-conference', offered_by_worker_id: worker, ...row },
    ]);
    await db
      .insertInto('family_group_meeting_children')
      .values(childIds.map((childId) => ({ meeting_id: id!, child_id: childId })))
      .execute();
  };
  const held = (heldDate: string) => ({
    response: 'accepted',
    held_date: heldDate,
    coordinator_worker_id: coordinator,
  });
  // Abi: offered on 3 March 2025, seven months before, and held on 20 March. Fay was not named on it.
  await meeting([children.Abi!], { offered_date: '2025-03-03', response_date: '2025-03-05', ...held('2025-03-20') });
  // Bea: offered on 30 September 2024, a year and a day before: too long ago.
  await meeting([children.Bea!], { offered_date: '2024-09-30', response_date: '2024-10-01', ...held('2024-10-10') });
  // Cai: offered during pre-proceedings on 15 November 2025 and declined.
  await meeting([children.Cai!], {
    offered_date: '2025-11-15',
    response: 'declined',
    response_date: '2025-11-16',
    declined_reason: 'no-network',
  });
  // Dee: offered on 2 February 2026 and held on 10 April 2026, after the census year ended.
  await meeting([children.Dee!], { offered_date: '2026-02-02', response_date: '2026-02-03', ...held('2026-04-10') });
  // Eli: offered on 20 November 2025, after pre-proceedings ended on 1 November.
  await meeting([children.Eli!], { offered_date: '2025-11-20' });
});
after(() => database?.close());

test('FGDMMeetingOffer and FGDMMeetingFac count offers and meetings from the family group records', async () => {
  const census = await buildCinCensus(database.db, year);
  const blocks = Object.fromEntries(
    Object.entries(children).map(([name, id]) => {
      const child = census.children.find((each) => each.childId === id)!;
      const [block] = child.episodes.flatMap((episode) => episode.preProceedings);
      return [name, [block!.familyMeetingOffered, block!.familyMeetingHeld]];
    }),
  );
  assert.deepEqual(blocks, {
    Abi: [true, true],
    Bea: [false, false],
    Cai: [true, false],
    Dee: [true, false],
    Eli: [false, false],
    Fay: [false, false],
    Gus: [true, true],
  });
});
