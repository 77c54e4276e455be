import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testPassword, testUsername } from '../../app/testing/testDatabase.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  timedOutAgent,
  type TestHarbour,
  dateFields,
  sendTaskList,
  sectionStatuses,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { authoriseAssessment, recordReferral, startAssessment } from './store.ts';
import { endChildInNeedPlan, startChildInNeedPlan } from '../planning/store.ts';

/** What a social worker writes in an assessment: the forms ask for each. */
const practice = {
  childsLivedExperience: 'Mia looks after her brother before school.\n\nShe drew her home with nobody in it.',
  parentsViews: 'Mum says she is managing; Dad was not seen.',
  analysis: 'Neglect of routines and supervision, with no sign yet of change.',
  recommendation: 'A child in need plan with family help and a review in three months.',
};

/** A child seen during the assessment, and heard in their own words. */
const seenOn = (day: string, alone: 'yes' | 'no') => ({
  childSeen: 'yes',
  ...dateFields('childSeenDate', day),
  childSeenAlone: alone,
  wishesAndFeelings: 'I want Dad to come to my football.',
  voiceGathered: ['spoken', 'drawn'],
});
/** A child not seen during the assessment, and why. */
const notSeen = { childSeen: 'no', childNotSeenReason: 'The family moved away before she could be seen.' };

