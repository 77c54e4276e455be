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

/** A moment as the form posts it: the GOV.UK date fields and a 24-hour time. */
const moment = (field: string, date: string, time: string) => ({ ...dateFields(field, date), [`${field}-time`]: time });

describe('missing and away pages', () => {
  let harbour: TestHarbour;
  let worker: Agent;
  let fay: number;
  const page = (path: string) => worker.get(path).then((response) => pageOf(response.text));
  const episodeId = async () =>
    (
      await harbour.database.db
        .selectFrom('missing_episodes')
        .select(['id', 'version'])
        .where('child_id', '=', fay)
        .orderBy('started_at', 'desc')
        .executeTakeFirstOrThrow()
    ).id;

  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-05-29');
    fay = await aChild(harbour.database.db, await testActor(harbour.database.db, 'practitioner'), {
      forename: 'Fay',
      surname: 'Reed',
      dateOfBirth: '2011-08-08',
    });
    worker = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  test('an episode: bad input is shown again with what was typed; the child shows as missing until back', async () => {
    const form = `/children/${fay}/missing/new`;
    const empty = await submitForm(worker, form, form, {});
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), [
      'Select whether the child was missing or away',
      'Enter the date the child went missing',
      'Enter the time the child went missing',
    ]);
    const badTime = await submitForm(worker, form, form, {
      missingType: 'M',
      ...moment('startedAt', '2026-05-21', '25:00'),
    });
    assert.deepEqual(errorSummary(badTime.text), [
      'Enter the time the child went missing using the 24-hour clock, like 14:30',
    ]);
    assert.equal(pageOf(badTime.text)('#startedAt-day').val(), '21', 'the date typed is kept');
    const backBefore = await submitForm(worker, form, form, {
      missingType: 'M',
      ...moment('startedAt', '2026-05-21', '18:00'),
      ...moment('returnedAt', '2026-05-21', '17:00'),
    });
    assert.deepEqual(errorSummary(backBefore.text), [
      'The time the child returned must be after the time they went missing',
    ]);
    const recorded = await submitForm(worker, form, form, {
      missingType: 'M',
      ...moment('startedAt', '2026-05-21', '18:00'),
    });
    assert.equal(recorded.headers.location, `/children/${fay}/missing`);
    const listed = await page(`/children/${fay}/missing`);
    assert.match(listed('.govuk-warning-text').text(), /Fay Reed is missing since 21 May 2026 at 18:00/);
    const again = await submitForm(worker, form, form, {
      missingType: 'A',
      ...moment('startedAt', '2026-05-22', '08:00'),
    });
    assert.deepEqual(errorSummary(again.text), ['This overlaps another missing or away episode for the child']);
  });

  test('the return on a Friday evening before a bank holiday: the interview is due 72 clock hours later, on the Monday', async () => {
    harbour.clock.setToday('2026-05-23');
    const id = await episodeId();
    const form = `/children/${fay}/missing/${id}/return`;
    const stale = { version: '1', ...moment('returnedAt', '2026-05-22', '19:30') };
    assert.equal((await submitForm(worker, form, form, stale)).headers.location, `/children/${fay}/missing`);
    // Someone else's form, opened before the return was saved, is not saved over it.
    const conflict = await worker
      .post(form)
      .type('form')
      .send({ _csrf: pageOf((await worker.get(form)).text)('input[name="_csrf"]').val(), ...stale });
    assert.equal(conflict.status, 409);
    assert.match(errorSummary(conflict.text)[0]!, /Someone else changed this record/);
    const before = tableRows((await worker.get(`/children/${fay}/missing`)).text, '#episodes')[0]!.split('|');
    assert.match(before[2]!, /22 May 2026 at 19:30 \(26 hours\)/);
    // Spring bank holiday Monday 25 May 2026 does not stop the clock: 72 hours is clock hours.
    assert.match(before[4]!, /Return home interview offered and held: due by 25 May 2026/);

    harbour.clock.setToday('2026-05-29');
    const interview = `/children/${fay}/missing/${id}/interview`;
    const unanswered = await submitForm(worker, interview, interview, { offered: 'yes' });
    assert.deepEqual(errorSummary(unanswered.text), [
      'Enter the date the interview was offered',
      'Enter the time the interview was offered',
      'Select the child’s answer',
    ]);
    const early = await submitForm(worker, interview, interview, {
      offered: 'yes',
      ...moment('offeredAt', '2026-05-22', '18:00'),
      answer: 'accepted',
    });
    assert.deepEqual(errorSummary(early.text), ['A return home interview must be offered after the child returned']);
    const offered = await submitForm(worker, interview, interview, {
      offered: 'yes',
      ...moment('offeredAt', '2026-05-23', '10:00'),
      answer: 'accepted',
    });
    assert.equal(offered.status, 302);
    const version = String(pageOf((await worker.get(interview)).text)('input[name="version"]').val());
    const held = await submitForm(worker, interview, interview, {
      version,
      ...moment('heldAt', '2026-05-25', '18:00'),
    });
    assert.equal(held.status, 302);
    const row = tableRows((await worker.get(`/children/${fay}/missing`)).text, '#episodes')[0]!.split('|');
    assert.match(row[3]!, /Held 25 May 2026 at 18:00/);
    assert.match(row[4]!, /Return home interview offered and held: met/);
    assert.match(row[4]!, /Manager review of the return home interview: due by 1 June 2026/);
    assert.equal((await worker.get(interview)).status, 200);
  });

  test("the manager's comment: managers only, after the interview, dated", async () => {
    const id = await episodeId();
    const form = `/children/${fay}/missing/${id}/manager-comment`;
    assert.equal((await worker.get(form)).status, 403);
    const manager = await signedInAgent(harbour, 'team-manager');
    const version = String(pageOf((await manager.get(form)).text)('input[name="version"]').val());
    const blank = await submitForm(manager, form, form, { version });
    assert.deepEqual(errorSummary(blank.text), ['Enter your comment', 'Enter the date of your comment']);
    const before = await submitForm(manager, form, form, {
      version,
      managerComment: 'Safety plan reviewed',
      ...dateFields('managerCommentDate', '2026-05-24'),
    });
    assert.deepEqual(errorSummary(before.text), ['The date of your comment must be on or after 25 May 2026']);
    assert.equal(pageOf(before.text)('#managerComment').text(), 'Safety plan reviewed');
    const saved = await submitForm(manager, form, form, {
      version,
      managerComment: 'Safety plan reviewed',
      ...dateFields('managerCommentDate', '2026-05-27'),
    });
    assert.equal(saved.status, 302);
    const row = tableRows((await worker.get(`/children/${fay}/missing`)).text, '#episodes')[0]!.split('|');
    assert.match(row[5]!, /Safety plan reviewed \(27 May 2026\)/);
    assert.match(row[4]!, /Manager review of the return home interview: met/);
  });

  test('a correction keeps the reason and what was recorded before; the interview must still follow the return', async () => {
    const id = await episodeId();
    const form = `/children/${fay}/missing/${id}/correct`;
    const version = String(pageOf((await worker.get(form)).text)('input[name="version"]').val());
    const episode = {
      version,
      missingType: 'M',
      ...moment('startedAt', '2026-05-21', '17:00'),
      ...moment('returnedAt', '2026-05-22', '19:30'),
    };
    assert.deepEqual(errorSummary((await submitForm(worker, form, form, episode)).text), [
      'Enter why the episode is being corrected',
    ]);
    const late = { ...episode, ...moment('returnedAt', '2026-05-23', '11:00'), reason: 'Police log' };
    const refused = await submitForm(worker, form, form, late);
    assert.deepEqual(errorSummary(refused.text), ['A return home interview must be offered after the child returned']);
    assert.equal(pageOf(refused.text)('#reason').text(), 'Police log', 'the reason typed is kept');
    const saved = await submitForm(worker, form, form, { ...episode, reason: 'Police log shows 17:00' });
    assert.equal(saved.status, 302);
    const [amendment] = await harbour.database.db
      .selectFrom('record_amendments')
      .selectAll()
      .where('table_name', '=', 'missing_episodes')
      .where('record_id', '=', id)
      .execute();
    assert.equal(amendment?.field, 'started_at');
    assert.equal(amendment?.reason, 'Police log shows 17:00');
  });

  test('repeat missing: the episodes of the last 12 months are counted, a year ago today not among them', async () => {
    const form = `/children/${fay}/missing/new`;
    for (const [date, back] of [
      ['2025-05-29', '2025-05-29'],
      ['2025-05-30', '2025-05-31'],
    ] as const)
      assert.equal(
        (
          await submitForm(worker, form, form, {
            missingType: 'A',
            ...moment('startedAt', date, '10:00'),
            ...moment('returnedAt', back, '20:00'),
          })
        ).status,
        302,
      );
    assert.equal(
      (await page(`/children/${fay}/missing`))('#repeat-missing').text(),
      '2 episodes missing or away in the last 12 months.',
    );
    assert.match(
      (await page(`/children/${fay}`))('#repeat-missing').text(),
      /2 episodes missing or away in the last 12 months/,
    );
  });

  test('an exploitation screening: a concern found needs a response', async () => {
    const form = `/children/${fay}/exploitation-screenings/new`;
    const id = await episodeId();
    const blank = await submitForm(worker, form, form, {});
    assert.deepEqual(errorSummary(blank.text), [
      'Enter the date of the screening',
      'Select what the screening found about criminal exploitation',
      'Select what the screening found about sexual exploitation',
    ]);
    const unanswered = {
      ...dateFields('screenedOn', '2026-05-26'),
      missingEpisodeId: String(id),
      criminalOutcome: 'at-risk',
      sexualOutcome: 'no-concerns',
    };
    const noResponse = await submitForm(worker, form, form, unanswered);
    assert.deepEqual(errorSummary(noResponse.text), ['Select what was done about the concern, or describe it']);
    assert.equal(pageOf(noResponse.text)('input[name="criminalOutcome"][value="at-risk"]').attr('checked'), 'checked');
    const otherEpisode = await submitForm(worker, form, form, { ...unanswered, missingEpisodeId: '999999' });
    assert.deepEqual(errorSummary(otherEpisode.text), ['Select the episode from the list']);
    const saved = await submitForm(worker, form, form, {
      ...unanswered,
      responses: ['safety-plan', 'exploitation-panel'],
    });
    assert.equal(saved.status, 302);
    assert.deepEqual(tableRows((await worker.get(`/children/${fay}/missing`)).text, '#screenings + table'), [
      '26 May 2026|At risk of exploitation|No concerns|Safety plan agreed with the child, Referred to the multi-agency exploitation panel',
    ]);
  });
});
