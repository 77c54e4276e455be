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
import { aChild } from '../../app/testing/records.ts';
import { addWorker } from '../workforce/index.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { startPeriodOfCare } from './store.ts';

describe('looked after reviews', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
  });
  after(() => harbour.close());

  test('an IRO records a review with the child’s part and words; they show in the child’s voice', async () => {
    const db = harbour.database.db;
    const team = await findOrCreateTeam(db, 'Independent reviewing service');
    const iro = await addWorker(db, {
      name: 'Ines Reviewing',
      role: 'iro',
      teamId: team.id,
      startDate: '2020-01-01',
      userId: (await testActor(db, 'iro')).userId,
    });
    const social = await addWorker(db, {
      name: 'Sam Social',
      role: 'social-worker',
      teamId: team.id,
      startDate: '2020-01-01',
    });
    const childId = await aChild(db, actor, { forename: 'Rua', dateOfBirth: '2014-04-04' });
    await startPeriodOfCare(db, actor, {
      childId,
      startDate: '2026-09-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U6',
    });
    harbour.clock.setToday('2026-12-02');
    const agent = await signedInAgent(harbour, 'iro');
    const form = `/children/${childId}/looked-after/reviews/new`;
    const shown = pageOf((await agent.get(form)).text);
    assert.equal(shown('#iroId').val(), String(iro.id), 'the IRO recording it chaired it');
    assert.deepEqual(
      shown('#iroId option')
        .map((_i, option) => shown(option).text())
        .get(),
      ['Select the independent reviewing officer', 'Ines Reviewing (Independent reviewing service)'],
      'only reviewing officers chair',
    );
    assert.deepEqual(
      shown('input[name="participation"]')
        .map((_i, input) => shown(input).val())
        .get(),
      ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'],
    );

    const refused = await submitForm(agent, form, form, {
      ...dateFields('reviewDate', '2026-09-29'),
      iroId: String(social.id),
      wishesAndFeelings: 'I want to see my brother more.',
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), [
      'Select how the child took part in the review',
      'Select how Rua Example’s wishes and feelings were gathered',
    ]);
    assert.equal(pageOf(refused.text)('#wishesAndFeelings').text(), 'I want to see my brother more.');
    const notAnIro = await submitForm(agent, form, form, {
      ...dateFields('reviewDate', '2026-09-29'),
      iroId: String(social.id),
      participation: 'PN1',
    });
    assert.equal(notAnIro.status, 400);
    assert.match(errorSummary(notAnIro.text).join(), /Select the independent reviewing officer from the list/);

    const saved = await submitForm(agent, form, form, {
      ...dateFields('reviewDate', '2026-09-29'),
      iroId: String(iro.id),
      participation: 'PN1',
      seenAlone: 'yes',
      wishesAndFeelings: 'I want to see my brother more.',
      voiceGathered: 'spoken',
    });
    assert.equal(saved.status, 302, errorSummary(saved.text).join());
    const list = pageOf((await agent.get(`/children/${childId}/looked-after/reviews`)).text)('main').text();
    assert.match(
      list,
      /Review on 29 September 2026[^]*Ines Reviewing[^]*PN1: Child physically attends and speaks for themselves/,
    );
    const voice = pageOf((await agent.get(`/children/${childId}/voice`)).text)('main').text();
    assert.match(voice, /Looked after review[^]*I want to see my brother more\./);
  });
});
