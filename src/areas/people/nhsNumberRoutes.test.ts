import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild } from './store.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';

describe("the NHS number as the child's consistent identifier", () => {
  let harbour: TestHarbour;
  let actor: Actor;
  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
  });
  after(() => harbour.close());

  const stored = (surname: string) =>
    harbour.database.db
      .selectFrom('children')
      .select(['id', 'nhs_number', 'nhs_number_unknown', 'nhs_number_unknown_detail', 'version'])
      .where('surname', '=', surname)
      .executeTakeFirstOrThrow();
  /** The NHS number line of the child's page, as a person reads it. */
  const nhsLine = async (agent: Awaited<ReturnType<typeof signedInAgent>>, childId: number) => {
    const $ = pageOf((await agent.get(`/children/${childId}`)).text);
    return $('.govuk-summary-list__row')
      .filter((_i, row) => $(row).find('.govuk-summary-list__key').text().trim() === 'NHS number')
      .find('.govuk-summary-list__value')
      .text()
      .trim();
  };

  test('a child added without an NHS number needs the reason, and their page shows it', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    const details = {
      forename: 'Amir',
      surname: 'Unregistered',
      unborn: 'no',
      'dateOfBirth-day': '14',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '2011',
      sex: 'M',
      ethnicity: 'AOTH',
    };
    const none = await submitForm(agent, '/children/new', '/children/new', details);
    assert.equal(none.status, 400);
    assert.deepEqual(errorSummary(none.text), ['Enter the NHS number, or select why it is not known']);
    assert.equal(pageOf(none.text)('#forename').val(), 'Amir', 'nothing typed is lost');

    const other = await submitForm(agent, '/children/new', '/children/new', { ...details, nhsNumberUnknown: 'other' });
    assert.deepEqual(errorSummary(other.text), ['Enter why the NHS number is not known']);
    assert.equal(pageOf(other.text)('input[name="nhsNumberUnknown"][value="other"]').attr('checked'), 'checked');

    const tampered = await submitForm(agent, '/children/new', '/children/new', {
      ...details,
      nhsNumberUnknown: 'lost',
    });
    assert.deepEqual(errorSummary(tampered.text), ['Select why the NHS number is not known from the list']);

    const saved = await submitForm(agent, '/children/new', '/children/new', { ...details, nhsNumberUnknown: 'uasc' });
    assert.equal(saved.status, 302);
    const child = await stored('Unregistered');
    assert.equal(child.nhs_number, null);
    assert.equal(child.nhs_number_unknown, 'uasc');
    assert.equal(
      await nhsLine(agent, child.id),
      'Not known: unaccompanied asylum-seeking child not yet registered with a GP',
    );
  });

  test('a number typed as on an NHS card is kept as digits and shown in threes; a wrong check digit says so', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    const details = {
      forename: 'Cara',
      surname: 'Carded',
      unborn: 'no',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '6',
      'dateOfBirth-year': '2015',
      sex: 'F',
      ethnicity: 'WBRI',
      // A reason given with a number is not kept: the number is what is known.
      nhsNumberUnknown: 'requested',
    };
    // 401 023 2138: the weighted sum of the first nine is 92, so the check digit is 7, not 8.
    const wrong = await submitForm(agent, '/children/new', '/children/new', { ...details, nhsNumber: '401 023 2138' });
    assert.deepEqual(errorSummary(wrong.text), ['This is not a valid NHS number — check the 10 digits']);
    assert.equal(pageOf(wrong.text)('#nhsNumber').val(), '401 023 2138');
    const right = await submitForm(agent, '/children/new', '/children/new', { ...details, nhsNumber: '401 023 2137' });
    assert.equal(right.status, 302);
    const child = await stored('Carded');
    assert.deepEqual([child.nhs_number, child.nhs_number_unknown], ['4010232137', null]);
    assert.equal(await nhsLine(agent, child.id), '401 023 2137');

    // Found by the number with or without its spaces; the search page says so.
    for (const q of ['401 023 2137', '4010232137']) {
      const search = await agent.get(`/children?q=${encodeURIComponent(q)}`);
      assert.match(search.text, /Cara Carded/, q);
    }
    assert.match((await agent.get('/children')).text, /An NHS number can be typed with or without spaces/);
  });

  test('an unborn child needs no reason, and cannot have a number yet', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    const details = {
      forename: 'Baby',
      surname: 'Expected',
      unborn: 'yes',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2099',
      sex: 'U',
      ethnicity: 'NOBT',
    };
    const numbered = await submitForm(agent, '/children/new', '/children/new', { ...details, nhsNumber: '9434765919' });
    assert.deepEqual(errorSummary(numbered.text), ['An unborn child has no NHS number yet: leave it empty']);
    const saved = await submitForm(agent, '/children/new', '/children/new', details);
    assert.equal(saved.status, 302);
    assert.equal(await nhsLine(agent, (await stored('Expected')).id), 'Not yet: given at birth');
  });

  test('a number recorded later, and one changed only with a reason that the history keeps', async () => {
    const db = harbour.database.db;
    const child = await createChild(db, actor, {
      forename: 'Rhys',
      surname: 'Requested',
      dateOfBirth: '2020-05-05',
      sex: 'M',
      nhsNumberUnknown: 'requested',
    });
    await createChild(db, actor, {
      forename: 'Other',
      surname: 'Holder',
      dateOfBirth: '2019-01-01',
      sex: 'F',
      nhsNumber: '9990000050',
    });
    const page = `/children/${child.id}/nhs-number`;
    const agent = await signedInAgent(harbour, 'practitioner');
    const form = await agent.get(page);
    assert.equal(form.status, 200);
    assert.match(pageOf(form.text)('#record').text(), /Not known: requested from the NHS, not yet received/);
    const version = String(child.version);

    const bad = await submitForm(agent, page, page, { version, nhsNumber: '999 000 021' });
    assert.deepEqual(errorSummary(bad.text), ['Enter an NHS number of 10 digits, like 943 476 5919']);
    const taken = await submitForm(agent, page, page, { version, nhsNumber: '999 000 0050' });
    assert.deepEqual(errorSummary(taken.text), ['Another child already has this NHS number']);

    // Recording the number that was awaited is not a correction: no reason is asked.
    const recorded = await submitForm(agent, page, page, { version, nhsNumber: '999 000 0212' });
    assert.equal(recorded.status, 302, errorSummary(recorded.text).join());
    let now = await stored('Requested');
    assert.deepEqual([now.nhs_number, now.nhs_number_unknown], ['9990000212', null]);
    assert.equal(await nhsLine(agent, child.id), '999 000 0212');

    // The page as first read is out of date now: someone else's change is not overwritten.
    const stale = await submitForm(agent, page, page, { version, nhsNumber: '943 476 5919', reason: 'Typed wrongly' });
    assert.equal(stale.status, 409);

    const unexplained = await submitForm(agent, page, page, {
      version: String(now.version),
      nhsNumber: '943 476 5919',
    });
    assert.deepEqual(errorSummary(unexplained.text), ['Enter why the NHS number recorded is being changed']);
    const removed = await submitForm(agent, page, page, {
      version: String(now.version),
      nhsNumberUnknown: 'withheld',
    });
    assert.deepEqual(errorSummary(removed.text), ['Enter why the NHS number recorded is being changed']);
    const corrected = await submitForm(agent, page, page, {
      version: String(now.version),
      nhsNumber: '943 476 5919',
      reason: 'Two digits were typed the wrong way round',
    });
    assert.equal(corrected.status, 302);
    now = await stored('Requested');
    assert.equal(now.nhs_number, '9434765919');
    const history = await db
      .selectFrom('record_amendments')
      .select(['field', 'previous_value', 'new_value', 'reason'])
      .where('child_id', '=', child.id)
      .where('field', '=', 'nhs_number')
      .orderBy('id')
      .execute();
    assert.deepEqual(history, [
      { field: 'nhs_number', previous_value: null, new_value: '9990000212', reason: 'NHS number recorded' },
      {
        field: 'nhs_number',
        previous_value: '9990000212',
        new_value: '9434765919',
        reason: 'Two digits were typed the wrong way round',
      },
    ]);
  });

  test('the database refuses a number whose check digit is wrong, whatever way it comes in', async () => {
    const db = harbour.database.db;
    const child = { forename: 'Ivo', surname: 'Imported', dateOfBirth: '2013-03-03', sex: 'M' } as const;
    // 999 000 000 has no check digit (its remainder gives 10): no tenth digit makes it a number.
    for (const nhsNumber of ['4010232138', '9434765910', ...Array.from({ length: 10 }, (_, d) => `999000000${d}`)])
      await assert.rejects(createChild(db, actor, { ...child, nhsNumber }), (error: RecordIntegrityError) => {
        assert.equal(error.field, 'nhsNumber', nhsNumber);
        assert.equal(error.message, 'This is not a valid NHS number — check the 10 digits');
        return true;
      });
    await assert.rejects(createChild(db, actor, { ...child, nhsNumber: '94347659x9' }), RecordIntegrityError);
    // A number and a reason together are refused; so is "other" without its words.
    await assert.rejects(
      createChild(db, actor, { ...child, nhsNumber: '9990000050', nhsNumberUnknown: 'requested' }),
      RecordIntegrityError,
    );
    await assert.rejects(createChild(db, actor, { ...child, nhsNumberUnknown: 'other' }), RecordIntegrityError);
    const kept = await createChild(db, actor, { ...child, nhsNumber: '9990000220' });
    assert.equal(kept.nhs_number, '9990000220');
  });

  test('an inspector reads the number but is offered no way to change it', async () => {
    const child = await createChild(harbour.database.db, actor, {
      forename: 'Vee',
      surname: 'Viewed',
      dateOfBirth: '2014-02-02',
      sex: 'F',
      nhsNumber: '9990000131',
    });
    const change = `href="/children/${child.id}/nhs-number"`;
    const practitioner = await signedInAgent(harbour, 'practitioner');
    assert.ok((await practitioner.get(`/children/${child.id}`)).text.includes(change));
    const inspector = await signedInAgent(harbour, 'inspector');
    const page = await inspector.get(`/children/${child.id}`);
    assert.equal(await nhsLine(inspector, child.id), '999 000 0131');
    assert.ok(!page.text.includes(change));
    assert.equal((await inspector.get(`/children/${child.id}/nhs-number`)).status, 403);
  });
});
