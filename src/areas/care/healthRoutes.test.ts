import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { testActor } from '../../app/testing/actors.ts';
import { aChild } from '../../app/testing/records.ts';
import { startPeriodOfCare } from './store.ts';
import { assertCorrection } from '../../app/testing/corrections.ts';

describe('health and education pages of a looked-after child', () => {
  let harbour: TestHarbour;
  let worker: Agent;
  let gus: number;
  const post = (path: string, fields: Record<string, string | string[]>) =>
    submitForm(worker, `/children/${gus}${path}`, `/children/${gus}${path}`, fields);
  // What each row records, without its link to correct it.
  const rows = async (path: string, table: string) =>
    tableRows((await worker.get(`/children/${gus}${path}`)).text, table).map((row) =>
      row.replace(/\|Correct the [^|]*$/, ''),
    );
  const mainText = async (path: string) => pageOf((await worker.get(`/children/${gus}${path}`)).text)('main').text();

  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-03-02');
    const actor = await testActor(harbour.database.db, 'practitioner');
    gus = await aChild(harbour.database.db, actor, { forename: 'Gus', surname: 'Hale', dateOfBirth: '2014-06-01' });
    // Looked after from Monday 2 February 2026: the initial health assessment is due 20 working days later, 2 March.
    await startPeriodOfCare(harbour.database.db, actor, {
      childId: gus,
      startDate: '2026-02-02',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
    });
    worker = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  test('health assessments: the clock shown until met, the type asked, a second on one day refused', async () => {
    assert.match(await mainText('/health'), /Initial health assessment due by 2 March 2026/);
    const blank = await post('/health/assessments/new', {});
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), [
      'Enter the date of the assessment',
      'Select whether this is an initial or review health assessment',
    ]);
    const future = await post('/health/assessments/new', {
      ...dateFields('assessmentDate', '2026-03-03'),
      assessmentType: 'initial',
    });
    assert.deepEqual(errorSummary(future.text), ['The date of the assessment must be today or in the past']);
    assert.equal(pageOf(future.text)('input[name="assessmentType"][value="initial"]').attr('checked'), 'checked');
    const saved = await post('/health/assessments/new', {
      ...dateFields('assessmentDate', '2026-02-20'),
      assessmentType: 'initial',
    });
    assert.equal(saved.headers.location, `/children/${gus}/health`);
    const again = await post('/health/assessments/new', {
      ...dateFields('assessmentDate', '2026-02-20'),
      assessmentType: 'review',
    });
    assert.deepEqual(errorSummary(again.text), ['A health assessment is already recorded for this date']);
    assert.deepEqual(await rows('/health', '#health-assessments'), ['20 February 2026|Initial health assessment']);
    assert.doesNotMatch(await mainText('/health'), /Initial health assessment (due|overdue)/);
  });

  test('dental checks, and immunisations up to date as at a date', async () => {
    assert.deepEqual(errorSummary((await post('/health/dental-checks/new', {})).text), [
      'Enter the date of the dental check',
    ]);
    assert.equal((await post('/health/dental-checks/new', dateFields('checkDate', '2026-02-24'))).status, 302);
    assert.deepEqual(await rows('/health', '#dental-checks'), ['24 February 2026']);
    assert.deepEqual(
      errorSummary((await post('/health/immunisations/new', dateFields('checkedOn', '2026-02-24'))).text),
      ['Select whether the child’s immunisations were up to date'],
    );
    const upToDate = { ...dateFields('checkedOn', '2026-02-24'), upToDate: 'no' };
    assert.equal((await post('/health/immunisations/new', upToDate)).status, 302);
    assert.deepEqual(await rows('/health', '#immunisations'), ['24 February 2026|No']);
  });

  test('the SDQ: a score from 0 to 40, or the 903 reason there is none', async () => {
    const on = dateFields('completedOn', '2026-02-25');
    assert.deepEqual(errorSummary((await post('/health/sdq/new', on)).text), [
      'Select whether the questionnaire was completed',
    ]);
    for (const score of ['41', '-1', '3.5', ''])
      assert.deepEqual(
        errorSummary((await post('/health/sdq/new', { ...on, done: 'yes', score })).text),
        ['Enter the score, a whole number from 0 to 40'],
        score,
      );
    const noReason = await post('/health/sdq/new', { ...on, done: 'no', score: '12' });
    assert.deepEqual(errorSummary(noReason.text), ['Select why there is no score']);
    const page = pageOf(noReason.text);
    const reasons = page('input[name="reasonNotDone"]')
      .map((_i, input) => page(input).val())
      .get();
    assert.deepEqual(reasons, ['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'], 'in the 903 order');
    // The answer to the question not asked is not kept.
    assert.equal(
      (await post('/health/sdq/new', { ...on, done: 'yes', score: '40', reasonNotDone: 'SDQ4' })).status,
      302,
    );
    const refused = { ...dateFields('completedOn', '2026-02-26'), done: 'no', reasonNotDone: 'SDQ5' };
    assert.equal((await post('/health/sdq/new', refused)).status, 302);
    assert.deepEqual(await rows('/health', '#sdq'), [
      '26 February 2026|No score: Child or young person refuses to allow an SDQ to be completed',
      '25 February 2026|40',
    ]);
    const stored = await harbour.database.db
      .selectFrom('sdq_scores')
      .select(['score', 'reason_not_done'])
      .where('child_id', '=', gus)
      .orderBy('completed_on')
      .execute();
    assert.deepEqual(stored, [
      { score: 40, reason_not_done: null },
      { score: null, reason_not_done: 'SDQ5' },
    ]);
  });

  test('substance misuse: the interventions asked as the 903 asks them', async () => {
    const check = (date: string, answers: Record<string, string>) =>
      post('/health/substance-misuse/new', { ...dateFields('checkedOn', date), ...answers });
    assert.deepEqual(errorSummary((await check('2026-02-10', { problemIdentified: 'yes' })).text), [
      'Select whether the child received an intervention for it',
    ]);
    const notReceived = await check('2026-02-10', { problemIdentified: 'yes', interventionReceived: 'no' });
    assert.deepEqual(errorSummary(notReceived.text), ['Select whether an intervention was offered']);
    // Answers to questions that do not apply are not kept.
    assert.equal((await check('2026-02-10', { problemIdentified: 'no', interventionReceived: 'yes' })).status, 302);
    const received = { problemIdentified: 'yes', interventionReceived: 'yes', interventionOffered: 'no' };
    assert.equal((await check('2026-02-11', received)).status, 302);
    const offered = { problemIdentified: 'yes', interventionReceived: 'no', interventionOffered: 'yes' };
    assert.equal((await check('2026-02-12', offered)).status, 302);
    assert.deepEqual(await rows('/health', '#substance-misuse'), [
      '12 February 2026|Yes|Offered, not received',
      '11 February 2026|Yes|Received',
      '10 February 2026|No|Not needed',
    ]);
    const stored = await harbour.database.db
      .selectFrom('substance_misuse_checks')
      .select(['problem_identified', 'intervention_received', 'intervention_offered'])
      .where('child_id', '=', gus)
      .orderBy('checked_on')
      .execute();
    assert.deepEqual(
      stored.map((row) => Object.values(row)),
      [
        [false, null, null],
        [true, true, null],
        [true, false, true],
      ],
    );
  });

  test('personal education plans: the first by 20 working days, then every 6 months', async () => {
    assert.match(await mainText('/education-plans'), /Personal education plan due by 2 March 2026/);
    assert.deepEqual(errorSummary((await post('/education-plans/new', {})).text), [
      'Enter the date of the personal education plan',
    ]);
    const saved = await post('/education-plans/new', dateFields('planDate', '2026-02-27'));
    assert.equal(saved.headers.location, `/children/${gus}/education-plans`);
    assert.deepEqual(await rows('/education-plans', '#education-plans'), ['27 February 2026']);
    // Reviewed every 6 months from then.
    assert.match(await mainText('/education-plans'), /Personal education plan due by 27 August 2026/);
  });

  test('each health record and a PEP corrected with a reason, the previous value kept and a stale version refused', async () => {
    const { db } = harbour.database;
    const idOf = async (table: 'health_assessments' | 'dental_checks' | 'personal_education_plans') =>
      (await db.selectFrom(table).select('id').where('child_id', '=', gus).executeTakeFirstOrThrow()).id;
    const cases: (Parameters<typeof assertCorrection>[3] & { path: string })[] = [
      {
        path: 'health/assessments',
        table: 'health_assessments',
        recordId: await idOf('health_assessments'),
        fields: dateFields('assessmentDate', '2026-02-19'),
        column: 'assessment_date',
        previous: '2026-02-20',
        now: '2026-02-19',
      },
      {
        path: 'health/dental-checks',
        table: 'dental_checks',
        recordId: await idOf('dental_checks'),
        fields: dateFields('checkDate', '2026-02-23'),
        column: 'check_date',
        previous: '2026-02-24',
        now: '2026-02-23',
      },
      {
        path: 'health/immunisations',
        table: 'immunisation_checks',
        recordId: (
          await db.selectFrom('immunisation_checks').select('id').where('child_id', '=', gus).executeTakeFirstOrThrow()
        ).id,
        fields: { upToDate: 'yes' },
        column: 'up_to_date',
        previous: false,
        now: true,
      },
      {
        path: 'health/sdq',
        table: 'sdq_scores',
        recordId: (await db.selectFrom('sdq_scores').select('id').where('score', '=', 40).executeTakeFirstOrThrow()).id,
        fields: { score: '38' },
        column: 'score',
        previous: 40,
        now: 38,
      },
      {
        path: 'health/substance-misuse',
        table: 'substance_misuse_checks',
        recordId: (
          await db
            .selectFrom('substance_misuse_checks')
            .select('id')
            .where('problem_identified', '=', false)
            .executeTakeFirstOrThrow()
        ).id,
        fields: dateFields('checkedOn', '2026-02-09'),
        column: 'checked_on',
        previous: '2026-02-10',
        now: '2026-02-09',
      },
      {
        path: 'education-plans',
        table: 'personal_education_plans',
        recordId: await idOf('personal_education_plans'),
        fields: dateFields('planDate', '2026-02-26'),
        column: 'plan_date',
        previous: '2026-02-27',
        now: '2026-02-26',
      },
    ];
    for (const { path, ...correction } of cases) {
      const form = `/children/${gus}/${path}/${correction.recordId}/correct`;
      const listed = path === 'education-plans' ? '/education-plans' : '/health';
      assert.ok(
        pageOf((await worker.get(`/children/${gus}${listed}`)).text)(`a[href="${form}"]`).length,
        `${listed} links to ${form}`,
      );
      await assertCorrection(db, worker, form, correction);
    }
  });
});
