import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testActor } from './testing/actors.ts';
import { allocatedChildInNeed } from './testing/records.ts';
import { pageOf, signedInAgent, testHarbour, type Agent, type TestHarbour } from './testing/testApp.ts';
import { recordContact } from '../areas/frontdoor/store.ts';
import { submitPlan } from '../areas/planning/planVersions.ts';

// People read dates as "2 December 2026" (the GOV.UK style); ISO dates are for CSV files and machines.
const isoDate = /\b\d{4}-\d{2}-\d{2}\b/g;
const seenText = (html: string) => {
  const page = pageOf(html);
  page('script, style').remove();
  return { title: page('title').text(), main: page('main').text() };
};

describe('dates on pages', () => {
  let harbour: TestHarbour;
  let manager: Agent;
  let childId: number;
  let contactId: number;
  let planPath: string;

  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const actor = await testActor(db, 'team-manager');
    ({ childId } = await allocatedChildInNeed(db, actor, {
      child: { forename: 'Iris', surname: 'Calendar', dateOfBirth: '2015-05-05', sex: 'F' },
      workerName: 'Dana Dates',
      actionsDue: ['2026-01-19'],
    }));
    contactId = (
      await recordContact(db, actor, {
        childIds: [childId],
        receivedAt: '2025-12-17T09:00:00Z',
        source: '2A',
        consent: 'given',
        concerns: 'School worried about bruising',
      })
    ).contact.id;
    const plan = await db
      .selectFrom('cin_plans')
      .select('id')
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    planPath = `/children/${childId}/child-in-need-plans/${plan.id}`;
    await submitPlan(db, actor, {
      childId,
      planType: 'child-in-need',
      planId: plan.id,
      seen: { number: 0, version: 0 },
      whatNeedsToChange: 'Iris is looked after well at home.',
      contingency: 'A meeting about her safety.',
      changeReason: null,
      submittedDate: '2026-02-20',
    });
    harbour.clock.setToday('2026-02-25');
    manager = await signedInAgent(harbour, 'team-manager');
  });
  after(() => harbour.close());

  for (const [page, path, shows] of [
    ["the child's page", () => `/children/${childId}`, /5 May 2015/],
    ['the chronology', () => `/children/${childId}/chronology`, /due 19 January 2026/],
    ["the team's due list", () => '/team/due', /Iris Calendar/],
    ['a contact', () => `/front-door/contacts/${contactId}`, /17 December 2025/],
    ['a plan', () => planPath, /Awaiting authorisation\s+since 20 February 2026/],
    ["a plan's versions", () => `${planPath}/plan/versions`, /submitted 20 February 2026/],
    ['the oversight lists', () => '/team/oversight', /20 February 2026/],
  ] as const) {
    test(`${page} shows no ISO date`, async () => {
      const response = await manager.get(path());
      assert.equal(response.status, 200);
      const { title, main } = seenText(response.text);
      assert.match(main, shows);
      assert.deepEqual(main.match(isoDate), null, `${page} shows ISO dates`);
      assert.deepEqual(title.match(isoDate), null, `${page}'s title shows ISO dates`);
    });
  }

  test('a page title gives its date in the long form', async () => {
    const { title } = seenText((await manager.get(`/front-door/contacts/${contactId}`)).text);
    assert.match(title, /^Contact received 17 December 2025/);
  });

  test('the CSV export keeps ISO dates for machines', async () => {
    const csv = await manager.get('/team/due?format=csv');
    assert.equal(csv.status, 200);
    assert.match(csv.text, /Iris Calendar,.*,\d{4}-\d{2}-\d{2},/);
  });
});
