import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testTeamName } from '../../app/testing/testDatabase.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { aChild } from '../../app/testing/records.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { addWorker } from '../workforce/index.ts';
import { endPeriodOfCare, startPeriodOfCare } from '../care/store.ts';
import { recordCareLeaver, recordCareLeaverProgress } from './store.ts';

describe('leaving care pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let paula: number;
  let priya: number;
  /** Left care on her 18th birthday; turns 19 on Tuesday 1 December 2026. */
  let lia: number;
  /** Paula's young people due in December 2026 (the birthday contact list's test records them). */
  let omar: number;
  let ned: number;

  const careLeaver = async (forename: string, dateOfBirth: string, left: string) => {
    const db = harbour.database.db;
    const childId = await aChild(db, actor, { forename, surname: 'Leaver', dateOfBirth });
    await startPeriodOfCare(db, actor, {
      childId,
      startDate: '2019-06-01',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
    });
    await endPeriodOfCare(db, actor, { childId, endDate: left, reasonCeased: 'E5' });
    return childId;
  };

  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'team-manager');
    const team = await findOrCreateTeam(db, testTeamName);
    const adviser = (name: string) =>
      addWorker(db, { name, role: 'personal-adviser', teamId: team.id, startDate: '2020-01-01' });
    paula = (await adviser('Paula Adviser')).id;
    priya = (await adviser('Priya Adviser')).id;
    lia = await careLeaver('Lia', '2007-12-01', '2025-12-01');
    harbour.clock.setToday('2026-12-02');
  });
  after(() => harbour.close());

  test('the personal adviser is chosen from the workforce; a change needs its reason and is kept as an amendment', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `/children/${lia}/leaving-care/personal-adviser`;
    const options = pageOf((await worker.get(form)).text)('#personalAdviser option')
      .map((_i, option) => pageOf('')(option).text())
      .get();
    assert.deepEqual(options.slice(1).sort(), [
      'Paula Adviser (Test locality team)',
      'Priya Adviser (Test locality team)',
    ]);
    const typed = await submitForm(worker, form, form, { personalAdviser: 'Someone I typed' });
    assert.equal(typed.status, 400);
    assert.deepEqual(errorSummary(typed.text), ['Select the personal adviser from the list']);
    assert.equal((await submitForm(worker, form, form, { personalAdviser: String(paula) })).status, 302);
    const page = await worker.get(`/children/${lia}/leaving-care`);
    assert.match(pageOf(page.text)('#care-leaver').text(), /Paula Adviser/);
    // The OC3 window of her 19th birthday is open and nobody has been in touch yet.
    assert.match(page.text, /In touch with the care leaver around the 19th birthday: due by 1 January 2027/);
    const version = String(pageOf((await worker.get(form)).text)('input[name="version"]').val());
    const noReason = await submitForm(worker, form, form, { personalAdviser: String(priya), version });
    assert.equal(noReason.status, 400);
    assert.deepEqual(errorSummary(noReason.text), ['Enter why the personal adviser is changing']);
    assert.equal(pageOf(noReason.text)('#personalAdviser').val(), String(priya), 'the choice is kept');
    const changed = await submitForm(worker, form, form, {
      personalAdviser: String(priya),
      version,
      reason: 'Paula has moved to the 16+ team in the north',
    });
    assert.equal(changed.status, 302);
    const amendments = await harbour.database.db
      .selectFrom('record_amendments')
      .select(['field', 'reason'])
      .where('table_name', '=', 'care_leavers')
      .execute();
    assert.deepEqual(
      amendments.map((row) => [row.field, row.reason]),
      [['personal_adviser_worker_id', 'Paula has moved to the 16+ team in the north']],
    );
  });

  test('a contact records the OC3 items; an accommodation without whether it is suitable is refused and the form kept', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `/children/${lia}/leaving-care/contacts/new`;
    const refused = await submitForm(worker, form, form, {
      inTouch: 'YES',
      accommodation: 'K',
      activity: 'F5',
      ...dateFields('contactDate', '2026-09-15'),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['Select whether the accommodation is suitable']);
    assert.equal(pageOf(refused.text)('#accommodation-7').attr('checked'), 'checked', 'the accommodation is kept');
    const saved = await submitForm(worker, form, form, {
      inTouch: 'YES',
      accommodation: 'K',
      accommodationSuitable: 'yes',
      activity: 'F5',
      ...dateFields('contactDate', '2026-09-15'),
    });
    assert.equal(saved.status, 302);
    const page = await worker.get(`/children/${lia}/leaving-care`);
    assert.deepEqual(tableRows(page.text, '#contact-list'), [
      '15 September 2026|In touch|K: Independent living, such as a flat or bedsit|Suitable|F5: Full-time in employment',
    ]);
    const future = await submitForm(worker, form, form, { inTouch: 'YES', ...dateFields('contactDate', '2026-12-03') });
    assert.equal(future.status, 400);
  });

  test('the birthday contact list for December 2026: turning 19 on 1 December, the annual offer after the service closed, a restricted young person counted', async () => {
    const db = harbour.database.db;
    omar = await careLeaver('Omar', '2007-12-20', '2025-12-20');
    await recordCareLeaver(db, actor, { childId: omar, personalAdviser: { workerId: paula } });
    ned = await careLeaver('Ned', '2003-12-10', '2021-12-10');
    const nedRecord = await recordCareLeaver(db, actor, { childId: ned, personalAdviser: { workerId: paula } });
    await recordCareLeaverProgress(db, actor, { careLeaverId: nedRecord.id, version: 1, serviceEndDate: '2025-01-31' });
    const rae = await careLeaver('Rae', '2007-12-05', '2025-12-05');
    await recordCareLeaver(db, actor, { childId: rae, personalAdviser: { workerId: paula } });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', rae).execute();

    const manager = await signedInAgent(harbour, 'team-manager');
    const response = await manager.get('/leaving-care/birthday-contacts?month=2026-12');
    assert.equal(response.status, 200);
    assert.deepEqual(tableRows(response.text, '#birthday-contacts'), [
      'Lia Leaver|19 on 1 December 2026|OC3 birthday|1 September 2026 to 1 January 2027|In touch',
      'Ned Leaver|23 on 10 December 2026|Annual offer of contact|10 September 2026 to 10 January 2027|No contact recorded yet',
      'Omar Leaver|19 on 20 December 2026|OC3 birthday|20 September 2026 to 20 January 2027|No contact recorded yet',
    ]);
    assert.doesNotMatch(response.text, /Rae/);
    assert.match(
      pageOf(response.text)('#restricted-withheld').text(),
      /A young person with a restricted record is due/,
    );
    assert.match(pageOf(response.text)('#in-touch-count').text(), /In touch: 1 of 3/);
    assert.deepEqual(tableRows((await manager.get('/leaving-care/birthday-contacts?month=2026-11')).text), []);
    assert.equal((await manager.get('/leaving-care/birthday-contacts?month=2026-13')).status, 404);
    assert.equal((await manager.get('/leaving-care/birthday-contacts?month=soon')).status, 404);
  });

  test('a personal adviser’s own birthday contact list: only the young people they advise, linked from My work', async () => {
    const db = harbour.database.db;
    const worker = await signedInAgent(harbour, 'practitioner');
    const advisesNobody = await worker.get('/leaving-care/birthday-contacts?month=2026-12');
    assert.equal(advisesNobody.status, 200);
    assert.deepEqual(tableRows(advisesNobody.text, '#birthday-contacts'), []);
    assert.match(advisesNobody.text, /No young person you advise is due a birthday contact this month/);
    assert.equal(pageOf((await worker.get('/')).text)('#my-birthday-contacts').length, 0);

    // The practitioner is Paula, Ned's, Omar's and Rae's personal adviser; Lia's is Priya.
    const { userId } = await testActor(db, 'practitioner');
    await db.updateTable('workers').set({ user_id: userId }).where('id', '=', paula).execute();
    const own = await worker.get('/leaving-care/birthday-contacts?month=2026-12');
    assert.equal(pageOf(own.text)('h1').text(), 'Your birthday contacts: December 2026');
    assert.deepEqual(tableRows(own.text, '#birthday-contacts'), [
      'Ned Leaver|23 on 10 December 2026|Annual offer of contact|10 September 2026 to 10 January 2027|No contact recorded yet',
      'Omar Leaver|19 on 20 December 2026|OC3 birthday|20 September 2026 to 20 January 2027|No contact recorded yet',
    ]);
    assert.doesNotMatch(own.text, /Lia|Rae/);
    assert.match(pageOf(own.text)('#restricted-withheld').text(), /A young person with a restricted record is due/);
    const home = pageOf((await worker.get('/')).text);
    assert.equal(home('#my-birthday-contacts a').attr('href'), '/leaving-care/birthday-contacts');
    // The list is audited with the young people it named.
    const listed = await db
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'children-listed')
      .where('user_id', '=', userId!)
      .orderBy('id', 'desc')
      .execute();
    const lastList = listed.find((event) => event.detail.list === 'birthday-contacts');
    assert.deepEqual(lastList?.detail.childIds, [ned, omar]);
  });
});
