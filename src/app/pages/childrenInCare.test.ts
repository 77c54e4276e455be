// The children in care manager's lists: each count against the children behind it, the 903 year's
// placements at its boundary, and a restricted child counted as withheld, never named.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../testing/actors.ts';
import { aChild } from '../testing/records.ts';
import { pageOf, signedInAgent, tableRows, testHarbour, type TestHarbour } from '../testing/testApp.ts';
import { testTeamName } from '../testing/testDatabase.ts';
import { addWorker, allocateChild } from '../../areas/workforce/allocations.ts';
import { changeEpisode, startPeriodOfCare } from '../../areas/care/store.ts';
import { recordMissingEpisode } from '../../areas/missing/store.ts';

/** A child looked after from `from`, placed in `placed` from a home in `home`, moved on each of `moves`. */
async function lookedAfter(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  from: string,
  postcodes: { placed: string; home: string; authority: string },
  moves: string[],
) {
  await startPeriodOfCare(db, actor, {
    childId,
    startDate: from,
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placementType: 'U4',
    placementProvider: 'PR1',
    placementPostcode: postcodes.placed,
    homePostcode: postcodes.home,
    placementLocalAuthority: postcodes.authority,
  });
  for (const date of moves)
    await changeEpisode(db, actor, { childId, date, reasonNewEpisode: 'P', reasonPlaceChange: 'CARPL' });
}

describe('children in care: the manager’s lists', () => {
  let harbour: TestHarbour;
  let ivy: number;
  let rosalind: number;
  let teamId: number;

  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const actor = await testActor(db, 'team-manager');
    teamId = (await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()).id;
    const worker = await addWorker(db, { name: 'Casey Carer', role: 'social-worker', teamId, startDate: '2020-01-01' });
    const child = async (forename: string) => {
      const id = await aChild(db, actor, { forename, surname: 'Cared', dateOfBirth: '2012-03-03' });
      await allocateChild(db, actor, { childId: id, workerId: worker.id, startDate: '2025-05-01' });
      return id;
    };
    ivy = await child('Ivy');
    const jack = await child('Jack');
    rosalind = await child('Rosalind');
    // Ivy: placed in Worcester from a Shrewsbury home, moved twice this year, missing since last night.
    await lookedAfter(
      db,
      actor,
      ivy,
      '2025-06-02',
      { placed: 'WR1 1AA', home: 'SY1 1AA', authority: 'Worcestershire County Council' },
      ['2026-01-10', '2026-03-20'],
    );
    await recordMissingEpisode(db, actor, { childId: ivy, missingType: 'M', startedAt: '2026-03-30T20:00:00Z' });
    // Jack: one placement near home.
    await lookedAfter(
      db,
      actor,
      jack,
      '2026-03-02',
      { placed: 'SY3 8AA', home: 'SY1 1AA', authority: 'Harbour County Council' },
      [],
    );
    // Rosalind: as unsettled as Ivy, but her record is restricted.
    await lookedAfter(
      db,
      actor,
      rosalind,
      '2025-06-02',
      { placed: 'WR1 1AA', home: 'SY1 1AA', authority: 'Worcestershire County Council' },
      ['2026-01-10', '2026-03-20'],
    );
    await recordMissingEpisode(db, actor, { childId: rosalind, missingType: 'A', startedAt: '2026-03-30T20:00:00Z' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', rosalind).execute();
    harbour.clock.setToday('2026-03-31');
  });
  after(() => harbour.close());

  const page = async (query = '') => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const response = await manager.get(`/children-in-care?team=${teamId}${query}`);
    assert.equal(response.status, 200);
    return response.text;
  };
  /** Each row's heading and its cells joined by "|". */
  const counts = (html: string, table: string): Record<string, string> => {
    const $ = pageOf(html);
    const entries: [string, string][] = $(`${table} tbody tr`)
      .toArray()
      .map((row) => [
        $(row).find('th').text().trim(),
        $(row)
          .find('td')
          .toArray()
          .map((cell) => $(cell).text().trim())
          .join('|'),
      ]);
    return Object.fromEntries(entries);
  };
  const listed = async (list: string) => tableRows(await page(`&list=${list}`), '#list + table');

  test('the children to watch, each count the children it links to; the restricted child withheld', async () => {
    const html = await page();
    assert.match(pageOf(html)('#restricted-withheld').text(), /A restricted record is not shown/);
    assert.doesNotMatch(html, /Rosalind/);
    assert.deepEqual(counts(html, '#child-counts'), {
      'Children with 3 or more placements this year (since 1 April)': '1',
      'Children placed out of area': '1',
      'Children missing or away now': '1',
    });
    assert.deepEqual(await listed('unstable'), ['Ivy Cared|Casey Carer|3 placements']);
    assert.deepEqual(await listed('out-of-area'), ['Ivy Cared|Casey Carer|Worcestershire County Council']);
    assert.deepEqual(await listed('missing'), ['Ivy Cared|Casey Carer|Missing since 30 March 2026 at 21:00']);
  });

  test('a new 903 year on 1 April: the placements of last year no longer count', async () => {
    harbour.clock.setToday('2026-04-01');
    try {
      assert.deepEqual(await listed('unstable'), []);
    } finally {
      harbour.clock.setToday('2026-03-31');
    }
  });

  test('due and overdue by kind, from the stored due items, each count the rows it links to', async () => {
    const html = await page();
    const due = counts(html, '#due-counts');
    assert.deepEqual(Object.keys(due), [
      'Looked-after reviews',
      'Statutory visits',
      'Health assessments',
      'Dental checks',
      'Personal education plans',
    ]);
    // Jack came into care on Monday 2 March: his initial health assessment is due 20 working days later.
    const health = await listed('health-assessments');
    assert.ok(
      health.includes('Jack Cared|Casey Carer|Initial health assessment|30 March 2026|Overdue'),
      health.join('\n'),
    );
    for (const [id, title] of [
      ['reviews', 'Looked-after reviews'],
      ['visits', 'Statutory visits'],
      ['health-assessments', 'Health assessments'],
      ['dental-checks', 'Dental checks'],
      ['education-plans', 'Personal education plans'],
    ] as const) {
      const [overdue, dueSoon] = due[title]!.split('|').map(Number);
      const rows = await listed(id);
      assert.equal(rows.length, overdue! + dueSoon!, title);
      assert.ok(
        rows.every((row) => /^(Ivy|Jack) Cared\|/.test(row)),
        title,
      );
    }
  });

  test('each list is audited with the children it named; only managers see it', async () => {
    await page('&list=missing');
    const [event] = await harbour.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'children-listed')
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    assert.deepEqual(event!.detail.childIds, [ivy]);
    assert.equal(event!.detail.list, 'missing');
    const practitioner = await signedInAgent(harbour, 'practitioner');
    assert.equal((await practitioner.get('/children-in-care')).status, 403);
    const manager = await signedInAgent(harbour, 'team-manager');
    assert.equal((await manager.get('/children-in-care?list=everyone')).status, 404);
    assert.match((await manager.get('/')).text, /href="\/children-in-care"/);
  });
});
