import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Actor } from '../../platform/access/audit.ts';
import { grantAccess } from '../../platform/access/recordScope.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testPassword, testTeamName, testUsername } from '../../app/testing/testDatabase.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  timedOutAgent,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { addAdultToNetwork, createChild, linkChildren } from '../people/store.ts';
import { addWorker } from '../workforce/index.ts';
import { completedMessage } from './model.ts';

describe('case notes', () => {
  let harbour: TestHarbour;
  let manager: Actor;
  let workerId: number;
  /** Ava and her brother Ben; their sister Cara's record is restricted (adopted). */
  let ava: number;
  let ben: number;
  let cara: number;
  let parentId: number;
  const db = () => harbour.database.db;
  const notesOf = (childId: number) => `/children/${childId}/case-notes`;
  const newNote = (childId: number) => `${notesOf(childId)}/new`;

  /** A note's fields as a person fills them in, for the child it is written from. */
  const noteFields = (childId: number, extra: Record<string, string | string[]> = {}) => ({
    ...dateFields('happenedAt', '2026-11-24'),
    'happenedAt-time': '14:30',
    kind: 'home-visit',
    'worker-1': String(workerId),
    noteText: 'Visited at home.\nMum was there.\n\nAva showed me her room <b>proudly</b>.',
    ...partFields(childId, 'I want to stay with Nan'),
    ...extra,
  });
  const partFields = (childId: number, words: string) => ({
    [`childSeen-${childId}`]: 'yes',
    [`seenAlone-${childId}`]: 'yes',
    [`seenWhere-${childId}`]: 'In her bedroom',
    [`wishesAndFeelings-${childId}`]: words,
    [`voiceGathered-${childId}`]: 'spoken',
  });
  const copiesOfChild = (childId: number) =>
    db().selectFrom('case_notes').selectAll().where('child_id', '=', childId).orderBy('id').execute();
  const lastEventId = async () =>
    Number(
      (
        await db()
          .selectFrom('audit_events')
          .select(sql<number>`max(id)`.as('id'))
          .executeTakeFirst()
      )?.id ?? 0,
    );
  const eventsSince = (id: number) =>
    db().selectFrom('audit_events').selectAll().where('id', '>', id).orderBy('id').execute();

  /** Writes a note as `agent` and completes it; returns the first child's copy's page. */
  async function writeAndComplete(agent: Agent, childId: number, fields: Record<string, string | string[]>) {
    const drafted = await submitForm(agent, newNote(childId), newNote(childId), fields);
    assert.equal(drafted.status, 302, errorSummary(drafted.text).join('; '));
    const check = drafted.headers.location as string;
    const version = pageOf((await agent.get(check)).text)('input[name="version"]').val() as string;
    const completed = await submitForm(agent, check, check, { version });
    assert.equal(completed.status, 302);
    return completed.headers.location as string;
  }

  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-11-25');
    manager = await testActor(db(), 'service-manager');
    const teamId = (
      await db().selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()
    ).id;
    workerId = (
      await addWorker(db(), { name: 'Sam Caseworker', role: 'social-worker', teamId, startDate: '2020-01-01' })
    ).id;
    const child = async (forename: string, dateOfBirth: string) =>
      (await createChild(db(), manager, { forename, surname: 'Example', dateOfBirth, sex: 'F' })).id;
    ava = await child('Ava', '2016-02-01');
    ben = await child('Ben', '2018-03-01');
    cara = await child('Cara', '2020-04-01');
    await linkChildren(db(), manager, { childId: ava, relatedChildId: ben, relationship: 'sibling' });
    await linkChildren(db(), manager, { childId: ava, relatedChildId: cara, relationship: 'half-sibling' });
    parentId = (
      await addAdultToNetwork(db(), manager, {
        childId: ava,
        relationship: 'parent',
        forename: 'Dana',
        surname: 'Example',
      })
    ).adult.id;
    await db().updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', cara).execute();
  });
  after(() => harbour.close());

  test('a note is a draft until checked and completed; shown with its paragraphs, escaped; a completed note is never edited', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = newNote(ava);
    const saved = await submitForm(worker, form, form, { noteText: 'Half written', action: 'save-draft' });
    assert.equal(saved.headers.location, form);
    const kept = pageOf((await worker.get(form)).text);
    assert.match(kept('.govuk-notification-banner').text(), /This form has your draft from/);
    assert.equal(kept('#noteText').text(), 'Half written');

    const drafted = await submitForm(worker, form, form, {
      ...noteFields(ava),
      familyMembers: String(parentId),
      'professionalName-1': 'Jo Teacher',
      'professionalAgency-1': 'Riverside Primary School',
      significant: 'yes',
    });
    const [note] = await copiesOfChild(ava);
    assert.equal(drafted.headers.location, `${notesOf(ava)}/${note!.id}/complete`);
    assert.equal(note!.completed_at, null);
    assert.deepEqual(
      [
        note!.kind,
        note!.child_seen,
        note!.seen_alone,
        note!.seen_where,
        note!.wishes_and_feelings,
        note!.voice_gathered,
      ],
      ['home-visit', true, true, 'In her bedroom', 'I want to stay with Nan', ['spoken']],
    );
    assert.equal(pageOf((await worker.get(form)).text)('#noteText').text(), '', 'the form’s draft is gone once saved');
    const notePath = `${notesOf(ava)}/${note!.id}`;
    assert.match(pageOf((await worker.get(notePath)).text)('.govuk-tag').text(), /Draft/);
    assert.doesNotMatch((await worker.get(`/children/${ava}/chronology`)).text, /Case note/, 'a draft is not an event');

    const check = pageOf((await worker.get(`${notePath}/complete`)).text);
    assert.match(check('#note').text(), /Sam Caseworker[\s\S]*Dana Example[\s\S]*Jo Teacher, Riverside Primary School/);
    const completed = await submitForm(worker, `${notePath}/complete`, `${notePath}/complete`, {
      version: String(note!.version),
    });
    assert.equal(completed.headers.location, notePath);
    const page = await worker.get(notePath);
    const shown = pageOf(page.text);
    assert.equal(
      shown('#note p.govuk-body').first().html(),
      'Visited at home.<br>Mum was there.',
      'lines and paragraphs are kept',
    );
    assert.match(shown('#note').text(), /Ava showed me her room <b>proudly<\/b>\./, 'typed markup is shown as typed');
    assert.equal(shown('#note b').length, 0);
    assert.match(
      shown('#child-' + ava).text(),
      /Seen alone, In her bedroom[\s\S]*I want to stay with Nan[\s\S]*Spoken/,
    );
    assert.match((await worker.get(`/children/${ava}/chronology`)).text, /Case note, home visit: Visited at home\./);

    // A completed note is never edited: the form is not offered, and a post is refused.
    assert.equal((await worker.get(`${notePath}/edit`)).headers.location, notePath);
    const edited = await submitForm(worker, '/sign-out', `${notePath}/edit`, {
      ...noteFields(ava, { noteText: 'Rewritten' }),
      version: '2',
    });
    assert.equal(edited.status, 409);
    assert.deepEqual(errorSummary(edited.text), [completedMessage]);
    const again = await submitForm(worker, '/sign-out', `${notePath}/complete`, { version: '2' });
    assert.equal(again.status, 409);
    const [unchanged] = await copiesOfChild(ava);
    assert.match(unchanged!.note_text, /^Visited at home/);
    // Nor can anyone change it behind Harbour's back: the database refuses.
    await assert.rejects(
      db().updateTable('case_notes').set({ note_text: 'Changed' }).where('id', '=', note!.id).execute(),
      /A completed case note cannot be changed/,
    );
    await assert.rejects(db().deleteFrom('case_notes').where('id', '=', note!.id).execute(), /cannot be removed/);
    await assert.rejects(
      db().deleteFrom('case_note_workers').where('case_note_id', '=', note!.id).execute(),
      /cannot be changed/,
    );
  });

  test('an addition keeps the original text, with who added it and when', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const notePath = await writeAndComplete(worker, ava, noteFields(ava, { noteText: 'Phoned school.' }));
    const add = `${notePath}/add`;
    const blank = await submitForm(worker, add, add, { appendment: '  ' });
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), ['Enter what you are adding to the note']);
    const added = await submitForm(worker, add, add, { appendment: 'School rang back:\nall well.' });
    assert.equal(added.headers.location, notePath);
    const page = pageOf((await worker.get(notePath)).text);
    assert.match(
      page('#appendment-1').text(),
      /Added by Test practitioner on 25 November 2026[\s\S]*School rang back:/,
    );
    assert.equal(page('#appendment-1 p.govuk-body').html(), 'School rang back:<br>all well.');
    const id = Number(notePath.split('/').at(-1));
    const note = await db().selectFrom('case_notes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(note.note_text, 'Phoned school.');
    await assert.rejects(
      db().updateTable('case_note_appendments').set({ appendment: 'Changed' }).where('case_note_id', '=', id).execute(),
      /cannot be changed or removed/,
    );
  });

  test('recorded in error: a manager, with a reason; kept on the record, out of the chronology', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const notePath = await writeAndComplete(
      worker,
      ava,
      noteFields(ava, { noteText: 'Written about the wrong family.', significant: 'yes' }),
    );
    const inError = `${notePath}/recorded-in-error`;
    assert.equal((await worker.get(inError)).status, 403);
    assert.doesNotMatch((await worker.get(notePath)).text, /Mark as recorded in error/);

    const teamManager = await signedInAgent(harbour, 'team-manager');
    const version = pageOf((await teamManager.get(inError)).text)('input[name="version"]').val() as string;
    const unexplained = await submitForm(teamManager, inError, inError, { version, reason: '' });
    assert.equal(unexplained.status, 400);
    assert.deepEqual(errorSummary(unexplained.text), ['Enter why the note was recorded in error']);
    const marked = await submitForm(teamManager, inError, inError, { version, reason: 'Written on the wrong record' });
    assert.equal(marked.headers.location, notePath);

    const page = pageOf((await worker.get(notePath)).text);
    assert.match(
      page('#recorded-in-error').text(),
      /Marked by Test team-manager[\s\S]*Reason: Written on the wrong record/,
    );
    assert.match(page('#note').text(), /Written about the wrong family\./, 'never deleted');
    assert.equal((await worker.get(`${notePath}/add`)).headers.location, notePath, 'not added to');
    const chronology = await worker.get(`/children/${ava}/chronology`);
    assert.doesNotMatch(chronology.text, /Written about the wrong family/);
    assert.match(
      chronology.text,
      /recorded in error changed from false to true by Test team-manager\. Reason: Written on the wrong record/,
    );
    const again = await submitForm(teamManager, '/sign-out', inError, {
      version: String(Number(version) + 1),
      reason: 'Again',
    });
    assert.equal(again.status, 409);
  });

  test('a note for two children lands on both records, each with their own voice, and is audited for each', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = pageOf((await worker.get(newNote(ava))).text);
    assert.deepEqual(
      form('input[name="alsoFor"]')
        .map((_i, input) => form(input).val())
        .get(),
      [String(ben)],
      'the restricted sister is not offered',
    );
    assert.doesNotMatch(form.html(), /Cara/);
    assert.match(form('#restricted-children').text(), /Another child in the family has a restricted record/);

    const before = await lastEventId();
    const drafted = await submitForm(worker, newNote(ava), newNote(ava), {
      ...noteFields(ava, { noteText: 'Saw Ava and Ben after school.', significant: 'yes' }),
      alsoFor: String(ben),
      ...partFields(ben, 'I miss my dad'),
      [`seenAlone-${ben}`]: 'no',
      [`seenWhere-${ben}`]: 'In the kitchen',
      [`voiceGathered-${ben}`]: ['drawn', 'spoken'],
    });
    const check = drafted.headers.location as string;
    const [avaCopy] = (await copiesOfChild(ava)).slice(-1);
    const [benCopy] = await copiesOfChild(ben);
    assert.equal(avaCopy!.note_group, benCopy!.note_group);
    assert.deepEqual([benCopy!.seen_alone, benCopy!.wishes_and_feelings], [false, 'I miss my dad']);
    const changed = (await eventsSince(before)).filter((event) => event.event === 'child-record-changed');
    assert.deepEqual(
      changed.map((event) => [event.child_id, event.record_id]),
      [
        [String(ava), String(avaCopy!.id)],
        [String(ben), String(benCopy!.id)],
      ],
    );

    // The check page shows both children's parts: a view of each child's copy.
    let mark = await lastEventId();
    const checkPage = await worker.get(check);
    assert.match(pageOf(checkPage.text)(`#child-${ben}`).text(), /Seen, In the kitchen[\s\S]*I miss my dad/);
    const views = (await eventsSince(mark)).filter((event) => event.event === 'child-record-viewed');
    assert.deepEqual(views.map((event) => event.child_id).sort(), [String(ava), String(ben)].sort());

    mark = await lastEventId();
    const version = pageOf(checkPage.text)('input[name="version"]').val() as string;
    await submitForm(worker, check, check, { version });
    const completions = (await eventsSince(mark)).filter((event) => event.reason === 'Case note completed');
    assert.deepEqual(
      completions.map((event) => event.child_id),
      [String(ava), String(ben)],
    );

    const benPage = pageOf((await worker.get(`${notesOf(ben)}/${benCopy!.id}`)).text);
    // Each copy says which it was recorded together with, linking to the other's copy.
    const avaLink = benPage('h2:contains("Recorded together with") + ul a');
    assert.equal(avaLink.text(), 'Ava Example');
    const avaPage = pageOf((await worker.get(avaLink.attr('href')!)).text);
    assert.match(avaPage('h1').text(), /Case note/);
    const benLink = avaPage('h2:contains("Recorded together with") + ul a');
    assert.equal(benLink.text(), 'Ben Example');
    assert.equal(benLink.attr('href'), `${notesOf(ben)}/${benCopy!.id}`);
    assert.match(benPage(`#child-${ben}`).text(), /I miss my dad[\s\S]*Drawn, written or shown in play, Spoken/);
    assert.doesNotMatch(benPage.html(), /I want to stay with Nan/, 'Ben’s copy holds his own voice, not Ava’s');
    assert.match(pageOf((await worker.get(notesOf(ben))).text)('#case-notes').text(), /Saw Ava and Ben after school\./);
    // One event in the family's chronology, naming both.
    const chronology = pageOf((await worker.get(`/children/${ava}/chronology?siblings=yes`)).text);
    const rows = chronology('tr')
      .filter((_i, row) => /Saw Ava and Ben/.test(chronology(row).text()))
      .map((_i, row) => chronology(row).find('td').last().text())
      .get();
    assert.deepEqual(rows, ['Ava Example, Ben Example']);
  });

  test('a restricted sister is not named in her sister’s copy to someone who cannot open her record', async () => {
    const serviceManager = await testActor(db(), 'service-manager');
    const teamManager = await testActor(db(), 'team-manager');
    await grantAccess(db(), serviceManager, {
      childId: cara,
      userId: teamManager.userId!,
      reason: 'Her worker’s manager',
      endsOn: '2026-12-31',
    });
    const granted = await signedInAgent(harbour, 'team-manager');
    const notePath = await writeAndComplete(granted, ava, {
      ...noteFields(ava, { noteText: 'Cara Example visited Ava. Cara was happy.', significant: 'yes' }),
      alsoFor: String(cara),
      ...partFields(cara, 'Cara likes her new school'),
    });
    assert.equal((await copiesOfChild(cara)).length, 1, 'her copy is on her record');
    assert.match(
      (await granted.get(notePath)).text,
      /Cara Example visited Ava/,
      'named to someone who may open her record',
    );

    const worker = await signedInAgent(harbour, 'practitioner');
    for (const path of [notePath, notesOf(ava), `/children/${ava}/chronology`, `/children/${ava}`]) {
      const page = await worker.get(path);
      assert.equal(page.status, 200, path);
      assert.doesNotMatch(page.text, /Cara/, `${path} names her`);
    }
    const page = pageOf((await worker.get(notePath)).text);
    assert.match(
      page('#note').text(),
      /a child whose record is restricted visited Ava\. a child whose record is restricted was happy\./,
    );
    // She is counted, not named or linked.
    assert.equal(page('.recorded-together').text().trim(), '1 child whose record is restricted');
    assert.equal(page('.recorded-together a').length, 0);
    // Her copy is hers: the practitioner cannot open it.
    const [caraCopy] = await copiesOfChild(cara);
    assert.equal(
      (await worker.get(`${notesOf(cara)}/${caraCopy!.id}`)).headers.location,
      `/children/${cara}/restricted`,
    );
  });

  test('bad input: every problem in the error summary, and nothing typed is lost', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = newNote(ben);
    const empty = await submitForm(worker, form, form, {});
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), [
      'Enter the date this happened',
      'Enter the time this happened',
      'Select what kind of contact this was',
      'Select a worker who was involved',
      'Enter the case note',
      'Select yes if Ben Example was seen',
    ]);

    const typed = 'Ben told me about his weekend.\n\nHe was calm.';
    const bad = await submitForm(worker, form, form, {
      ...noteFields(ben, { noteText: typed }),
      ...dateFields('happenedAt', '2026-11-26'),
      'worker-2': '999999',
      'professionalName-1': 'Jo Nurse',
      [`childSeen-${ben}`]: 'no',
      [`seenAlone-${ben}`]: 'yes',
      [`seenWhere-${ben}`]: '',
      [`voiceGathered-${ben}`]: [],
      alsoFor: String(cara),
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), [
      'The date this happened must be today or in the past',
      'Select a worker from the list',
      'Enter the agency professional 1 works for',
      'Ben Example can only have been seen alone if they were seen',
      'Select how Ben Example’s wishes and feelings were gathered',
      'Select from the list',
    ]);
    const shown = pageOf(bad.text);
    assert.equal(shown('#noteText').text(), typed);
    assert.equal(shown('#professionalName-1').val(), 'Jo Nurse');
    assert.equal(shown(`#wishesAndFeelings-${ben}`).text(), 'I want to stay with Nan');
    assert.equal(shown('#worker-1 option[selected]').val(), String(workerId));
    assert.equal(shown('.govuk-error-summary a').first().attr('href'), '#happenedAt-day');

    assert.equal((await copiesOfChild(ben)).filter((note) => note.note_text === typed).length, 0);
  });

  test('a draft changed by someone else meanwhile is not overwritten; a draft can drop a child', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const drafted = await submitForm(worker, newNote(ava), newNote(ava), {
      ...noteFields(ava, { noteText: 'First draft' }),
      alsoFor: String(ben),
      ...partFields(ben, 'Fine'),
    });
    const edit = (drafted.headers.location as string).replace(/complete$/, 'edit');
    const opened = pageOf((await worker.get(edit)).text);
    assert.equal(opened('#noteText').text(), 'First draft');
    assert.equal(opened(`input[name="alsoFor"][value="${ben}"]`).attr('checked'), 'checked');
    const version = opened('input[name="version"]').val() as string;
    const colleague = await signedInAgent(harbour, 'team-manager');
    const first = await submitForm(colleague, edit, edit, {
      ...noteFields(ava, { noteText: 'Second draft, for Ava only' }),
      version,
    });
    assert.equal(first.status, 302);
    const late = await submitForm(worker, edit, edit, { ...noteFields(ava, { noteText: 'My change' }), version });
    assert.equal(late.status, 409);
    assert.match(errorSummary(late.text)[0]!, /Someone else changed this record/);
    assert.equal(pageOf(late.text)('#noteText').text(), 'My change', 'their own change is kept on the form');
    const group = (await copiesOfChild(ava)).at(-1)!.note_group;
    const copies = await db().selectFrom('case_notes').selectAll().where('note_group', '=', group).execute();
    assert.deepEqual(
      copies.map((copy) => [copy.child_id, copy.note_text]),
      [[ava, 'Second draft, for Ava only']],
      'Ben’s draft copy went when he was no longer chosen',
    );
  });

  test('a note posted after the session timed out is kept and restored', async () => {
    const form = newNote(ben);
    const { agent, token } = await timedOutAgent(harbour, 'practitioner', form);
    const held = await agent
      .post(form)
      .type('form')
      .send({ _csrf: token, noteText: 'Written before my session ended', kind: 'phone-call' });
    assert.equal(held.headers.location, '/sign-in');
    const signedIn = await submitForm(agent, '/sign-in', '/sign-in', {
      username: testUsername('practitioner'),
      password: testPassword,
    });
    assert.equal(signedIn.headers.location, form);
    const restored = pageOf((await agent.get(form)).text);
    assert.match(restored('.govuk-notification-banner').text(), /You were signed out before this form was sent/);
    assert.equal(restored('#noteText').text(), 'Written before my session ended');
    assert.equal(restored('input[name="kind"][value="phone-call"]').attr('checked'), 'checked');
  });

  test('the list pages newest first', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const list = pageOf((await worker.get(notesOf(ava))).text);
    const whens = list('#case-notes tbody tr td:first-child')
      .map((_i, cell) => list(cell).text())
      .get();
    assert.ok(whens.length > 1);
    assert.match(list('#case-notes caption').text(), /case notes, newest first/);
    const ids = list('#case-notes tbody a')
      .map((_i, link) => Number(list(link).attr('href')!.split('/').at(-1)))
      .get();
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
      'same time, latest written first',
    );
    assert.equal((await worker.get(`${notesOf(ava)}?page=9`)).status, 404);
  });
});
