// One visit to brothers and sisters is recorded once: a visit on each child's record with their own
// part (seen, seen alone, their words and how they were heard), so each child's visiting and
// seen-alone clocks move on their own; a restricted sister is never offered or named.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testActor } from '../../app/testing/actors.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { testTeamName } from '../../app/testing/testDatabase.ts';
import { createChild, linkChildren } from '../people/store.ts';
import { addWorker } from '../workforce/index.ts';
import { recordInitialConference, recordStrategyDiscussion, startSection47Enquiry } from '../protection/store.ts';
import { recordVisits } from './store.ts';

describe('a visit recorded once for brothers and sisters', () => {
  let harbour: TestHarbour;
  let ada: number;
  let ben: number;
  let cora: number;
  let visitorId: number;
  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-04-20');
    const { db } = harbour.database;
    const actor = await testActor(db, 'team-manager');
    // Each on a child protection plan from Thu 2 Apr 2026, so each has a visit due within 10 working days (over Easter: Mon 20 Apr).
    const onPlan = async (forename: string) => {
      const childId = (await createChild(db, actor, { forename, surname: 'Lowe', dateOfBirth: '2017-05-01', sex: 'F' }))
        .id;
      const discussion = await recordStrategyDiscussion(db, actor, {
        childId,
        decisionDate: '2026-03-20',
        heldDate: '2026-03-20',
        agencies: ['police'],
        decision: 'section-47',
      });
      const enquiry = await startSection47Enquiry(db, actor, { childId, strategyDiscussionId: discussion.id });
      await recordInitialConference(db, actor, {
        childId,
        section47EnquiryId: enquiry.id,
        date: '2026-04-02',
        outcome: 'plan',
        category: 'NEG',
      });
      return childId;
    };
    [ada, ben, cora] = [await onPlan('Ada'), await onPlan('Ben'), await onPlan('Cora')];
    await linkChildren(db, actor, { childId: ada, relatedChildId: ben, relationship: 'sibling' });
    await linkChildren(db, actor, { childId: ada, relatedChildId: cora, relationship: 'sibling' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', cora).execute();
    const team = await findOrCreateTeam(db, testTeamName);
    visitorId = (
      await addWorker(db, { name: 'Pat Visitor', role: 'social-worker', teamId: team.id, startDate: '2020-01-01' })
    ).id;
  });
  after(() => harbour.close());

  const visitsOf = (childId: number) =>
    harbour.database.db
      .selectFrom('visits')
      .select(['visit_date', 'purpose', 'child_seen', 'seen_alone', 'wishes_and_feelings', 'voice_gathered'])
      .where('child_id', '=', childId)
      .execute();
  const cpVisits = (childId: number) =>
    harbour.database.db
      .selectFrom('due_items')
      .select(['due_on', 'met_on'])
      .where('child_id', '=', childId)
      .where('rule', '=', 'cp-visit')
      .orderBy('due_on')
      .execute();

  test('each child’s own part is asked and kept; bad input loses nothing; all are recorded together', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `/children/${ada}/visits/new`;
    const page = (await worker.get(form)).text;
    const $ = pageOf(page);
    assert.deepEqual(
      $('input[name="together"]')
        .map((_, box) => $(box).attr('value'))
        .get(),
      [String(ben)],
      'Ben is offered; Cora’s restricted record is not',
    );
    assert.doesNotMatch(page, /Cora/);

    const visit = {
      ...dateFields('visitDate', '2026-04-14'),
      purpose: 'child-protection',
      childSeen: 'yes',
      seenAlone: 'yes',
      wishesAndFeelings: 'I want Dad to stop shouting.',
      voiceGathered: 'spoken',
      visitedBy: String(visitorId),
      together: String(ben),
    };
    const unanswered = await submitForm(worker, form, form, {
      ...visit,
      [`seenAlone-${ben}`]: 'yes',
      [`voiceGathered-${ben}`]: 'drawn',
    });
    assert.equal(unanswered.status, 400);
    assert.deepEqual(errorSummary(unanswered.text), [
      'Select yes if Ben Lowe was seen',
      'Enter Ben Lowe’s wishes and feelings, in their own words',
    ]);
    const kept = pageOf(unanswered.text);
    assert.equal(kept('#wishesAndFeelings').text(), visit.wishesAndFeelings, 'Ada’s words are kept');
    assert.equal(kept(`input[name="together"][value="${ben}"]`).attr('checked'), 'checked');
    assert.equal(kept(`input[name="voiceGathered-${ben}"][value="drawn"]`).attr('checked'), 'checked');
    assert.deepEqual(await visitsOf(ada), [], 'nothing is saved');

    const recorded = await submitForm(worker, form, form, {
      ...visit,
      [`childSeen-${ben}`]: 'no',
      [`seenAlone-${ben}`]: 'no',
    });
    assert.equal(recorded.status, 302);
    assert.deepEqual(await visitsOf(ada), [
      {
        visit_date: '2026-04-14',
        purpose: 'child-protection',
        child_seen: true,
        seen_alone: true,
        wishes_and_feelings: 'I want Dad to stop shouting.',
        voice_gathered: ['spoken'],
      },
    ]);
    assert.deepEqual(await visitsOf(ben), [
      {
        visit_date: '2026-04-14',
        purpose: 'child-protection',
        child_seen: false,
        seen_alone: false,
        wishes_and_feelings: null,
        voice_gathered: [],
      },
    ]);
    const audited = await harbour.database.db
      .selectFrom('audit_events')
      .select('child_id')
      .where('record_type', '=', 'visits')
      .where('event', '=', 'child-record-changed')
      .execute();
    assert.deepEqual(audited.map((row) => Number(row.child_id)).sort(), [ada, ben].sort());

    // Ada was seen, so her visit is met; Ben was not, so his is still due; Cora's is untouched.
    assert.deepEqual((await cpVisits(ada))[0], { due_on: '2026-04-20', met_on: '2026-04-14' });
    assert.deepEqual((await cpVisits(ben))[0], { due_on: '2026-04-20', met_on: null });
    assert.deepEqual((await cpVisits(cora))[0], { due_on: '2026-04-20', met_on: null });

    // Each child's visit says which it was recorded together with, linking to the other's.
    const together = async (childId: number) => {
      const list = pageOf((await worker.get(`/children/${childId}/visits`)).text);
      return list('#visits .recorded-together a')
        .map((_, link) => ({ name: list(link).text(), href: list(link).attr('href') }))
        .get();
    };
    const [adasVisit, bensVisit] = await Promise.all(
      [ada, ben].map((childId) =>
        harbour.database.db.selectFrom('visits').select('id').where('child_id', '=', childId).executeTakeFirstOrThrow(),
      ),
    );
    assert.deepEqual(await together(ada), [
      { name: 'Ben Lowe', href: `/children/${ben}/visits#visit-${bensVisit!.id}` },
    ]);
    assert.deepEqual(await together(ben), [
      { name: 'Ada Lowe', href: `/children/${ada}/visits#visit-${adasVisit!.id}` },
    ]);
  });

  test('a restricted sister seen on the same visit is counted, not named, to someone who may not open her record', async () => {
    const { db } = harbour.database;
    await recordVisits(db, await testActor(db, 'team-manager'), [
      { childId: ada, date: '2026-04-16', purpose: 'child-protection', childSeen: true },
      { childId: cora, date: '2026-04-16', purpose: 'child-protection', childSeen: true },
    ]);
    const worker = await signedInAgent(harbour, 'practitioner');
    const page = await worker.get(`/children/${ada}/visits`);
    assert.doesNotMatch(page.text, /Cora/);
    const list = pageOf(page.text);
    const row = list('#visits tr').filter((_, tr) => /16 April 2026/.test(list(tr).text()));
    assert.equal(row.find('.recorded-together').text(), 'Recorded together with 1 child whose record is restricted');
    assert.equal(row.find('.recorded-together a').length, 0);
  });
});
