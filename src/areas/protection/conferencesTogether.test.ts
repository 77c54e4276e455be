// One initial or review child protection conference about brothers and sisters is recorded once:
// each child's own conference on their own enquiry or plan, with their own outcome, category, part
// in it and views; each child's plan and timescales move on their own afterwards.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
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
import { refusedAt } from '../../app/testing/records.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { createChild, linkChildren } from '../people/store.ts';
import { addWorker } from '../workforce/index.ts';
import { childsVoice } from '../../reports/journey/childsVoice.ts';
import {
  recordCoreGroupMeetings,
  recordInitialConferences,
  recordReviewConferences,
  recordStrategyDiscussion,
  startSection47Enquiry,
} from './store.ts';

describe('a conference recorded once for brothers and sisters', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let chairId: number;
  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-04-20');
    const { db } = harbour.database;
    actor = await testActor(db, 'team-manager');
    const iro = await testActor(db, 'iro');
    const reviewing = await findOrCreateTeam(db, 'Independent reviewing service');
    chairId = (
      await addWorker(db, {
        name: 'Iris Reviewer',
        role: 'iro',
        teamId: reviewing.id,
        startDate: '2020-01-01',
        userId: iro.userId,
      })
    ).id;
  });
  after(() => harbour.close());

  /** Brothers and sisters of one family, each in a section 47 enquiry started on Thu 26 Mar 2026. */
  async function family(surname: string, ...forenames: string[]) {
    const { db } = harbour.database;
    const children = [];
    for (const forename of forenames) {
      const childId = (await createChild(db, actor, { forename, surname, dateOfBirth: '2016-06-06', sex: 'F' })).id;
      const discussion = await recordStrategyDiscussion(db, actor, {
        childId,
        decisionDate: '2026-03-26',
        heldDate: '2026-03-26',
        agencies: ['police'],
        decision: 'section-47',
      });
      const enquiry = await startSection47Enquiry(db, actor, { childId, strategyDiscussionId: discussion.id });
      children.push({ childId, enquiryId: enquiry.id });
    }
    for (const other of children.slice(1))
      await linkChildren(db, actor, {
        childId: children[0]!.childId,
        relatedChildId: other.childId,
        relationship: 'sibling',
      });
    return children;
  }
  const conference = (extra: Record<string, string | string[]> = {}) => ({
    ...dateFields('conferenceDate', '2026-04-16'),
    outcome: 'plan',
    category: 'NEG',
    childParticipation: 'attended',
    parentsParticipation: 'both-attended',
    decisionReasons: 'Both children left alone at night; the parents agree a plan is needed.',
    chairId: String(chairId),
    practiceRating: 'green',
    ...extra,
  });
  const dueItems = (childId: number, rule: string) =>
    harbour.database.db
      .selectFrom('due_items')
      .select(['due_on', 'met_on'])
      .where('child_id', '=', childId)
      .where('rule', '=', rule)
      .orderBy('due_on')
      .execute();
  /** Where a page's "Recorded together with" in a row or summary links: [name, href]. */
  const togetherLinks = (page: ReturnType<typeof pageOf>, within: string) =>
    page(`${within} p.recorded-together a`)
      .map((_i, link) => [[page(link).text(), page(link).attr('href')]])
      .get() as string[][];

  test('initial: each child’s own outcome, category and part; a restricted sister never named; all or none', async () => {
    const { db } = harbour.database;
    const [ada, ben, cora] = await family('Lowe', 'Ada', 'Ben', 'Cora');
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', cora!.childId).execute();
    const chair = await signedInAgent(harbour, 'iro');
    const path = `/children/${ada!.childId}/section-47-enquiries/${ada!.enquiryId}/conference`;
    const form = (await chair.get(path)).text;
    const $ = pageOf(form);
    assert.deepEqual(
      $('input[name="together"]')
        .map((_, box) => $(box).attr('value'))
        .get(),
      [String(ben!.childId)],
      'Ben is offered; Cora’s restricted record is not',
    );
    assert.doesNotMatch(form, /Cora/);

    const unanswered = await submitForm(chair, path, path, conference({ together: String(ben!.childId) }));
    assert.equal(unanswered.status, 400);
    assert.deepEqual(errorSummary(unanswered.text), [
      'Select whether the conference made a child protection plan for Ben Lowe',
      'Select how Ben Lowe took part',
    ]);
    const kept = pageOf(unanswered.text);
    assert.equal(kept(`input[name="together"][value="${ben!.childId}"]`).attr('checked'), 'checked');
    assert.equal(kept('#decisionReasons').text(), conference().decisionReasons);
    const noCategory = await submitForm(
      chair,
      path,
      path,
      conference({
        together: String(ben!.childId),
        [`outcome-${ben!.childId}`]: 'plan',
        [`childParticipation-${ben!.childId}`]: 'too-young',
      }),
    );
    assert.deepEqual(errorSummary(noCategory.text), ['Select the category of abuse for Ben Lowe’s plan']);
    assert.equal(
      (
        await db
          .selectFrom('child_protection_conferences')
          .select('id')
          .where('child_id', 'in', [ada!.childId, ben!.childId])
          .execute()
      ).length,
      0,
      'nothing saved',
    );

    const recorded = await submitForm(
      chair,
      path,
      path,
      conference({
        together: String(ben!.childId),
        [`outcome-${ben!.childId}`]: 'no-plan',
        [`childParticipation-${ben!.childId}`]: 'too-young',
      }),
    );
    assert.equal(recorded.status, 302);
    const rows = await db
      .selectFrom('child_protection_conferences')
      .select([
        'child_id',
        'section_47_enquiry_id',
        'outcome',
        'category',
        'child_participation',
        'decision_reasons',
        'chair_worker_id',
      ])
      .where('child_id', 'in', [ada!.childId, ben!.childId])
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      rows.map((row) => [
        row.child_id,
        row.section_47_enquiry_id,
        row.outcome,
        row.category,
        row.child_participation,
        row.chair_worker_id,
      ]),
      [
        [ada!.childId, ada!.enquiryId, 'plan', 'NEG', 'attended', chairId],
        [ben!.childId, ben!.enquiryId, 'no-plan', null, 'too-young', chairId],
      ],
    );
    assert.ok(rows.every((row) => row.decision_reasons === conference().decisionReasons));
    const plans = await db
      .selectFrom('child_protection_plans')
      .select('child_id')
      .where('child_id', 'in', [ada!.childId, ben!.childId])
      .execute();
    assert.deepEqual(
      plans.map((plan) => plan.child_id),
      [ada!.childId],
      'Ada’s plan only',
    );
    assert.match(recorded.headers.location!, new RegExp(`/children/${ada!.childId}/child-protection-plans/\\d+$`));
    // Each child's conference says it was recorded together with the other's, shown with their enquiry.
    const enquiryOf = (child: { childId: number; enquiryId: number }) =>
      `/children/${child.childId}/section-47-enquiries/${child.enquiryId}`;
    const adasPlan = pageOf((await chair.get(recorded.headers.location!)).text);
    assert.deepEqual(togetherLinks(adasPlan, 'main table'), [['Ben Lowe', enquiryOf(ben!)]]);
    const bensEnquiry = pageOf((await chair.get(enquiryOf(ben!))).text);
    assert.deepEqual(togetherLinks(bensEnquiry, 'main'), [['Ada Lowe', enquiryOf(ada!)]]);

    // Each child's initial conference is met; only Ada's plan starts its own clocks.
    for (const each of [ada!, ben!])
      assert.deepEqual(await dueItems(each.childId, 'icpc'), [{ due_on: '2026-04-20', met_on: '2026-04-16' }]);
    assert.equal((await dueItems(ada!.childId, 'first-core-group')).length, 1);
    assert.equal((await dueItems(ben!.childId, 'first-core-group')).length, 0);
  });

  test('the store records all or none: a sister whose enquiry has had its conference refuses both', async () => {
    const { db } = harbour.database;
    const [dot, eve] = await family('Reed', 'Dot', 'Eve');
    const shared = { date: '2026-04-16', chairId, childParticipation: 'attended' as const };
    await recordInitialConferences(db, actor, [
      { childId: eve!.childId, section47EnquiryId: eve!.enquiryId, outcome: 'no-plan', ...shared },
    ]);
    await refusedAt(
      recordInitialConferences(db, actor, [
        { childId: dot!.childId, section47EnquiryId: dot!.enquiryId, outcome: 'plan', category: 'PHY', ...shared },
        { childId: eve!.childId, section47EnquiryId: eve!.enquiryId, outcome: 'no-plan', ...shared },
      ]),
      'section47EnquiryId',
    );
    const dots = await db
      .selectFrom('child_protection_conferences')
      .select('id')
      .where('child_id', '=', dot!.childId)
      .execute();
    assert.equal(dots.length, 0, 'Dot’s conference is not kept without Eve’s');
  });

  test('review: one conference for two plans, one continuing and one ending, each child’s review moving on its own', async () => {
    const { db } = harbour.database;
    const [fay, gus] = await family('Hart', 'Fay', 'Gus');
    const [fays, guss] = await recordInitialConferences(db, actor, [
      {
        childId: fay!.childId,
        section47EnquiryId: fay!.enquiryId,
        outcome: 'plan',
        category: 'NEG',
        date: '2026-04-16',
        chairId,
      },
      {
        childId: gus!.childId,
        section47EnquiryId: gus!.enquiryId,
        outcome: 'plan',
        category: 'NEG',
        date: '2026-04-16',
        chairId,
      },
    ]);
    const fayPlan = fays!.plan!.id;
    const gusPlan = guss!.plan!.id;
    const [, gusMeeting] = await recordCoreGroupMeetings(db, actor, [
      { childId: fay!.childId, planId: fayPlan, date: '2026-04-30' },
      { childId: gus!.childId, planId: gusPlan, date: '2026-04-30' },
    ]);
    harbour.clock.setToday('2026-07-09');
    const chair = await signedInAgent(harbour, 'iro');
    const path = `/children/${fay!.childId}/child-protection-plans/${fayPlan}/review-conference`;
    const form = pageOf((await chair.get(path)).text);
    assert.deepEqual(
      form('input[name="together"]')
        .map((_, box) => form(box).attr('value'))
        .get(),
      [String(gus!.childId)],
    );
    const review = await submitForm(
      chair,
      path,
      path,
      conference({
        ...dateFields('conferenceDate', '2026-07-09'),
        outcome: 'continue',
        category: 'EMO',
        together: String(gus!.childId),
        [`outcome-${gus!.childId}`]: 'end-plan',
        [`childParticipation-${gus!.childId}`]: 'advocate',
      }),
    );
    assert.equal(review.status, 302);
    assert.equal(review.headers.location, `/children/${fay!.childId}/child-protection-plans/${fayPlan}`);
    // Fay's plan shows each conference recorded together with Gus's: the review with his plan.
    const faysPlan = pageOf((await chair.get(review.headers.location)).text);
    assert.deepEqual(togetherLinks(faysPlan, 'main table'), [
      ['Gus Hart', `/children/${gus!.childId}/section-47-enquiries/${gus!.enquiryId}`],
      ['Gus Hart', `/children/${gus!.childId}/child-protection-plans/${gusPlan}`],
    ]);
    assert.deepEqual(togetherLinks(faysPlan, 'main li'), [
      ['Gus Hart', `/children/${gus!.childId}/child-protection-plans/${gusPlan}#core-group-${gusMeeting!.id}`],
    ]);
    const plans = await db
      .selectFrom('child_protection_plans')
      .select(['id', 'end_date', 'latest_category'])
      .where('id', 'in', [fayPlan, gusPlan])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      plans.map((plan) => [plan.id, plan.end_date, plan.latest_category]),
      [
        [fayPlan, null, 'EMO'],
        [gusPlan, '2026-07-09', 'NEG'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    // Fay's next review is due six months on; Gus's plan has ended, so nothing more is due of it.
    const faysReviews = await dueItems(fay!.childId, 'cp-review');
    assert.deepEqual(faysReviews.at(-1), { due_on: '2027-01-09', met_on: null });
    const { toDoOf } = await import('../../reports/journey/storedDueItems.ts');
    assert.ok((await toDoOf(db, [fay!.childId], '2026-07-09')).some((item) => item.rule === 'cp-review'));
    assert.ok(!(await toDoOf(db, [gus!.childId], '2026-07-09')).some((item) => item.rule === 'cp-review'));
  });
  /** The rows of the child's voice page (`/children/:id/voice`), cell by cell, and where each links. */
  async function voicePage(agent: Awaited<ReturnType<typeof signedInAgent>>, childId: number) {
    const page = pageOf((await agent.get(`/children/${childId}/voice`)).text);
    return page('table')
      .filter((_i, table) => /was heard/.test(page(table).find('caption').text()))
      .find('tbody tr')
      .map((_i, row) => [
        [
          ...page(row)
            .find('td')
            .map((_j, cell) => page(cell).text().trim())
            .get(),
          page(row).find('a').attr('href'),
        ],
      ])
      .get() as string[][];
  }

  test('each child’s views in their own words: refused with what was entered kept, then on each child’s own voice page', async () => {
    harbour.clock.setToday('2026-04-20');
    const { db } = harbour.database;
    const [ida, jon] = await family('Marsh', 'Ida', 'Jon');
    const chair = await signedInAgent(harbour, 'iro');
    const path = `/children/${ida!.childId}/section-47-enquiries/${ida!.enquiryId}/conference`;
    const idaSaid = 'I want the shouting to stop.';
    const jonSaid = 'He drew his dad outside the house, and himself inside with his sister.';
    const answers = (ownVoice: Record<string, string | string[]>) =>
      conference({
        together: String(jon!.childId),
        [`outcome-${jon!.childId}`]: 'plan',
        [`category-${jon!.childId}`]: 'EMO',
        [`childParticipation-${jon!.childId}`]: 'advocate',
        ...ownVoice,
      });

    const unexplained = await submitForm(
      chair,
      path,
      path,
      answers({ wishesAndFeelings: idaSaid, [`voiceGathered-${jon!.childId}`]: 'telepathy' }),
    );
    assert.equal(unexplained.status, 400);
    assert.deepEqual(errorSummary(unexplained.text), [
      'Select how Ida’s wishes and feelings were gathered',
      'Enter Jon Marsh’s wishes and feelings, in their own words',
      'Select how Jon Marsh’s wishes and feelings were gathered from the list',
    ]);
    const kept = pageOf(unexplained.text);
    assert.equal(kept('#wishesAndFeelings').text(), idaSaid, 'her words are kept');
    assert.equal(kept(`a[href="#voiceGathered-${jon!.childId}"]`).length, 1, 'his error leads to his own field');
    assert.equal(kept('#decisionReasons').text(), conference().decisionReasons);
    assert.equal(
      (await db.selectFrom('child_protection_conferences').select('id').where('child_id', '=', ida!.childId).execute())
        .length,
      0,
      'nothing saved',
    );

    const recorded = await submitForm(
      chair,
      path,
      path,
      answers({
        wishesAndFeelings: idaSaid,
        voiceGathered: 'spoken',
        [`wishesAndFeelings-${jon!.childId}`]: jonSaid,
        [`voiceGathered-${jon!.childId}`]: ['drawn', 'advocate'],
      }),
    );
    assert.equal(recorded.status, 302);
    const rows = await db
      .selectFrom('child_protection_conferences')
      .select(['child_id', 'wishes_and_feelings', 'voice_gathered'])
      .where('child_id', 'in', [ida!.childId, jon!.childId])
      .orderBy('child_id')
      .execute();
    assert.deepEqual(rows, [
      { child_id: ida!.childId, wishes_and_feelings: idaSaid, voice_gathered: ['spoken'] },
      { child_id: jon!.childId, wishes_and_feelings: jonSaid, voice_gathered: ['drawn', 'advocate'] },
    ]);
    // Each child is heard on their own page only, dated by the conference; a conference does not ask who was seen alone.
    assert.deepEqual(await voicePage(chair, ida!.childId), [
      [
        '16 April 2026',
        'Initial child protection conference',
        idaSaid,
        'Spoken: the child told us',
        'Not asked',
        `/children/${ida!.childId}/section-47-enquiries/${ida!.enquiryId}`,
      ],
    ]);
    assert.deepEqual(
      (await voicePage(chair, jon!.childId)).map((row) => row[2]),
      [jonSaid],
    );
    const enquiry = pageOf((await chair.get(`/children/${jon!.childId}/section-47-enquiries/${jon!.enquiryId}`)).text);
    assert.match(enquiry('main').text(), /Jon’s views at the initial conference of 16 April 2026/);
    assert.match(enquiry('main').text(), /How they were heard: Drawn, written or shown in play; Through an advocate/);
  });

  test('review: a child’s views join their voice linked to their plan, and the store puts a sister’s refusal on her own field', async () => {
    const { db } = harbour.database;
    harbour.clock.setToday('2026-07-09');
    const [kit, liv] = await family('Shaw', 'Kit', 'Liv');
    const made = await recordInitialConferences(
      db,
      actor,
      [kit!, liv!].map((each) => ({
        childId: each.childId,
        section47EnquiryId: each.enquiryId,
        outcome: 'plan' as const,
        category: 'NEG' as const,
        date: '2026-04-16',
        chairId,
      })),
    );
    const [kitPlan, livPlan] = made.map((each) => each.plan!.id);
    const review = (livsViews: { wishesAndFeelings?: string | null; voiceGathered?: ('spoken' | 'observed')[] }) =>
      recordReviewConferences(db, actor, [
        {
          childId: kit!.childId,
          planId: kitPlan!,
          outcome: 'continue',
          date: '2026-07-09',
          chairId,
          wishesAndFeelings: 'Kit says home is calmer now.',
          voiceGathered: ['spoken'],
        },
        { childId: liv!.childId, planId: livPlan!, outcome: 'continue', date: '2026-07-09', chairId, ...livsViews },
      ]);
    await refusedAt(review({ voiceGathered: ['observed'] }), `voiceGathered-${liv!.childId}`);
    assert.deepEqual(await childsVoice(db, kit!.childId), [], 'all or none: Kit’s is not kept without Liv’s');
    await review({ wishesAndFeelings: 'Liv smiled and reached for her mum.', voiceGathered: ['observed'] });
    const chair = await signedInAgent(harbour, 'iro');
    assert.deepEqual(await voicePage(chair, liv!.childId), [
      [
        '9 July 2026',
        'Review child protection conference',
        'Liv smiled and reached for her mum.',
        'Observed (a child who does not yet talk)',
        'Not asked',
        `/children/${liv!.childId}/child-protection-plans/${livPlan}`,
      ],
    ]);
    const plan = pageOf((await chair.get(`/children/${kit!.childId}/child-protection-plans/${kitPlan}`)).text);
    assert.match(
      plan('main').text(),
      /Kit’s views at the review conference of 9 July 2026\s+Kit says home is calmer now\./,
    );
  });
});
