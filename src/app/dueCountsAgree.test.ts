// The same child's work counted three ways must agree: the caption on the child's page, the team's
// due list (its "by child" counts) and the list's CSV. Managers compare them; a difference is a bug.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testActor } from './testing/actors.ts';
import { allocatedChildInNeed } from './testing/records.ts';
import { pageOf, signedInAgent, tableRows, testHarbour, type TestHarbour } from './testing/testApp.ts';

let harbour: TestHarbour;
let childId: number;
let teamId: number;

before(async () => {
  harbour = await testHarbour();
  const db = harbour.database.db;
  const actor = await testActor(db, 'team-manager');
  ({ childId, teamId } = await allocatedChildInNeed(db, actor, {
    child: { forename: 'Tally', surname: 'Agree', dateOfBirth: '2016-04-04', sex: 'F' },
    workerName: 'Cal Counter',
    actionsDue: ['2026-01-19', '2026-04-30'],
  }));
  // The assessment (45 working days from 18 December 2025) and the first action are past; the second action is not.
  harbour.clock.setToday('2026-02-25');
});
after(() => harbour?.close());

test("the child's page, the team's due list and its CSV count the same overdue and due work", async () => {
  const manager = await signedInAgent(harbour, 'team-manager');

  const childPage = pageOf((await manager.get(`/children/${childId}`)).text);
  const caption = /(\d+) overdue, (\d+) due/.exec(childPage('main').text());
  assert.ok(caption, "the child's page has no due and overdue caption");
  const onChildPage = { overdue: Number(caption[1]), due: Number(caption[2]) };
  assert.ok(onChildPage.overdue >= 2 && onChildPage.due >= 1, `a child with both: ${JSON.stringify(onChildPage)}`);

  // The first table of the list by child: each child's overdue and due counts.
  const row = tableRows((await manager.get(`/team/due?team=${teamId}&by=child`)).text)
    .map((cells) => cells.split('|'))
    .find((cells) => cells[0] === 'Tally Agree');
  assert.ok(row, 'the child is on the team’s list');
  assert.deepEqual({ overdue: Number(row[1]), due: Number(row[2]) }, onChildPage);

  const csv = await manager.get(`/team/due?team=${teamId}&by=child&format=csv`);
  // Harbour ID,NHS number,Child,Worker,What is due,Due by,Status,Source: the status follows the ISO due date.
  const lines = csv.text
    .trim()
    .split('\n')
    .filter((line) => line.startsWith(`${childId},`));
  assert.deepEqual(
    {
      overdue: lines.filter((line) => /,\d{4}-\d{2}-\d{2},overdue,/.test(line)).length,
      due: lines.filter((line) => /,\d{4}-\d{2}-\d{2},due,/.test(line)).length,
    },
    onChildPage,
  );
});
