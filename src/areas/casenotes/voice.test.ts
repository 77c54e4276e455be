// A case note is where the child is heard most: a completed note's "seen alone" meets the
// child-seen-alone standard and its words join the child's voice; a draft or a note recorded in
// error does neither.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { recordsTestContext } from '../../app/testing/records.ts';
import { recordReferral } from '../assessment/store.ts';
import { startChildInNeedPlan } from '../planning/store.ts';
import { testActor } from '../../app/testing/actors.ts';
import { toDoOf } from '../../reports/journey/storedDueItems.ts';
import { childsVoice } from '../../reports/journey/childsVoice.ts';
import { completeCaseNote, draftCaseNote, markRecordedInError } from './store.ts';

test('a completed note with the child seen alone meets the standard and is heard; a draft or an error is not', async () => {
  const context = await recordsTestContext();
  after(() => context.database.close());
  const { db, actor } = context;
  const child = await context.child('Nell');
  await recordReferral(db, actor, { childId: child, referralDate: '2026-01-05', source: '1A', primaryNeed: 'N1' });
  await startChildInNeedPlan(db, actor, { childId: child, startDate: '2026-01-12' });
  const seenAloneItem = async () =>
    (await toDoOf(db, [child], '2026-03-02')).filter((item) => item.rule === 'child-seen-alone');
  // 12 January + 6 weeks = 23 February: overdue on 2 March with nobody seeing her alone.
  assert.deepEqual(
    (await seenAloneItem()).map((item) => [item.due_on, item.status]),
    [['2026-02-23', 'overdue']],
  );

  const note = (words: string) =>
    draftCaseNote(db, actor, {
      happenedAt: new Date('2026-02-20T15:30:00Z'),
      kind: 'direct-work',
      noteText: 'Drew her family with Nell at school.',
      significant: false,
      workerIds: [],
      familyMemberIds: [],
      professionals: [],
      children: [
        {
          childId: child,
          childSeen: true,
          seenAlone: true,
          seenWhere: 'School',
          wishesAndFeelings: words,
          voiceGathered: ['drawn'],
        },
      ],
    });
  const draft = await note('I want to stay with Gran at weekends.');
  assert.equal((await seenAloneItem()).length, 1, 'a draft meets nothing');
  assert.deepEqual(await childsVoice(db, child), [], 'nor is a draft heard');

  await completeCaseNote(db, actor, {
    childId: child,
    id: draft.id,
    version: draft.version,
    completedAt: new Date('2026-02-20T16:00:00Z'),
  });
  // Seen alone on 20 February: the item due on 23 February is met; the next falls due on 3 April.
  assert.deepEqual(
    (await seenAloneItem()).map((item) => [item.due_on, item.status]),
    [['2026-04-03', 'due']],
  );
  assert.deepEqual(
    (await childsVoice(db, child)).map((heard) => [
      heard.date,
      heard.where,
      heard.words,
      heard.gathered,
      heard.seenAlone,
    ]),
    [['2026-02-20', 'Case note: direct work with the child', 'I want to stay with Gran at weekends.', ['drawn'], true]],
  );

  const completed = await db.selectFrom('case_notes').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow();
  await markRecordedInError(db, await testActor(db, 'team-manager'), {
    childId: child,
    id: completed.id,
    version: completed.version,
    reason: 'Written on the wrong child',
  });
  assert.deepEqual(await childsVoice(db, child), [], 'a note recorded in error is not her voice');
  assert.deepEqual(
    (await seenAloneItem()).map((item) => [item.due_on, item.status]),
    [['2026-02-23', 'overdue']],
  );
});
