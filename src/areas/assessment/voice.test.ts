// The child's voice in the single assessment: a child seen must be heard in their own words, a
// child not seen needs the reason why, and the words join the child's voice dated by the submission.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { recordsTestContext, refusedAt, type RecordsTestContext } from '../../app/testing/records.ts';
import { childsVoice } from '../../reports/journey/childsVoice.ts';
import { authoriseAssessment, recordReferral, startAssessment } from './store.ts';
import { submitAssessment, type AssessmentSubmission } from './submission.ts';

let context: RecordsTestContext;
before(async () => {
  context = await recordsTestContext();
});
after(() => context.database.close());

const practice = {
  outcome: 'child-in-need-plan' as const,
  childsLivedExperience: 'Rae gets herself to school most days.',
  parentsViews: 'Dad says things are better since he started work.',
  analysis: 'Mornings are unsupervised.',
  recommendation: 'A child in need plan.',
};

async function assessmentOf(forename: string) {
  const childId = await context.child(forename);
  const referral = await recordReferral(context.db, context.actor, {
    childId,
    referralDate: '2026-01-05',
    source: '2A',
    primaryNeed: 'N1',
  });
  const assessment = await startAssessment(context.db, context.actor, {
    childId,
    referralId: referral.id,
    startDate: '2026-01-05',
  });
  const submit = (answers: Partial<AssessmentSubmission>, version = assessment.version) =>
    submitAssessment(context.db, context.actor, {
      childId,
      id: assessment.id,
      version,
      submittedDate: '2026-01-20',
      childSeenDate: '2026-01-12',
      childSeenAlone: true,
      wishesAndFeelings: 'I want Dad to walk me to school.',
      voiceGathered: ['spoken'],
      childNotSeenReason: null,
      ...practice,
      ...answers,
    });
  return { childId, assessment, submit };
}

test('the store refuses a child seen but not heard, a child not seen with no reason, and a reason for a child seen', async () => {
  const { submit } = await assessmentOf('Rae');
  await refusedAt(submit({ wishesAndFeelings: null, voiceGathered: [] }), 'wishesAndFeelings');
  await refusedAt(submit({ childSeenDate: null, childSeenAlone: false }), 'childNotSeenReason');
  await refusedAt(submit({ childNotSeenReason: 'Away at her aunt’s' }), 'childNotSeenReason');
  // Words without how they were gathered, or gathered some way the list does not know, are the database's to refuse.
  await refusedAt(submit({ voiceGathered: [] }), 'voiceGathered', 'assessments_voice_gathered_with_words');
  await refusedAt(
    submit({ voiceGathered: ['telepathy' as 'spoken'] }),
    'voiceGathered',
    'assessments_voice_gathered_known',
  );
});

test('a child not seen is submitted with the reason, and heard only if their words were given some other way', async () => {
  const { childId, submit } = await assessmentOf('Sol');
  const submitted = await submit({
    childSeenDate: null,
    childSeenAlone: false,
    childNotSeenReason: 'The family would not let us in; Sol spoke to his teacher instead.',
    wishesAndFeelings: null,
    voiceGathered: [],
  });
  assert.deepEqual(
    [submitted.child_seen_date, submitted.child_not_seen_reason, submitted.wishes_and_feelings],
    [null, 'The family would not let us in; Sol spoke to his teacher instead.', null],
  );
  assert.deepEqual(await childsVoice(context.db, childId), []);
});

test('the words join the child’s voice dated by the submission, not moved by authorisation', async () => {
  const { childId, assessment, submit } = await assessmentOf('Tia');
  assert.deepEqual(await childsVoice(context.db, childId), [], 'an assessment not yet submitted is not heard');
  const submitted = await submit({ voiceGathered: ['spoken', 'interpreter'] });
  const heard = [
    {
      date: '2026-01-20',
      where: 'Single assessment',
      href: `/children/${childId}/assessments/${assessment.id}`,
      words: 'I want Dad to walk me to school.',
      gathered: ['spoken', 'interpreter'],
      seenAlone: true,
    },
  ];
  assert.deepEqual(await childsVoice(context.db, childId), heard);
  await authoriseAssessment(context.db, context.actor, {
    childId,
    id: assessment.id,
    version: submitted.version,
    authorisationDate: '2026-02-20',
    factors: ['21'],
    outcome: 'child-in-need-plan',
  });
  assert.deepEqual(await childsVoice(context.db, childId), heard);
  // A past assessment brought in as authorised, with no submission, is dated by its authorisation.
  await sql`update assessments set submitted_date = null where id = ${assessment.id}`.execute(context.db);
  assert.deepEqual(
    (await childsVoice(context.db, childId)).map((entry) => entry.date),
    ['2026-02-20'],
  );
});
