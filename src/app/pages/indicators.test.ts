// The performance pages: stored figures, the dashboard, an indicator's page with its commentary and
// the children behind it, benchmarks and targets — and what each role may see of them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testActor } from '../testing/actors.ts';
import { aChild } from '../testing/records.ts';
import { fixturePopulation, fixtureRows } from '../testing/indicatorFixtures.ts';
import {
  csrfTokenFrom,
  errorSummary,
  pageOf,
  signedInAgent,
  testHarbour,
  type TestHarbour,
} from '../testing/testApp.ts';
import { indicators } from '../../reports/indicators/catalogue.ts';
import {
  indicatorValuesStale,
  refreshIfStale,
  refreshIndicatorValues,
  storedMonths,
} from '../../reports/indicators/store.ts';

describe('the performance pages', () => {
  let harbour: TestHarbour;
  let open: number;
  let hidden: number;
  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-03-15');
    const db = harbour.database.db;
    const actor = await testActor(db, 'service-manager');
    await fixturePopulation(db, 2025, 36_000);
    await fixturePopulation(db, 2026, 36_000);
    open = await aChild(db, actor, { forename: 'Perpetua', surname: 'Figures' });
    hidden = await aChild(db, actor, { forename: 'Ignatius', surname: 'Concealed' });
    // Two children referred in February 2026: a figure of 2, one of them restricted.
    await fixtureRows(
      db,
      'referrals',
      [open, hidden].map((child) => ({ child_id: child, referral_date: '2026-02-10', source: '1A' })),
    );
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', hidden).execute();
  });
  after(() => harbour.close());

  test('the refresh stores every indicator for each month and year to date of 36 months, replacing the last', async () => {
    const db = harbour.database.db;
    const month = Temporal.PlainYearMonth.from('2026-03');
    assert.equal(await refreshIndicatorValues(db, month), indicators.length * storedMonths * 2);
    const first = await db.selectFrom('indicator_values').selectAll().execute();
    assert.equal(first.length, indicators.length * storedMonths * 2);
    const feb = first.find((row) => row.indicator_id === 'referrals' && row.period === '2026-02')!;
    assert.equal(Number(feb.numerator), 2);
    assert.equal(Number(first.find((r) => r.indicator_id === 'referrals' && r.period === '2026-03-ytd')!.value), 2);
    await refreshIndicatorValues(db, month);
    const again = await db.selectFrom('indicator_values').selectAll().execute();
    assert.equal(again.length, first.length);
    assert.ok(again[0]!.computed_at >= first[0]!.computed_at);
  });

  test('the dashboard shows each indicator’s month, year to date and trend, its chart named and its figures in a table', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const response = await agent.get('/indicators');
    assert.equal(response.status, 200);
    const $ = pageOf(response.text);
    assert.equal($('.harbour-indicator-tile').length, indicators.length);
    const tile = $('.harbour-indicator-tile').filter((_i, el) => $(el).find('h3').text().trim() === 'Referrals');
    assert.match(tile.text(), /In February 2026\s+2/);
    assert.match(tile.text(), /Up from 0 in January 2026/);
    const svg = tile.find('svg');
    assert.equal(svg.attr('role'), 'img');
    assert.match(svg.attr('aria-label')!, /^Referrals, each month from March 2024 to February 2026/);
    assert.equal(svg.find('title').first().text(), svg.attr('aria-label'));
    const rows = tile
      .find('details tbody tr')
      .map((_i, tr) => $(tr).text().replace(/\s+/g, ' ').trim())
      .get();
    assert.equal(rows.length, 24);
    assert.equal(rows.at(-1), 'February 2026 2 2');
    assert.ok($('button:contains("Recompute now")').length);
  });

  test('a leader sees the dashboard with figures under 5 withheld and no button to recompute', async () => {
    const agent = await signedInAgent(harbour, 'leader');
    const response = await agent.get('/indicators');
    assert.equal(response.status, 200);
    const $ = pageOf(response.text);
    const tile = $('.harbour-indicator-tile').filter((_i, el) => $(el).find('h3').text().trim() === 'Referrals');
    assert.match(tile.text(), /In February 2026\s+fewer than 5/);
    assert.doesNotMatch(tile.text(), /Up from/);
    assert.equal($('button:contains("Recompute now")').length, 0);
  });

  test('the children behind a figure name only the children the person may know of, and the list is audited', async () => {
    const agent = await signedInAgent(harbour, 'team-manager');
    const response = await agent.get('/indicators/referrals?period=2026-02');
    assert.equal(response.status, 200);
    const $ = pageOf(response.text);
    const children = $('#children').nextAll('table').first();
    assert.deepEqual(
      children
        .find('tbody tr')
        .map((_i, tr) => $(tr).text().trim())
        .get(),
      ['Perpetua Figures'],
    );
    assert.equal(children.find('a').attr('href'), `/children/${open}`);
    assert.match($.text(), /1 more child has a restricted record you may not open/);
    assert.doesNotMatch(response.text, /Concealed/);
    const audit = await harbour.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'children-listed')
      .where('username', '=', 'test-team-manager')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(audit.detail.path, '/indicators/referrals');
    assert.equal(audit.detail.indicator, 'referrals');
    assert.deepEqual(audit.detail.childIds, [open]);
  });

  test('a leader’s indicator page names no child and withholds the small figure', async () => {
    const agent = await signedInAgent(harbour, 'leader');
    const response = await agent.get('/indicators/referrals?period=2026-02');
    assert.equal(response.status, 200);
    assert.doesNotMatch(response.text, /Perpetua|Figures<|Concealed/);
    assert.equal(pageOf(response.text)('#children').length, 0);
    assert.match(response.text, /fewer than 5/);
  });

  test('an indicator’s page leads to each of its breakdowns and its downloads; the dashboard to the committee report', async () => {
    const agent = await signedInAgent(harbour, 'leader');
    const $ = pageOf((await agent.get('/indicators/referrals?period=2026-02')).text);
    const links = (list: string) =>
      $(`${list} a`)
        .map((_i, a) => $(a).attr('href'))
        .get();
    assert.deepEqual(
      links('#breakdowns'),
      (indicators.find((indicator) => indicator.id === 'referrals')!.breakdowns ?? []).map(
        (by) => `/indicators/referrals/breakdown?by=${by}&period=2026-02`,
      ),
    );
    assert.ok(links('#breakdowns').length >= 2);
    assert.deepEqual(links('#downloads'), ['/indicators/referrals/series.csv', '/indicators/referrals/series.xlsx']);
    for (const href of [...links('#breakdowns'), ...links('#downloads')]) await agent.get(href).expect(200);
    const dashboard = pageOf((await agent.get('/indicators')).text);
    assert.equal(dashboard('main a[href="/indicators/report"]').length, 1);
  });

  test('commentary keeps every version: the latest shown, earlier ones behind “show earlier versions”', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const token = await csrfTokenFrom(agent, '/indicators/referrals');
    const empty = await agent
      .post('/indicators/referrals/commentary')
      .type('form')
      .send({ _csrf: token, period: '2026-02', commentary: '   ' });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), ['Enter the commentary']);
    const badPeriod = await agent
      .post('/indicators/referrals/commentary')
      .type('form')
      .send({ _csrf: token, period: '1999-01', commentary: 'Kept text' });
    assert.equal(badPeriod.status, 400);
    assert.match(badPeriod.text, /Kept text/);
    for (const text of ['First reading: two referrals.', 'Second reading: both from schools.'])
      assert.equal(
        (
          await agent
            .post('/indicators/referrals/commentary')
            .type('form')
            .send({ _csrf: token, period: '2026-02', commentary: text })
        ).status,
        302,
      );
    const $ = pageOf((await agent.get('/indicators/referrals?period=2026-02')).text);
    const commentary = $('#commentary').nextUntil('h3');
    assert.match(commentary.first().text(), /Second reading: both from schools\./);
    assert.match(commentary.first().text(), /Test analyst|test/i);
    assert.match($('details:contains("Show earlier versions")').text(), /First reading: two referrals\./);
    const rows = await harbour.database.db.selectFrom('indicator_commentary').selectAll().execute();
    assert.equal(rows.length, 2);
    const other = pageOf((await agent.get('/indicators/referrals?period=2026-01')).text);
    assert.match(other('#commentary').next().text(), /No commentary has been written/);
  });

  test('a benchmarks CSV with a bad row loads nothing and says which line; a good one loads', async () => {
    const agent = await signedInAgent(harbour, 'administrator');
    const token = await csrfTokenFrom(agent, '/indicators/benchmarks');
    const bad = await agent.post('/indicators/benchmarks').type('form').send({
      _csrf: token,
      csv: 'indicator,year,area,value,source\nreferral-rate,2023-24,England,520,DfE\nreferral-rate,2023-24,Region,lots,DfE\n',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), ['Line 3: The value must be a number like 520 or 22.5, not "lots"']);
    assert.equal((await harbour.database.db.selectFrom('indicator_benchmarks').selectAll().execute()).length, 0);
    const good = await agent.post('/indicators/benchmarks').type('form').send({
      _csrf: token,
      csv: 'indicator,year,area,value,source\nre-referrals,2023-24,England,22,DfE CIN 2023-24\n',
    });
    assert.equal(good.status, 302);
    const page = await (await signedInAgent(harbour, 'inspector')).get('/indicators/re-referrals');
    assert.match(page.text, /22\.0%[\s\S]*DfE CIN 2023-24/);
  });

  test('a target set by an analyst is shown on the dashboard with its RAG; a stale version is refused', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const form = pageOf((await agent.get('/indicators/targets')).text);
    const version = form('input[name="version"]').val() as string;
    const token = await csrfTokenFrom(agent, '/indicators/targets');
    const saved = await agent
      .post('/indicators/targets')
      .type('form')
      .send({ _csrf: token, version, 'target-re-referrals': '15' });
    assert.equal(saved.status, 302);
    const stale = await agent
      .post('/indicators/targets')
      .type('form')
      .send({ _csrf: token, version, 'target-re-referrals': '12' });
    assert.equal(stale.status, 409);
    const bad = await agent
      .post('/indicators/targets')
      .type('form')
      .send({ _csrf: token, version: String(Number(version) + 1), 'target-re-referrals': 'fifteen' });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /value="fifteen"/);
    const $ = pageOf((await agent.get('/indicators')).text);
    const tile = $('.harbour-indicator-tile').filter((_i, el) =>
      $(el).find('h3').text().trim().startsWith('Re-referrals'),
    );
    assert.match(tile.text(), /Target\s+15\.0%/);
  });

  test('“Recompute now” runs the refresh in the background', async () => {
    const db = harbour.database.db;
    await db.deleteFrom('indicator_values').execute();
    const agent = await signedInAgent(harbour, 'analyst');
    const token = await csrfTokenFrom(agent, '/indicators');
    const response = await agent.post('/indicators/recompute').type('form').send({ _csrf: token });
    assert.equal(response.headers.location, '/indicators');
    for (let i = 0; i < 200; i++) {
      const job = await db
        .selectFrom('background_jobs')
        .selectAll()
        .where('kind', '=', 'indicator-values')
        .executeTakeFirst();
      if (job?.state === 'done' || job?.state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const job = await db
      .selectFrom('background_jobs')
      .selectAll()
      .where('kind', '=', 'indicator-values')
      .executeTakeFirstOrThrow();
    assert.equal(job.state, 'done', job.error ?? '');
    assert.equal(job.done, indicators.length);
    assert.ok((await db.selectFrom('indicator_values').select('period').execute()).length > 0);
  });

  test('a refresh starts only when the stored figures are more than a day old', async () => {
    const db = harbour.database.db;
    const jobs = () => db.selectFrom('background_jobs').select('id').where('kind', '=', 'indicator-values').execute();
    const before = (await jobs()).length;
    await refreshIfStale(db, harbour.jobs, new Date());
    assert.equal((await jobs()).length, before);
    await refreshIfStale(db, harbour.jobs, new Date(Date.now() + 25 * 60 * 60 * 1000));
    assert.equal((await jobs()).length, before + 1);
  });

  test('figures computed before every child’s due items were rebuilt are stale: the on-time figures read them', async () => {
    const db = harbour.database.db;
    const now = new Date();
    assert.equal(await indicatorValuesStale(db, now), false);
    const finished = new Date(now.getTime() + 60_000);
    await db
      .insertInto('background_jobs')
      .values({ kind: 'due-items-rebuild', state: 'done', requested_by: 'test', finished_at: finished })
      .execute();
    assert.equal(await indicatorValuesStale(db, now), true);
  });

  test('the analyst’s home page leads to the dashboard', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const $ = pageOf((await agent.get('/')).text);
    assert.equal($('#performance').length, 1);
    assert.ok($('a[href="/indicators"]').length);
  });
});
