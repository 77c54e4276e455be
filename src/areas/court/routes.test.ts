import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { adaBenAndRestrictedCora } from '../../app/testing/records.ts';
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
import { issueCareProceedings, startPreProceedings } from './store.ts';
import { assertCorrection } from '../../app/testing/corrections.ts';

describe('court pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let worker: Agent;
  let ada: number;
  let ben: number;
  let cora: number;
  const db = () => harbour.database.db;
  const court = (childId: number) => `/children/${childId}/court`;
  const ploOf = async (childId: number) =>
    (
      await db()
        .selectFrom('pre_proceedings_children')
        .select('pre_proceedings_id as id')
        .where('child_id', '=', childId)
        .executeTakeFirstOrThrow()
    ).id;
  const proceedingsOf = async (childId: number) =>
    (
      await db()
        .selectFrom('proceedings_children')
        .select('proceedings_id as id')
        .where('child_id', '=', childId)
        .executeTakeFirstOrThrow()
    ).id;

  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-01-12');
    actor = await testActor(db(), 'service-manager');
    ({ ada, ben, cora } = await adaBenAndRestrictedCora(db(), actor, 'Court'));
    worker = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  test('pre-proceedings recorded once for two siblings; a restricted sister is never offered', async () => {
    const form = `${court(ada)}/pre-proceedings/new`;
    const page = pageOf((await worker.get(form)).text);
    assert.deepEqual(
      page('input[name="together"]')
        .map((_i, input) => page(input).val())
        .get(),
      [String(ben)],
    );
    assert.doesNotMatch(page.html(), /Cora/);
    const refused = await submitForm(worker, form, form, {
      together: String(ben),
      ...dateFields('letterBeforeProceedingsDate', '2025-11-10'),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['Enter the date of the legal planning meeting']);
    assert.equal(
      pageOf(refused.text)('input[name="letterBeforeProceedingsDate-day"]').val(),
      '10',
      'what was typed is kept',
    );
    const outOfOrder = await submitForm(worker, form, form, {
      together: String(ben),
      ...dateFields('startDate', '2025-11-03'),
      ...dateFields('letterBeforeProceedingsDate', '2025-11-01'),
    });
    assert.equal(outOfOrder.status, 400);
    assert.match(errorSummary(outOfOrder.text).join(), /letter before proceedings must be sent on or after/);
    const fields = {
      together: String(ben),
      ...dateFields('startDate', '2025-11-03'),
      ...dateFields('letterBeforeProceedingsDate', '2025-11-05'),
    };
    const whyNot = await submitForm(worker, form, form, fields);
    assert.equal(whyNot.status, 400);
    assert.deepEqual(errorSummary(whyNot.text), [
      'No family group decision-making was offered in the 12 months before: select why not',
    ]);
    const started = await submitForm(worker, form, form, { ...fields, notOfferedReason: 'no-network' });
    assert.equal(started.status, 302, errorSummary(started.text).join('; '));
    assert.equal(await ploOf(ada), await ploOf(ben));
    const again = await submitForm(worker, form, form, dateFields('startDate', '2025-11-04'));
    assert.equal(again.status, 400);
    assert.deepEqual(errorSummary(again.text), [
      'Pre-proceedings are already open for a child chosen: record what has happened in those instead',
    ]);
    const benPage = pageOf((await worker.get(court(ben))).text);
    assert.match(benPage('#pre-proceedings + section').text(), /Ada Court/);
  });

  test('pre-proceedings progress: meetings and the decision, with the version checked; why no family group decision-making was offered shown', async () => {
    const plo = await ploOf(ada);
    const progress = `${court(ada)}/pre-proceedings/${plo}`;
    const version = pageOf((await worker.get(progress)).text)('input[name="version"]').val() as string;
    const nothing = await submitForm(worker, progress, progress, { version });
    assert.equal(nothing.status, 400);
    assert.deepEqual(errorSummary(nothing.text), ['Enter the date of at least one thing that has happened']);
    const met = await submitForm(worker, progress, progress, {
      version,
      ...dateFields('initialMeetingDate', '2025-11-17'),
    });
    assert.equal(met.status, 302, errorSummary(met.text).join('; '));
    const stale = await submitForm(worker, progress, progress, {
      version,
      ...dateFields('decisionDate', '2026-01-05'),
      outcome: 'issue-proceedings',
    });
    assert.equal(stale.status, 409);
    const meeting = `${progress}/meetings/new`;
    const noType = await submitForm(worker, meeting, meeting, dateFields('meetingDate', '2025-12-29'));
    assert.equal(noType.status, 400);
    assert.deepEqual(errorSummary(noType.text), ['Select the type of meeting']);
    const review = await submitForm(worker, meeting, meeting, {
      meetingType: 'review',
      ...dateFields('meetingDate', '2025-12-29'),
    });
    assert.equal(review.status, 302);
    const fresh = pageOf((await worker.get(progress)).text)('input[name="version"]').val() as string;
    const noOutcome = await submitForm(worker, progress, progress, {
      version: fresh,
      ...dateFields('decisionDate', '2026-01-05'),
    });
    assert.deepEqual(errorSummary(noOutcome.text), ['Select the outcome']);
    const decided = await submitForm(worker, progress, progress, {
      version: fresh,
      ...dateFields('decisionDate', '2026-01-05'),
      outcome: 'issue-proceedings',
    });
    assert.equal(decided.status, 302, errorSummary(decided.text).join('; '));
    const row = await db().selectFrom('pre_proceedings').selectAll().where('id', '=', plo).executeTakeFirstOrThrow();
    assert.deepEqual([row.initial_meeting_date, row.outcome], ['2025-11-17', 'issue-proceedings']);
    assert.match(
      pageOf((await worker.get(court(ben))).text)('#pre-proceedings + section').text(),
      /Family group decision-making\s*Not offered: No family network could be found/,
    );
  });

  test('the tracker lists the family awaiting issue until the application is recorded, audited as a list of them', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const tracker = (await manager.get('/court')).text;
    assert.match(pageOf(tracker)('#awaiting-issue').text(), /2 children in 1 family/);
    assert.match(pageOf(tracker)('.govuk-service-navigation, header').text(), /Court tracker/);
    const event = await db()
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'children-listed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.detail.path, '/court');
    assert.equal(event.detail.list, 'court tracker');
    assert.deepEqual(event.detail.childIds, [ada, ben]);
    assert.doesNotMatch(pageOf((await worker.get('/')).text)('header, nav').text(), /Court tracker/);
  });

  test('the application form keeps a draft', async () => {
    const form = `${court(ada)}/proceedings/new`;
    const saved = await submitForm(worker, form, form, { court: 'Family Court at Telford', action: 'save-draft' });
    assert.equal(saved.headers.location, form);
    const kept = pageOf((await worker.get(form)).text);
    assert.match(kept('.govuk-notification-banner').text(), /This form has your draft from/);
    assert.equal(kept('input[name="court"]').val(), 'Family Court at Telford');
  });

  test('care proceedings issued for both, linked to their pre-proceedings; hearings, interim orders, an extension and a final order per child', async () => {
    const form = `${court(ada)}/proceedings/new`;
    const noCourt = await submitForm(worker, form, form, {
      together: String(ben),
      ...dateFields('issueDate', '2026-01-12'),
      preProceedingsId: 'none',
    });
    assert.equal(noCourt.status, 400);
    assert.deepEqual(errorSummary(noCourt.text), ['Enter the court']);
    const application = {
      together: String(ben),
      ...dateFields('issueDate', '2026-01-12'),
      court: 'Family Court at Telford',
      courtReference: 'TF26C00001',
      preProceedingsId: String(await ploOf(ada)),
    };
    const undescribed = await submitForm(worker, form, form, { ...application, notOfferedReason: 'other' });
    assert.deepEqual(errorSummary(undescribed.text), ['Say why no family group decision-making was offered']);
    const issued = await submitForm(worker, form, form, {
      ...application,
      notOfferedReason: 'other',
      notOfferedDetail: 'The family moved away from their network',
    });
    assert.equal(issued.status, 302, errorSummary(issued.text).join('; '));
    const proceedings = await proceedingsOf(ada);
    assert.equal(proceedings, await proceedingsOf(ben));
    const row = await db()
      .selectFrom('care_proceedings')
      .selectAll()
      .where('id', '=', proceedings)
      .executeTakeFirstOrThrow();
    assert.equal(row.pre_proceedings_id, await ploOf(ada));

    const base = `${court(ben)}/proceedings/${proceedings}`;
    const hearing = `${base}/hearings/new`;
    const early = await submitForm(worker, hearing, hearing, {
      ...dateFields('hearingDate', '2026-01-02'),
      hearingType: 'case-management',
      court: 'Family Court at Telford',
    });
    assert.deepEqual(errorSummary(early.text), ['The date must be on or after the day the application was issued']);
    const held = await submitForm(worker, hearing, hearing, {
      ...dateFields('hearingDate', '2026-01-12'),
      hearingType: 'interim',
      court: 'Family Court at Telford',
      outcome: 'Interim care orders made',
      ...dateFields('nextHearingDate', '2026-02-03'),
    });
    assert.equal(held.status, 302, errorSummary(held.text).join('; '));
    const interim = `${base}/interim-orders/new`;
    const none = await submitForm(worker, interim, interim, dateFields('madeDate', '2026-01-12'));
    assert.equal(none.status, 400);
    assert.deepEqual(errorSummary(none.text), ['Select the interim order made for at least one child']);
    const orders = await submitForm(worker, interim, interim, {
      ...dateFields('madeDate', '2026-01-12'),
      [`order-${ada}`]: 'interim-care-order',
      [`order-${ben}`]: 'interim-care-order',
    });
    assert.equal(orders.status, 302, errorSummary(orders.text).join('; '));

    harbour.clock.setToday('2026-07-12');
    const extension = `${base}/extensions/new`;
    const tooLong = await submitForm(worker, extension, extension, {
      ...dateFields('grantedDate', '2026-07-01'),
      weeks: '9',
      reason: 'Expert report',
    });
    assert.deepEqual(errorSummary(tooLong.text), ['Enter the weeks of the extension, a whole number from 1 to 8']);
    assert.equal(pageOf(tooLong.text)('textarea[name="reason"]').text().trim(), 'Expert report');

    const manager = await signedInAgent(harbour, 'team-manager');
    const tracker = pageOf((await manager.get('/court')).text);
    assert.match(tracker('#in-proceedings').text(), /2 children in 1 family/);
    const rows = tableRows(tracker.html(), '#in-proceedings + table').map((row) => row.split('|'));
    assert.equal(rows.length, 1, 'the family once');
    assert.match(rows[0]![0]!, /Ada Court.*Ben Court/);
    assert.equal(rows[0]![2], '26', 'Sunday 12 July 2026 is the last day of week 26');
    assert.equal(rows[0]![3], '26 weeks or less');
    assert.equal(rows[0]![4], '12 July 2026');

    const conclusion = `${base}/conclusion`;
    const version = pageOf((await worker.get(conclusion)).text)('input[name="version"]').val() as string;
    const missing = await submitForm(worker, conclusion, conclusion, {
      version,
      ...dateFields('conclusionDate', '2026-07-10'),
      [`finalOrder-${ada}`]: 'special-guardianship-order',
    });
    assert.deepEqual(errorSummary(missing.text), ['Select the final order made for Ben Court']);
    const concluded = await submitForm(worker, conclusion, conclusion, {
      version,
      ...dateFields('conclusionDate', '2026-07-10'),
      [`finalOrder-${ada}`]: 'special-guardianship-order',
      [`finalOrder-${ben}`]: 'placement-order',
    });
    assert.equal(concluded.status, 302, errorSummary(concluded.text).join('; '));
    const finals = await db()
      .selectFrom('proceedings_children')
      .select(['child_id', 'final_order'])
      .where('proceedings_id', '=', proceedings)
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      finals.map((f) => [f.child_id, f.final_order]),
      [
        [ada, 'special-guardianship-order'],
        [ben, 'placement-order'],
      ],
    );
    const page = (await worker.get(court(ben))).text;
    assert.match(page, /Concluded 10 July 2026 in week 26/);
    assert.match(page, /Interim care order \(s38\), 12 January 2026/);
    assert.match(page, /Placement order/);
    const chronology = (await worker.get(`/children/${ben}/chronology`)).text;
    assert.match(chronology, /Interim hearing at Family Court at Telford about Ada Court and Ben Court/);
    assert.match(chronology, /Interim care order \(s38\) made for Ben Court/);
    assert.doesNotMatch(chronology, /made for Ada Court/, "Ada's interim order is on her chronology, not Ben's");
  });

  test('the application corrected with a reason, the previous issue date kept and someone else’s change detected', async () => {
    const proceedings = await proceedingsOf(ben);
    const form = `${court(ben)}/proceedings/${proceedings}/correction`;
    const page = pageOf((await worker.get(form)).text);
    assert.equal(page('input[name="issueDate-day"]').val(), '12', 'the form starts from the record');
    const version = page('input[name="version"]').val() as string;
    const fields = { version, ...dateFields('issueDate', '2026-01-13'), court: 'Family Court at Telford' };
    const noReason = await submitForm(worker, form, form, fields);
    assert.equal(noReason.status, 400);
    assert.deepEqual(errorSummary(noReason.text), ['Enter the reason for the correction']);
    const corrected = await submitForm(worker, form, form, {
      ...fields,
      reason: 'The sealed application shows 13 January',
    });
    assert.equal(corrected.status, 302, errorSummary(corrected.text).join('; '));
    const amendment = await db()
      .selectFrom('record_amendments')
      .selectAll()
      .where('table_name', '=', 'care_proceedings')
      .where('record_id', '=', proceedings)
      .where('field', '=', 'issue_date')
      .executeTakeFirstOrThrow();
    assert.equal(amendment.previous_value, '2026-01-12');
    assert.equal(amendment.reason, 'The sealed application shows 13 January');
    const stale = await submitForm(worker, form, form, { ...fields, reason: 'Again' });
    assert.equal(stale.status, 409);
  });

  test('a hearing, an interim order, a final order, an extension and the PLO corrected with a reason, each linked from the court page', async () => {
    const proceedings = await proceedingsOf(ben);
    const hearing = await db()
      .selectFrom('proceedings_hearings')
      .select('id')
      .where('proceedings_id', '=', proceedings)
      .executeTakeFirstOrThrow();
    const interim = await db()
      .selectFrom('proceedings_interim_orders')
      .select('id')
      .where('child_id', '=', ben)
      .executeTakeFirstOrThrow();
    const final = await db()
      .selectFrom('proceedings_children')
      .select('id')
      .where('child_id', '=', ben)
      .executeTakeFirstOrThrow();
    const extension = await db()
      .insertInto('proceedings_extensions')
      .values({ proceedings_id: proceedings, granted_date: '2026-07-01', weeks: 4, reason: 'Expert report' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plo = await ploOf(ben);
    const links = pageOf((await worker.get(court(ben))).text)('a[href$="/correct"]')
      .map((_i, link) => pageOf('')(link).attr('href'))
      .get();
    for (const path of [
      `/court/hearings/${hearing.id}/`,
      `/court/interim-orders/${interim.id}/`,
      `/court/final-orders/${final.id}/`,
      `/court/extensions/${extension.id}/`,
      `/court/pre-proceedings/${plo}/`,
    ])
      assert.ok(
        links.some((link) => link.includes(path)),
        `the court page links to ${path}`,
      );

    await assertCorrection(db(), worker, `${court(ben)}/hearings/${hearing.id}/correct`, {
      table: 'proceedings_hearings',
      recordId: hearing.id,
      fields: {
        court: 'Family Court at Telford',
        ...dateFields('hearingDate', '2026-01-13'),
        hearingType: 'interim',
        ...dateFields('nextHearingDate', '2026-02-03'),
      },
      column: 'hearing_date',
      previous: '2026-01-12',
      now: '2026-01-13',
    });
    await assertCorrection(db(), worker, `${court(ben)}/interim-orders/${interim.id}/correct`, {
      table: 'proceedings_interim_orders',
      recordId: interim.id,
      fields: { orderType: 'interim-supervision-order', ...dateFields('madeDate', '2026-01-12') },
      column: 'order_type',
      previous: 'interim-care-order',
      now: 'interim-supervision-order',
    });
    await assertCorrection(db(), worker, `${court(ben)}/final-orders/${final.id}/correct`, {
      table: 'proceedings_children',
      recordId: final.id,
      fields: { finalOrder: 'care-order' },
      column: 'final_order',
      previous: 'placement-order',
      now: 'care-order',
    });
    const tooLong = await submitForm(
      worker,
      `${court(ben)}/extensions/${extension.id}/correct`,
      `${court(ben)}/extensions/${extension.id}/correct`,
      {
        version: '1',
        ...dateFields('grantedDate', '2026-07-01'),
        weeks: '9',
        extensionReason: 'Expert report',
        reason: 'Typo',
      },
    );
    assert.deepEqual(errorSummary(tooLong.text), ['Weeks granted must be a whole number from 1 to 8']);
    await assertCorrection(db(), worker, `${court(ben)}/extensions/${extension.id}/correct`, {
      table: 'proceedings_extensions',
      recordId: extension.id,
      fields: { weeks: '6', ...dateFields('grantedDate', '2026-07-01'), extensionReason: 'Expert report' },
      column: 'weeks',
      previous: 4,
      now: 6,
    });
    await assertCorrection(db(), worker, `${court(ben)}/pre-proceedings/${plo}/correct`, {
      table: 'pre_proceedings',
      recordId: plo,
      fields: { ...dateFields('startDate', '2025-11-04') },
      column: 'start_date',
      previous: '2025-11-03',
      now: '2025-11-04',
    });
    const chronology = (await worker.get(`/children/${ben}/chronology`)).text;
    assert.match(chronology, /hearing date changed from 12 January 2026 to 13 January 2026 .*Reason: Checked/);
  });

  test('a restricted child in proceedings is counted on the tracker, never named to a manager without access', async () => {
    await issueCareProceedings(db(), actor, {
      notOffered: { reason: 'immediate-risk' },
      childIds: [cora],
      issueDate: '2026-03-02',
      court: 'Family Court at Shrewsbury',
    });
    const manager = await signedInAgent(harbour, 'team-manager');
    const response = await manager.get('/court');
    assert.doesNotMatch(response.text, /Cora/);
    const tracker = pageOf(response.text);
    assert.match(tracker('#in-proceedings').text(), /1 child in 1 family/);
    assert.match(tracker('#in-proceedings + table').text(), /1 child whose record is restricted/);
    const practitioner = await signedInAgent(harbour, 'practitioner');
    assert.equal((await practitioner.get('/court')).status, 403);
    await startPreProceedings(db(), actor, {
      notOffered: { reason: 'immediate-risk' },
      childIds: [ada, cora],
      startDate: '2026-07-01',
    });
    const adaPage = await practitioner.get(court(ada));
    assert.doesNotMatch(adaPage.text, /Cora/);
    assert.match(
      pageOf(adaPage.text)('#pre-proceedings + section').text(),
      /Ada Court and 1 child whose record is restricted\s/,
    );
  });
});
