// A strategy discussion about brothers and sisters is recorded once: each child keeps their own
// discussion, decision and timescales; recording it held for one records it for the others chosen.
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
  sendTaskList,
} from '../../app/testing/testApp.ts';
import { createChild, linkChildren } from '../people/store.ts';
import { adaBenAndRestrictedCora } from '../../app/testing/records.ts';
import { toDoOf } from '../../reports/journey/storedDueItems.ts';

describe('a strategy discussion recorded once for brothers and sisters', () => {
  let harbour: TestHarbour;
  let ada: number;
  let ben: number;
  let cora: number;
  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-03-30');
    const { db } = harbour.database;
    const actor = await testActor(db, 'team-manager');
    ({ ada, ben, cora } = await adaBenAndRestrictedCora(db, actor, 'Marsh'));
  });
  after(() => harbour.close());

  const discussionsOf = (childId: number) =>
    harbour.database.db.selectFrom('strategy_discussions').selectAll().where('child_id', '=', childId).execute();

  test('decided for two, held for both with each child’s own decision, attendees and reasons on each record', async () => {
    const { db } = harbour.database;
    const worker = await signedInAgent(harbour, 'team-manager');
    const newPath = `/children/${ada}/strategy-discussions/new`;
    const form = pageOf((await worker.get(newPath)).text);
    assert.deepEqual(
      form('input[name="together"]')
        .map((_, box) => form(box).attr('value'))
        .get(),
      [String(ben)],
      'Ben is offered; Cora’s restricted record is not',
    );
    assert.doesNotMatch(form.html(), /Cora/);

    const decided = await submitForm(worker, newPath, newPath, {
      ...dateFields('decisionDate', '2026-03-25'),
      together: [String(ben)],
    });
    assert.equal(decided.status, 302);
    const [adas] = await discussionsOf(ada);
    const [bens] = await discussionsOf(ben);
    assert.ok(adas && bens, 'each child has their own discussion');
    assert.ok(adas.discussed_together && adas.discussed_together === bens.discussed_together);
    const changed = await db
      .selectFrom('audit_events')
      .select('child_id')
      .where('event', '=', 'child-record-changed')
      .where('record_type', '=', 'strategy_discussions')
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      changed.map((row) => Number(row.child_id)),
      [ada, ben].sort((a, b) => a - b),
      'each child’s record audited',
    );
    const dueFor = async (childId: number) =>
      (await toDoOf(db, [childId], '2026-03-30')).filter((item) => item.rule === 'strategy-discussion').length;
    assert.equal(await dueFor(ben), 1, 'Ben’s strategy discussion is due');

    const adasPath = `/children/${ada}/strategy-discussions/${adas.id}`;
    const page = pageOf((await worker.get(`${adasPath}/held/decision`)).text);
    assert.equal(page(`input[name="together"][value="${bens.id}"]`).attr('checked'), 'checked', 'Ben offered, ticked');

    const held = {
      version: String(adas.version),
      ...dateFields('heldDate', '2026-03-26'),
      agencies: ['police', 'health'],
      attendee1Name: 'Sam Fielding',
      attendee1Agency: 'police',
      attendee1Role: 'Detective constable',
      attendee2Name: 'Priya Shah',
      attendee2Agency: 'health',
      attendee2Role: 'School nurse',
      informationShared: 'Police attended the home on 24 March.\n\nThe school nurse saw bruising.',
      decision: 'section-47',
      together: [String(bens.id)],
      decisionReasons: 'Ada disclosed; Ben is too young to say but was in the home.',
    };
    // Ben's own decision is asked for: nothing is saved without it, and what was typed is kept.
    const missing = await sendTaskList(worker, `${adasPath}/held`, held);
    assert.equal(missing.status, 400);
    assert.deepEqual(errorSummary(missing.text), ['Select whether a section 47 enquiry will be made about Ben Marsh']);
    assert.equal(pageOf(missing.text)('form').attr('action'), `${adasPath}/held/decision`);
    const attended = pageOf((await worker.get(`${adasPath}/held/attendees`)).text);
    assert.equal(attended('#attendee2Role').val(), 'School nurse');
    assert.equal((await discussionsOf(ben))[0]!.held_date, null);

    const saved = await sendTaskList(worker, `${adasPath}/held`, {
      ...held,
      [`decision-${bens.id}`]: 'no-section-47',
    });
    assert.equal(saved.status, 302);
    const [adaHeld] = await discussionsOf(ada);
    const [benHeld] = await discussionsOf(ben);
    assert.deepEqual(
      [adaHeld!.held_date, adaHeld!.decision, benHeld!.held_date, benHeld!.decision],
      ['2026-03-26', 'section-47', '2026-03-26', 'no-section-47'],
    );
    assert.equal(benHeld!.decision_reasons, held.decisionReasons);
    assert.equal(await dueFor(ben), 0, 'Ben’s due strategy discussion is met by the one step');
    const attendees = await db
      .selectFrom('strategy_discussion_attendees')
      .select(['child_id', 'name', 'agency', 'role'])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      attendees.map((row) => `${row.child_id}:${row.name}:${row.agency}`),
      [
        `${ada}:Sam Fielding:police`,
        `${ada}:Priya Shah:health`,
        `${ben}:Sam Fielding:police`,
        `${ben}:Priya Shah:health`,
      ],
    );
    const shown = pageOf((await worker.get(`/children/${ben}/strategy-discussions/${benHeld!.id}`)).text);
    assert.match(shown('table').text(), /Priya Shah\s*Health\s*School nurse/);
    assert.deepEqual(
      shown('p.govuk-body')
        .map((_, p) => shown(p).text())
        .get()
        .filter((text) => /Police attended|bruising/.test(text)),
      ['Police attended the home on 24 March.', 'The school nurse saw bruising.'],
      'paragraphs kept',
    );
    assert.match(shown.html(), /Discussed together with[\s\S]*Ada Marsh/);
  });

  test('a half-filled attendee row is an error on its field; a restricted sibling is counted, never named', async () => {
    const { db } = harbour.database;
    const actor = await testActor(db, 'team-manager');
    const { recordStrategyDiscussions } = await import('./store.ts');
    const [mine] = await recordStrategyDiscussions(db, actor, [
      { childId: ada, decisionDate: '2026-03-27' },
      { childId: cora, decisionDate: '2026-03-27' },
    ]);
    const worker = await signedInAgent(harbour, 'team-manager');
    const path = `/children/${ada}/strategy-discussions/${mine!.id}`;
    const page = (await worker.get(path)).text;
    assert.doesNotMatch(page, /Cora/);
    assert.match(page, /1 child whose record is restricted/);
    const heldForm = (await worker.get(`${path}/held/decision`)).text;
    assert.doesNotMatch(heldForm, /Cora/);
    assert.equal(pageOf(heldForm)('input[name="together"]').length, 0, 'nothing to record for her here');
    const refused = await sendTaskList(worker, `${path}/held`, {
      version: String(mine!.version),
      ...dateFields('heldDate', '2026-03-27'),
      decision: 'no-section-47',
      attendee1Name: 'Jo Bloggs',
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['Select the agency of attendee 1', 'Enter the role of attendee 1']);
  });

  test('one core group meeting about brothers and sisters on plans is recorded on each child’s plan', async () => {
    const { db } = harbour.database;
    const actor = await testActor(db, 'team-manager');
    const { recordStrategyDiscussion, startSection47Enquiry, recordInitialConference } = await import('./store.ts');
    const iro = await testActor(db, 'iro');
    const onPlan = async (childId: number) => {
      const discussion = await recordStrategyDiscussion(db, actor, {
        childId,
        decisionDate: '2026-03-02',
        heldDate: '2026-03-02',
        agencies: ['police'],
        decision: 'section-47',
      });
      const enquiry = await startSection47Enquiry(db, actor, { childId, strategyDiscussionId: discussion.id });
      const { plan } = await recordInitialConference(db, iro, {
        childId,
        section47EnquiryId: enquiry.id,
        date: '2026-03-13',
        outcome: 'plan',
        category: 'NEG',
      });
      return plan!.id;
    };
    const [adasPlan, bensPlan] = [await onPlan(ada), await onPlan(ben)];
    const worker = await signedInAgent(harbour, 'team-manager');
    const path = `/children/${ada}/child-protection-plans/${adasPlan}/core-groups/new`;
    const form = pageOf((await worker.get(path)).text);
    assert.deepEqual(
      form('input[name="together"]')
        .map((_, box) => form(box).next('label').text().trim())
        .get(),
      ['Ben Marsh'],
      'Ben, on a plan of his own, is offered; Cora is not named',
    );
    const recorded = await submitForm(worker, path, path, {
      ...dateFields('meetingDate', '2026-03-27'),
      notes: 'Safety plan agreed with both parents.',
      together: [String(ben)],
    });
    assert.equal(recorded.status, 302);
    const meetings = await db
      .selectFrom('core_group_meetings')
      .select(['child_id', 'child_protection_plan_id', 'meeting_date'])
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      meetings.map((row) => [row.child_id, row.child_protection_plan_id, row.meeting_date]),
      [
        [ada, adasPlan, '2026-03-27'],
        [ben, bensPlan, '2026-03-27'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
  });

  test('the section 47 enquiries a discussion decided for both sisters start together from either record', async () => {
    const { db } = harbour.database;
    const actor = await testActor(db, 'team-manager');
    const { recordStrategyDiscussions } = await import('./store.ts');
    // Two sisters of their own: the others have enquiries open already.
    const sister = async (forename: string) =>
      (await createChild(db, actor, { forename, surname: 'Reed', dateOfBirth: '2016-10-10', sex: 'F' })).id;
    const [dot, eve] = [await sister('Dot'), await sister('Eve')];
    await linkChildren(db, actor, { childId: dot, relatedChildId: eve, relationship: 'sibling' });
    const held = {
      decisionDate: '2026-03-20',
      heldDate: '2026-03-20',
      agencies: ['police' as const],
      decision: 'section-47' as const,
    };
    const [adas, bens] = await recordStrategyDiscussions(db, actor, [
      { childId: dot, ...held },
      { childId: eve, ...held },
    ]);
    const worker = await signedInAgent(harbour, 'team-manager');
    const path = `/children/${dot}/strategy-discussions/${adas!.id}`;
    const page = pageOf((await worker.get(path)).text);
    assert.match(page('main').text(), /The enquiries for Eve Reed, decided in the same discussion, start with Dot’s/);
    const started = await submitForm(worker, path, `${path}/section-47`, {});
    assert.equal(started.status, 302);
    // Each sister's enquiry says which it was recorded together with, linking to it.
    const dots = pageOf((await worker.get(started.headers.location!)).text);
    const together = dots('h3:contains("Recorded together with") + ul a');
    assert.equal(together.text(), 'Eve Reed');
    const eves = pageOf((await worker.get(together.attr('href')!)).text);
    assert.equal(eves('h3:contains("Recorded together with") + ul a').text(), 'Dot Reed');
    const enquiries = await db
      .selectFrom('section_47_enquiries')
      .select(['child_id', 'strategy_discussion_id', 'start_date'])
      .where('strategy_discussion_id', 'in', [adas!.id, bens!.id])
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      enquiries.map((row) => [row.child_id, row.strategy_discussion_id, row.start_date]),
      [
        [dot, adas!.id, '2026-03-20'],
        [eve, bens!.id, '2026-03-20'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
  });

  test('held from the task list for one sister only: unticking her sister is kept in the draft, and her discussion stays due', async () => {
    const { db } = harbour.database;
    const actor = await testActor(db, 'team-manager');
    const { recordStrategyDiscussions } = await import('./store.ts');
    const sister = async (forename: string) =>
      (await createChild(db, actor, { forename, surname: 'Lark', dateOfBirth: '2015-11-11', sex: 'F' })).id;
    const [fay, gil] = [await sister('Fay'), await sister('Gil')];
    await linkChildren(db, actor, { childId: fay, relatedChildId: gil, relationship: 'sibling' });
    const [fays] = await recordStrategyDiscussions(db, actor, [
      { childId: fay, decisionDate: '2026-03-27' },
      { childId: gil, decisionDate: '2026-03-27' },
    ]);
    const worker = await signedInAgent(harbour, 'team-manager');
    const form = `/children/${fay}/strategy-discussions/${fays!.id}/held`;
    const decisionPage = async () => pageOf((await worker.get(`${form}/decision`)).text);
    const offered = await decisionPage();
    assert.equal(offered('input[name="together"][type="checkbox"]').attr('checked'), 'checked', 'Gil offered, ticked');
    const sent = await submitForm(worker, `${form}/decision`, `${form}/decision`, {
      decision: 'no-section-47',
      together: '',
    });
    assert.equal(sent.headers.location, form);
    const reopened = await decisionPage();
    assert.equal(reopened('input[name="together"][type="checkbox"]').attr('checked'), undefined, 'Gil unticked');
    const saved = await sendTaskList(worker, form, {
      ...dateFields('heldDate', '2026-03-27'),
      agencies: ['police'],
      decision: 'no-section-47',
      together: '',
    });
    assert.equal(saved.status, 302);
    assert.match(
      (await worker.get(saved.headers.location!)).text,
      /The strategy discussion is recorded as held(?! for)/,
    );
    assert.deepEqual(
      (await discussionsOf(gil)).map((row) => row.held_date),
      [null],
      'Gil’s discussion is still to hold',
    );
  });

  test('the new strategy discussion form keeps a draft, which writes nothing to the record', async () => {
    const worker = await signedInAgent(harbour, 'team-manager');
    const path = `/children/${ben}/strategy-discussions/new`;
    const before = (await discussionsOf(ben)).length;
    const saved = await submitForm(worker, path, path, {
      ...dateFields('decisionDate', '2026-03-27'),
      attendee1Name: 'Sam Fielding',
      informationShared: 'Half written: police to confirm',
      action: 'save-draft',
    });
    assert.equal(saved.headers.location, path);
    const draft = pageOf((await worker.get(path)).text);
    assert.match(draft('.govuk-notification-banner').text(), /This form has your draft from/);
    assert.equal(draft('#attendee1Name').val(), 'Sam Fielding');
    assert.equal(draft('#informationShared').text(), 'Half written: police to confirm');
    assert.equal((await discussionsOf(ben)).length, before, 'a draft writes nothing to the record');
  });
});