describe('referral, assessment and authorisation pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  const newChild = async (forename: string) =>
    (
      await createChild(harbour.database.db, actor, {
        forename,
        surname: 'Example',
        dateOfBirth: '2018-05-01',
        sex: 'U',
      })
    ).id;
  /** A child with a referral and an assessment under way, made through the store. */
  const childInAssessment = async (forename: string) => {
    const childId = await newChild(forename);
    const referral = await recordReferral(harbour.database.db, actor, {
      childId,
      referralDate: '2025-12-18',
      source: '2A',
      primaryNeed: 'N1',
    });
    const assessment = await startAssessment(harbour.database.db, actor, {
      childId,
      referralId: referral.id,
      startDate: '2025-12-19',
    });
    return { childId, referral, assessment, path: `/children/${childId}/assessments/${assessment.id}` };
  };
  const audited = (childId: number, recordType: string) =>
    harbour.database.db
      .selectFrom('audit_events')
      .select(['event', 'reason'])
      .where('child_id', '=', String(childId))
      .where('record_type', '=', recordType)
      .orderBy('id')
      .execute();

  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
  });
  after(() => harbour.close());

  test('a referral, an assessment counted against 45 working days, submitted and authorised: rows, audit, overdue shown loudly', async () => {
    harbour.clock.setToday('2026-01-05');
    const childId = await newChild('Fay');
    const worker = await signedInAgent(harbour, 'practitioner');
    const recorded = await submitForm(
      worker,
      `/children/${childId}/referrals/new`,
      `/children/${childId}/referrals/new`,
      { ...dateFields('referralDate', '2025-12-18'), source: '2A', primaryNeed: 'N1' },
    );
    assert.equal(recorded.status, 302);
    const referral = await harbour.database.db
      .selectFrom('referrals')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    assert.deepEqual([referral.referral_date, referral.source, referral.primary_need], ['2025-12-18', '2A', 'N1']);
    assert.equal(recorded.headers.location, `/children/${childId}/referrals/${referral.id}`);
    const referralPage = await worker.get(recorded.headers.location);
    assert.match(referralPage.text, /The referral is recorded/);
    assert.equal(pageOf(referralPage.text)('.govuk-caption-l').text(), 'Fay Example');
    assert.equal(pageOf(referralPage.text)('.govuk-back-link').attr('href'), `/children/${childId}`);

    const started = await submitForm(
      worker,
      recorded.headers.location,
      `/children/${childId}/referrals/${referral.id}/assessments`,
      dateFields('startDate', '2025-12-19'),
    );
    assert.equal(started.status, 302);
    const assessment = await harbour.database.db
      .selectFrom('assessments')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    const path = `/children/${childId}/assessments/${assessment.id}`;
    assert.equal(started.headers.location, path);

    // Referral Thu 18 Dec 2025 → 45 working days → Tue 24 Feb 2026; from Mon 5 Jan, 36 working days are left.
    const page = pageOf((await worker.get(path)).text);
    assert.match(page('#timescales').text(), /36 working days left of 45: due by 24 February 2026/);

    const unwritten = await sendTaskList(worker, `${path}/record`, {
      ...seenOn('2025-12-22', 'yes'),
      outcome: 'child-in-need-plan',
      version: '1',
    });
    // Submitted with sections left to write: the first of them opens with its error summary.
    assert.equal(unwritten.status, 400);
    assert.deepEqual(errorSummary(unwritten.text), ['Enter the child’s lived experience']);
    assert.equal(pageOf(unwritten.text)('form').attr('action'), `${path}/record/lived-experience`);
    assert.deepEqual(sectionStatuses((await worker.get(`${path}/record`)).text), [
      ['The child’s voice', 'Completed'],
      ['The child’s lived experience', 'Not yet started'],
      ['The parents’ and carers’ views', 'Not yet started'],
      ['Analysis', 'Not yet started'],
      ['Recommendation', 'Incomplete'],
    ]);
    const submitted = await sendTaskList(worker, `${path}/record`, {
      ...seenOn('2025-12-22', 'yes'),
      outcome: 'child-in-need-plan',
      ...practice,
      version: '1',
    });
    assert.equal(submitted.status, 302);
    const written = pageOf((await worker.get(path)).text);
    assert.deepEqual(
      written('h3.govuk-heading-s')
        .map((_, h) => written(h).text())
        .get(),
      [
        'Fay’s wishes and feelings',
        'The child’s lived experience',
        'The parents’ and carers’ views',
        'Analysis',
        'Recommendation',
      ],
    );
    assert.equal(written('h3 + p.govuk-body').first().text(), 'I want Dad to come to my football.');
    assert.match(
      written('#main-content').text(),
      /How they were heard: Spoken: the child told us; Drawn, written or shown in play/,
    );
    const afterSubmission = await harbour.database.db
      .selectFrom('assessments')
      .selectAll()
      .where('id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [
        afterSubmission.child_seen_date,
        afterSubmission.child_seen_alone,
        afterSubmission.outcome,
        afterSubmission.submitted_date,
        afterSubmission.wishes_and_feelings,
        afterSubmission.voice_gathered,
        afterSubmission.child_not_seen_reason,
      ],
      [
        '2025-12-22',
        true,
        'child-in-need-plan',
        '2026-01-05',
        'I want Dad to come to my football.',
        ['spoken', 'drawn'],
        null,
      ],
    );

    // Two working days past the due date, and still not authorised.
    harbour.clock.setToday('2026-02-26');
    const overdue = pageOf((await worker.get(path)).text);
    assert.match(
      overdue('#timescales').text(),
      /Overdue\s+2 working days overdue: due by 24 February 2026 \(45 working days\)/,
    );
    assert.match(overdue('.govuk-warning-text').text(), /Single assessment authorised is overdue by 2 working days/);
    assert.equal(overdue(`a[href="${path}/authorise"]`).length, 0, 'only managers are offered authorisation');
    assert.equal((await worker.get(`${path}/authorise`)).status, 403);

    const manager = await signedInAgent(harbour, 'team-manager');
    assert.equal(pageOf((await manager.get(path)).text)(`a[href="${path}/authorise"]`).length, 1);
    const authorised = await submitForm(manager, `${path}/authorise`, `${path}/authorise`, {
      ...dateFields('authorisationDate', '2026-02-26'),
      factors: ['3B', '2B'],
      outcome: 'child-in-need-plan',
      version: '2',
    });
    assert.equal(authorised.status, 302);
    const done = await harbour.database.db
      .selectFrom('assessments')
      .selectAll()
      .where('id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [done.authorisation_date, done.factors, done.outcome],
      ['2026-02-26', ['2B', '3B'], 'child-in-need-plan'],
    );
    const metLate = pageOf((await manager.get(path)).text);
    assert.match(metLate('#timescales').text(), /Met late\s+on 26 February 2026, due by 24 February 2026/);
    assert.match(metLate('#record').text(), /2B: Drug misuse: concerns about the parent or carer/);

    assert.deepEqual(
      (await audited(childId, 'assessments'))
        .filter((row) => row.event === 'child-record-changed')
        .map((row) => row.reason),
      [null, 'Assessment submitted for authorisation', 'Assessment authorised'],
    );
    assert.ok((await audited(childId, 'assessments')).some((row) => row.event === 'child-record-viewed'));
    assert.ok((await audited(childId, 'referrals')).some((row) => row.event === 'child-record-changed'));
  });

  test('the assessment form keeps a draft, and a form sent after the session was lost is restored after signing in again', async () => {
    harbour.clock.setToday('2026-01-05');
    const { path } = await childInAssessment('Gus');
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `${path}/record`;
    // Each section saves into the draft as it is sent, even with a question still to answer.
    const voice = await submitForm(worker, `${form}/childs-voice`, `${form}/childs-voice`, {
      ...dateFields('childSeenDate', '2025-12-23'),
    });
    assert.equal(voice.status, 400);
    assert.deepEqual(errorSummary(voice.text), ['Select yes if Gus was seen during the assessment']);
    const outcome = await submitForm(worker, `${form}/recommendation`, `${form}/recommendation`, {
      outcome: 'early-help',
    });
    assert.equal(outcome.status, 400);
    const draft = await worker.get(form);
    assert.match(draft.text, /This form has your draft from/);
    assert.deepEqual(sectionStatuses(draft.text), [
      ['The child’s voice', 'Incomplete'],
      ['The child’s lived experience', 'Not yet started'],
      ['The parents’ and carers’ views', 'Not yet started'],
      ['Analysis', 'Not yet started'],
      ['Recommendation', 'Incomplete'],
    ]);
    assert.equal(pageOf((await worker.get(`${form}/childs-voice`)).text)('#childSeenDate-day').val(), '23');
    const chosen = pageOf((await worker.get(`${form}/recommendation`)).text);
    assert.equal(chosen('input[name="outcome"][value="early-help"]').attr('checked'), 'checked');
    const unchanged = await harbour.database.db
      .selectFrom('assessments')
      .select('outcome')
      .where('child_id', '=', Number(path.split('/')[2]))
      .executeTakeFirstOrThrow();
    assert.equal(unchanged.outcome, null, 'a draft writes nothing to the record');

    const { agent: timedOut, token } = await timedOutAgent(harbour, 'team-manager', `${form}/recommendation`);
    const held = await timedOut
      .post(`${form}/recommendation`)
      .type('form')
      .send({ _csrf: token, outcome: 'no-further-action', recommendation: 'Closed: the family is managing.' });
    assert.equal(held.headers.location, '/sign-in');
    const signedIn = await submitForm(timedOut, '/sign-in', '/sign-in', {
      username: testUsername('team-manager'),
      password: testPassword,
    });
    assert.equal(signedIn.headers.location, `${form}/recommendation`);
    const restored = await timedOut.get(`${form}/recommendation`);
    assert.match(restored.text, /You were signed out before this form was sent/);
    assert.equal(pageOf(restored.text)('input[name="outcome"][value="no-further-action"]').attr('checked'), 'checked');
    assert.equal(pageOf(restored.text)('#recommendation').text(), 'Closed: the family is managing.');
    // Kept as their draft: the task list counts the section done.
    assert.equal(sectionStatuses((await timedOut.get(form)).text)[4]?.[1], 'Completed');
  });

  test('bad input gets GOV.UK errors with what was entered kept', async () => {
    harbour.clock.setToday('2026-01-05');
    const childId = await newChild('Hal');
    const worker = await signedInAgent(harbour, 'practitioner');
    const bad = await submitForm(worker, `/children/${childId}/referrals/new`, `/children/${childId}/referrals/new`, {
      ...dateFields('referralDate', '2026-01-06'),
      source: '',
      primaryNeed: 'N10',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), [
      'The date of the referral must be today or in the past',
      'Select the source of the referral from the list',
      'Select the primary need from the list',
    ]);
    assert.equal(pageOf(bad.text)('#referralDate-day').val(), '6');
    assert.equal(pageOf(bad.text)('a[href="#referralDate-day"]').length, 1);
    const missing = await submitForm(
      worker,
      `/children/${childId}/referrals/new`,
      `/children/${childId}/referrals/new`,
      { source: '6', primaryNeed: 'N4' },
    );
    assert.deepEqual(errorSummary(missing.text), ['Enter the date of the referral']);
    assert.equal(pageOf(missing.text)('#source').val(), '6');

    const { childId: busy, referral, path } = await childInAssessment('Ida');
    const second = await submitForm(worker, `/children/${busy}/referrals/new`, `/children/${busy}/referrals/new`, {
      ...dateFields('referralDate', '2026-01-02'),
      source: '6',
      primaryNeed: 'N4',
    });
    assert.equal(second.status, 400);
    assert.deepEqual(errorSummary(second.text), ['This overlaps another referral (CIN episode) for the child']);

    const twice = await submitForm(
      worker,
      `/children/${busy}/referrals/new`,
      `/children/${busy}/referrals/${referral.id}/assessments`,
      dateFields('startDate', '2025-12-20'),
    );
    assert.equal(twice.status, 400);
    assert.deepEqual(errorSummary(twice.text), ['An assessment of this referral is already under way']);
    const fresh = await recordReferral(harbour.database.db, actor, {
      childId,
      referralDate: '2025-12-18',
      source: '6',
      primaryNeed: 'N1',
    });
    const early = await submitForm(
      worker,
      `/children/${childId}/referrals/${fresh.id}`,
      `/children/${childId}/referrals/${fresh.id}/assessments`,
      dateFields('startDate', '2025-12-17'),
    );
    assert.equal(early.status, 400);
    assert.deepEqual(errorSummary(early.text), ['The assessment must start on or after the referral date']);
    const future = await submitForm(
      worker,
      `/children/${childId}/referrals/${fresh.id}`,
      `/children/${childId}/referrals/${fresh.id}/assessments`,
      dateFields('startDate', '2026-01-06'),
    );
    assert.deepEqual(errorSummary(future.text), ['The start date must be today or in the past']);

    const alone = await sendTaskList(worker, `${path}/record`, {
      ...practice,
      ...notSeen,
      outcome: 'made-up',
      version: '1',
    });
    assert.equal(alone.status, 400);
    assert.deepEqual(errorSummary(alone.text), ['Select the outcome of the assessment']);
    const aloneUnseen = await sendTaskList(worker, `${path}/record`, {
      ...practice,
      ...seenOn('2025-12-22', 'yes'),
      'childSeenDate-day': '',
      'childSeenDate-month': '',
      'childSeenDate-year': '',
      outcome: 'early-help',
      version: '1',
    });
    assert.deepEqual(errorSummary(aloneUnseen.text), ['Enter the date Ida was seen']);
    const seenBefore = await sendTaskList(worker, `${path}/record`, {
      ...practice,
      ...seenOn('2025-12-01', 'no'),
      outcome: 'early-help',
      version: '1',
    });
    assert.deepEqual(errorSummary(seenBefore.text), [
      'The date Ida was seen must be on or after the start of the assessment',
    ]);
    const kept = pageOf((await worker.get(`${path}/record/recommendation`)).text);
    assert.equal(kept('input[name="outcome"][value="early-help"]').attr('checked'), 'checked');

    await sendTaskList(worker, `${path}/record`, {
      ...practice,
      ...notSeen,
      outcome: 'early-help',
      version: '1',
    });
    const manager = await signedInAgent(harbour, 'team-manager');
    const factors = await submitForm(manager, `${path}/authorise`, `${path}/authorise`, {
      ...dateFields('authorisationDate', '2026-01-05'),
      factors: ['21', '1A'],
      outcome: 'early-help',
      version: '2',
    });
    assert.equal(factors.status, 400);
    assert.deepEqual(errorSummary(factors.text), ['Select “No factors identified” only when no other factor applies']);
    assert.equal(pageOf(factors.text)('input[name="factors"][value="1A"]').attr('checked'), 'checked');
    const unknown = await submitForm(manager, `${path}/authorise`, `${path}/authorise`, {
      ...dateFields('authorisationDate', '2026-01-04'),
      factors: ['99Z'],
      outcome: 'early-help',
      version: '2',
    });
    assert.deepEqual(errorSummary(unknown.text), [
      'The date of authorisation must be on or after the date the assessment was submitted',
      'Select factors from the list',
    ]);
    const none = await submitForm(manager, `${path}/authorise`, `${path}/authorise`, {
      ...dateFields('authorisationDate', '2026-01-05'),
      outcome: 'early-help',
      version: '2',
    });
    assert.deepEqual(errorSummary(none.text), ['Select the factors identified, or “No factors identified”']);
  });

  test('the child’s voice: heard when seen, a reason when not, kept on bad input, and listed on the child’s voice page', async () => {
    harbour.clock.setToday('2026-01-05');
    const { childId, path, assessment } = await childInAssessment('Pia');
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `${path}/record`;
    const words = 'I want to live with Nan.\n\nI drew my bedroom at Nan’s.';

    const unanswered = await sendTaskList(worker, form, { ...practice, outcome: 'early-help', version: '1' });
    assert.equal(unanswered.status, 400);
    assert.deepEqual(errorSummary(unanswered.text), ['Select yes if Pia was seen during the assessment']);
    const unheard = await sendTaskList(worker, form, {
      ...practice,
      childSeen: 'yes',
      ...dateFields('childSeenDate', '2025-12-22'),
      childSeenAlone: 'yes',
      outcome: 'early-help',
      version: '1',
    });
    assert.deepEqual(errorSummary(unheard.text), [
      'Enter Pia’s wishes and feelings, in their own words',
      'Select how Pia’s wishes and feelings were gathered',
    ]);
    const kept = pageOf(unheard.text);
    assert.equal(kept('#childSeenDate-day').val(), '22', 'the day seen is kept');
    assert.equal(kept('input[name="childSeen"][value="yes"]').attr('checked'), 'checked');
    const written = pageOf((await worker.get(`${form}/lived-experience`)).text);
    assert.equal(written('#childsLivedExperience').text(), practice.childsLivedExperience, 'nothing written is lost');
    const madeUp = await sendTaskList(worker, form, {
      ...practice,
      ...seenOn('2025-12-22', 'no'),
      wishesAndFeelings: words,
      voiceGathered: ['spoken', 'telepathy'],
      outcome: 'early-help',
      version: '1',
    });
    assert.deepEqual(errorSummary(madeUp.text), ['Select how Pia’s wishes and feelings were gathered from the list']);
    assert.equal(pageOf(madeUp.text)('#wishesAndFeelings').text(), words, 'their words are kept');
    assert.equal(pageOf(madeUp.text)('input[name="voiceGathered"][value="spoken"]').attr('checked'), 'checked');
    const noReason = await sendTaskList(worker, form, {
      ...practice,
      childSeen: 'no',
      outcome: 'early-help',
      version: '1',
    });
    assert.deepEqual(errorSummary(noReason.text), ['Enter why Pia was not seen during the assessment']);

    // Not seen: the answers under "Yes", hidden once "No" is chosen, are not kept; words given some other way are.
    const unseen = await sendTaskList(worker, form, {
      ...practice,
      ...seenOn('2025-12-22', 'yes'),
      ...notSeen,
      outcome: 'early-help',
      version: '1',
    });
    assert.equal(unseen.status, 302);
    const stored = () =>
      harbour.database.db
        .selectFrom('assessments')
        .select([
          'child_seen_date',
          'child_seen_alone',
          'child_not_seen_reason',
          'wishes_and_feelings',
          'voice_gathered',
          'version',
        ])
        .where('id', '=', assessment.id)
        .executeTakeFirstOrThrow();
    assert.deepEqual(await stored(), {
      child_seen_date: null,
      child_seen_alone: false,
      child_not_seen_reason: notSeen.childNotSeenReason,
      wishes_and_feelings: 'I want Dad to come to my football.',
      voice_gathered: ['spoken', 'drawn'],
      version: 2,
    });
    assert.match(pageOf((await worker.get(path)).text)('#record').text(), /Child seen\s+Not seen/);

    // Seen after all: sent again, the latest submission stands, and the form opens on what was sent.
    harbour.clock.setToday('2026-01-07');
    const reopened = pageOf((await worker.get(`${form}/childs-voice`)).text);
    assert.equal(reopened('input[name="childSeen"][value="no"]').attr('checked'), 'checked');
    assert.equal(reopened('#childNotSeenReason').text(), notSeen.childNotSeenReason);
    const seen = await sendTaskList(worker, form, {
      ...practice,
      ...seenOn('2026-01-06', 'yes'),
      childNotSeenReason: 'left over from before',
      wishesAndFeelings: words,
      voiceGathered: ['drawn', 'advocate'],
      outcome: 'early-help',
      version: '2',
    });
    assert.equal(seen.status, 302);
    assert.deepEqual(await stored(), {
      child_seen_date: '2026-01-06',
      child_seen_alone: true,
      child_not_seen_reason: null,
      wishes_and_feelings: words,
      voice_gathered: ['drawn', 'advocate'],
      version: 3,
    });
    // Dated by the submission, the day the child's words were put on the record.
    for (const page of [`/children/${childId}`, `/children/${childId}/voice`]) {
      const heard = pageOf((await worker.get(page)).text);
      const row = heard('table')
        .filter((_i, table) => /was heard/.test(heard(table).find('caption').text()))
        .find('tbody tr')
        .first();
      assert.deepEqual(
        row
          .find('td')
          // Their words keep their paragraphs.
          .map((_i, cell) =>
            heard(cell).find('p').length
              ? heard(cell)
                  .find('p')
                  .map((_j, paragraph) => heard(paragraph).text())
                  .get()
                  .join(' | ')
              : heard(cell).text().trim(),
          )
          .get(),
        [
          '7 January 2026',
          'Single assessment',
          'I want to live with Nan. | I drew my bedroom at Nan’s.',
          'Drawn, written or shown in play, Through an advocate',
          'Yes',
        ],
        page,
      );
      assert.equal(row.find('a').attr('href'), path);
    }
  });

  test('the assessment is a task list: each section its own page, then check your answers, then one submit', async () => {
    harbour.clock.setToday('2026-01-05');
    const { path, assessment } = await childInAssessment('Tam');
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `${path}/record`;
    const start = pageOf((await worker.get(path)).text);
    assert.equal(start(`a[href="${form}"]`).text().trim(), 'Record the assessment');
    const list = await worker.get(form);
    assert.deepEqual(
      sectionStatuses(list.text).map(([, status]) => status),
      Array(5).fill('Not yet started'),
    );
    const section = (slug: string, answers: Record<string, string | string[]>) =>
      submitForm(worker, `${form}/${slug}`, `${form}/${slug}`, answers);
    const sent = await section('childs-voice', seenOn('2025-12-22', 'yes'));
    assert.equal(sent.headers.location, form, 'back to the task list');
    await section('lived-experience', { childsLivedExperience: practice.childsLivedExperience });
    await section('parents-views', { parentsViews: practice.parentsViews });
    await section('analysis', { analysis: practice.analysis });
    await section('recommendation', { outcome: 'child-in-need-plan', recommendation: practice.recommendation });
    assert.deepEqual(
      sectionStatuses((await worker.get(form)).text).map(([, status]) => status),
      Array(5).fill('Completed'),
    );

    const check = pageOf((await worker.get(`${form}/check`)).text);
    assert.equal(check('h1').text(), 'Check your answers');
    const answers = check('.govuk-summary-list__row')
      .map((_, row) => [[check(row).find('dt').text().trim(), check(row).find('dd a').attr('href')]])
      .get() as [string, string][];
    assert.deepEqual(answers.slice(0, 3), [
      ['Was Tam seen during the assessment?', `${form}/childs-voice`],
      ['When was Tam seen?', `${form}/childs-voice`],
      ['Was Tam seen alone?', `${form}/childs-voice`],
    ]);
    assert.match(check('.govuk-summary-list').text(), /22 December 2025/);
    assert.equal(answers.at(-1)?.[1], `${form}/recommendation`);
    const unsent = await harbour.database.db
      .selectFrom('assessments')
      .select('submitted_date')
      .where('id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    assert.equal(unsent.submitted_date, null, 'nothing is sent before the check page');

    const submitted = await submitForm(worker, `${form}/check`, form, {});
    assert.equal(submitted.headers.location, path);
    const row = await harbour.database.db
      .selectFrom('assessments')
      .select(['submitted_date', 'outcome', 'analysis', 'version'])
      .where('id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, {
      submitted_date: '2026-01-05',
      outcome: 'child-in-need-plan',
      analysis: practice.analysis,
      version: 2,
    });
    const drafts = await harbour.database.db
      .selectFrom('form_drafts')
      .select('form_path')
      .where('form_path', '=', form)
      .execute();
    assert.deepEqual(drafts, [], 'the draft is gone once sent');
  });

  test('a stale version is refused and the other person’s change is shown, not overwritten', async () => {
    harbour.clock.setToday('2026-01-05');
    const { path, assessment } = await childInAssessment('Jo');
    const worker = await signedInAgent(harbour, 'practitioner');
    // The worker's draft was read at version 1; their manager's colleague submits first.
    const form = `${path}/record`;
    await submitForm(worker, `${form}/recommendation`, `${form}/recommendation`, { outcome: 'no-further-action' });
    const colleague = await signedInAgent(harbour, 'team-manager');
    const first = await sendTaskList(colleague, form, {
      ...practice,
      ...seenOn('2025-12-22', 'no'),
      outcome: 'early-help',
    });
    assert.equal(first.status, 302);
    const stale = await sendTaskList(worker, form, { ...practice, ...notSeen, outcome: 'no-further-action' });
    assert.equal(stale.status, 409);
    assert.match(errorSummary(stale.text)[0]!, /Someone else changed this record while you were working on it/);
    assert.match(pageOf(stale.text)('.govuk-summary-list').text(), /No further action/);
    // Their answers are kept, now at the version read: sending them again is a choice made knowing.
    assert.equal(sectionStatuses((await worker.get(form)).text).length, 5);
    const row = await harbour.database.db
      .selectFrom('assessments')
      .select(['outcome', 'version'])
      .where('id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.outcome, row.version], ['early-help', 2]);
  });

  test('the primary need is changed on the referral with a reason, and the change is kept in its history and the chronology', async () => {
    harbour.clock.setToday('2026-01-05');
    const { childId, referral } = await childInAssessment('Nia');
    const worker = await signedInAgent(harbour, 'practitioner');
    const referralPath = `/children/${childId}/referrals/${referral.id}`;
    const form = `${referralPath}/primary-need`;
    assert.equal(pageOf((await worker.get(referralPath)).text)(`a[href="${form}"]`).length, 1);
    const missing = await submitForm(worker, form, form, { primaryNeed: 'N4', reason: '  ', version: '1' });
    assert.equal(missing.status, 400);
    assert.deepEqual(errorSummary(missing.text), ['Enter the reason for the change']);
    const same = await submitForm(worker, form, form, { primaryNeed: 'N1', reason: 'Checked', version: '1' });
    assert.deepEqual(errorSummary(same.text), ['Select a primary need different from the one recorded']);
    const changed = await submitForm(worker, form, form, {
      primaryNeed: 'N4',
      reason: 'The assessment found the main need is the family in acute stress',
      version: '1',
    });
    assert.equal(changed.headers.location, referralPath);
    const row = await harbour.database.db
      .selectFrom('referrals')
      .select(['primary_need', 'version'])
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([row.primary_need, row.version], ['N4', 2]);
    const page = pageOf((await worker.get(referralPath)).text);
    assert.match(page('.govuk-summary-list').text(), /N4: Family in acute stress/);
    const history = page('#primary-need-history tbody tr').text().replace(/\s+/g, ' ');
    assert.match(history, /N1: Abuse or neglect N4: Family in acute stress .*main need is the family in acute stress/);
    const chronology = (await worker.get(`/children/${childId}/chronology`)).text;
    assert.match(chronology, /main need is the family in acute stress/);
    assert.ok(
      (await audited(childId, 'referrals')).some(
        (event) =>
          event.event === 'child-record-changed' &&
          event.reason === 'The assessment found the main need is the family in acute stress',
      ),
      'the change is audited with its reason',
    );
    // A form opened before the change is refused, not overwritten.
    const stale = await submitForm(worker, form, form, { primaryNeed: 'N5', reason: 'Another view', version: '1' });
    assert.equal(stale.status, 409);
  });

  test('a referral closes with a CIN census reason once its plan has ended and its assessment is authorised', async () => {
    harbour.clock.setToday('2026-03-31');
    const { childId, referral, assessment } = await childInAssessment('Max');
    const plan = await startChildInNeedPlan(harbour.database.db, actor, {
      childId,
      referralId: referral.id,
      startDate: '2026-02-23',
    });
    const worker = await signedInAgent(harbour, 'practitioner');
    const referralPath = `/children/${childId}/referrals/${referral.id}`;
    const closePath = `${referralPath}/close`;
    assert.equal(pageOf((await worker.get(referralPath)).text)(`a[href="${closePath}"]`).text(), 'Close this referral');

    const blank = await submitForm(worker, closePath, closePath, { version: '1' });
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), ['Enter the closure date', 'Select the reason the referral is closing']);

    const early = await submitForm(worker, closePath, closePath, {
      ...dateFields('closureDate', '2025-12-17'),
      closureReason: 'RC7',
      version: '1',
    });
    assert.deepEqual(errorSummary(early.text), ['The closure date must be on or after the date of the referral']);
    assert.equal(pageOf(early.text)('input[name="closureReason"]:checked').val(), 'RC7', 'the chosen reason is kept');

    const blocked = await submitForm(worker, closePath, closePath, {
      ...dateFields('closureDate', '2026-03-31'),
      closureReason: 'RC7',
      version: '1',
    });
    assert.equal(blocked.status, 400);
    assert.deepEqual(errorSummary(blocked.text), [
      'End the child in need plan before closing the referral: it is still open on the closure date',
      'Authorise the assessment before closing the referral: an assessment in this episode is not authorised by the closure date',
    ]);

    await authoriseAssessment(harbour.database.db, actor, {
      childId,
      id: assessment.id,
      version: assessment.version,
      authorisationDate: '2026-02-20',
      factors: ['21'],
      outcome: 'early-help',
    });
    await endChildInNeedPlan(harbour.database.db, actor, {
      childId,
      id: plan.id,
      version: plan.version,
      endDate: '2026-03-30',
    });
    const closed = await submitForm(worker, closePath, closePath, {
      ...dateFields('closureDate', '2026-03-31'),
      closureReason: 'RC7',
      version: '1',
    });
    assert.equal(closed.status, 302);
    assert.equal(closed.headers.location, referralPath);
    const row = await harbour.database.db
      .selectFrom('referrals')
      .select(['closure_date', 'closure_reason', 'version'])
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { closure_date: '2026-03-31', closure_reason: 'RC7', version: 2 });
    const page = await worker.get(referralPath);
    assert.match(page.text, /The referral is closed/);
    assert.match(
      page.text,
      /31 March 2026 \(RC7: Services ceased for any other reason, including child no longer in need\)/,
    );
    assert.equal(pageOf(page.text)(`a[href="${closePath}"]`).length, 0, 'a closed referral offers no closure');
    assert.ok((await audited(childId, 'referrals')).some((event) => event.reason === 'Referral closed'));

    const again = await submitForm(worker, `/children/${childId}/referrals/new`, closePath, {
      ...dateFields('closureDate', '2026-03-31'),
      closureReason: 'RC8',
      version: '2',
    });
    assert.equal(again.status, 409);
    assert.match(errorSummary(again.text)[0]!, /already closed/);
    assert.equal((await worker.get(closePath)).headers.location, referralPath);
    const inspector = await signedInAgent(harbour, 'inspector');
    assert.equal((await inspector.get(closePath)).status, 403);
  });

  test('the factors are offered in the CIN census guide’s order, "20 Other" and "21 No factors identified" last', async () => {
    const { path } = await childInAssessment('Orla');
    const worker = await signedInAgent(harbour, 'practitioner');
    await sendTaskList(worker, `${path}/record`, {
      ...practice,
      ...notSeen,
      outcome: 'early-help',
      version: '1',
    });
    const manager = await signedInAgent(harbour, 'team-manager');
    const page = pageOf((await manager.get(`${path}/authorise`)).text);
    const offered = page('input[name="factors"]')
      .map((_, input) => page(input).attr('value'))
      .get();
    const lettered = (number: number, letters: string) => [...letters].map((letter) => `${number}${letter}`);
    assert.deepEqual(offered, [
      ...[1, 2, 3, 4, 5, 6].flatMap((number) => lettered(number, 'ABC')),
      '7A',
      ...lettered(8, 'BCDEF'),
      ...[9, 10, 11, 12, 13, 14, 15, 16, 17].map((number) => `${number}A`),
      ...lettered(18, 'BC'),
      ...lettered(19, 'BC'),
      '22A',
      '23A',
      '24A',
      '20',
      '21',
    ]);
  });

  test('unknown or someone else’s records are not found', async () => {
    const { childId, assessment, referral } = await childInAssessment('Kim');
    const other = await newChild('Lou');
    const worker = await signedInAgent(harbour, 'practitioner');
    assert.equal((await worker.get('/children/999999/referrals/new')).status, 404);
    assert.equal((await worker.get(`/children/${childId}/assessments/999999`)).status, 404);
    assert.equal((await worker.get(`/children/${other}/assessments/${assessment.id}`)).status, 404);
    assert.equal((await worker.get(`/children/${other}/referrals/${referral.id}`)).status, 404);
    assert.equal((await worker.get(`/children/${childId}/assessments/abc`)).status, 404);
    const posted = await submitForm(
      worker,
      `/children/${childId}/referrals/new`,
      `/children/${other}/assessments/${assessment.id}/record`,
      { childSeenAlone: 'no', outcome: 'early-help', version: '1' },
    );
    assert.equal(posted.status, 404);
  });
});
