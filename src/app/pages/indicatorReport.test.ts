// The performance report's pages on hand-made referrals: the breakdown by locality and its map,
// small numbers withheld from leaders, the committee report, its PDF, and the CSV and XLSX exports.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { pageOf, signedInAgent, testHarbour, type Agent, type TestHarbour } from '../testing/testApp.ts';
import { chromiumPath } from './indicatorReportPdf.ts';
import { fixtureChild, fixturePopulation, fixtureRows } from '../testing/indicatorFixtures.ts';
import { testActor } from '../testing/actors.ts';
import { writeCommentary } from '../../reports/indicators/commentary.ts';

/** A table's rows as "header|cell|…", body and foot. */
const rowsOf = (html: string, selector: string) => {
  const $ = pageOf(html);
  return $(selector)
    .first()
    .find('tbody tr, tfoot tr')
    .map((_i, row) =>
      $(row)
        .find('th, td')
        .map((_j, cell) => $(cell).text().trim())
        .get()
        .join('|'),
    )
    .get();
};

/** Collects a binary response body (supertest parses only text without this). */
type BodyParser = Extract<Parameters<ReturnType<Agent['get']>['parse']>[0], (res: never, done: never) => void>;
const binary: BodyParser = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the performance report’s pages', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour();
    const { db } = harbour.database;
    await fixturePopulation(db, 2025, 36_000);
    await fixturePopulation(db, 2026, 36_000);
    // January 2026: six referrals of children living in North, two in South, one with no address.
    const rows = [];
    for (const locality of ['North', 'North', 'North', 'North', 'North', 'North', 'South', 'South', null]) {
      const childId = await fixtureChild(db, { locality });
      rows.push({ child_id: childId, referral_date: '2026-01-10', source: '1A', no_further_action: false });
    }
    await fixtureRows(db, 'referrals', rows);
  });
  after(() => harbour.close());

  test('an analyst sees referrals by locality: the map and the table beside it, every locality listed', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const response = await agent.get('/indicators/referrals/breakdown?by=locality&period=2026-01').expect(200);
    assert.deepEqual(rowsOf(response.text, '#breakdown'), [
      'North|6',
      'East|0',
      'South|2',
      'West|0',
      'Central|0',
      'No home address recorded|1',
      'County|9',
    ]);
    const map = pageOf(response.text)('svg[role="img"]');
    assert.equal(map.length, 1);
    assert.match(map.attr('aria-label')!, /localities shaded by referrals, January 2026/);
    assert.match(map.find('title').text(), /January 2026/);
    // North, the highest, in the darkest shade; the localities with none in the lightest.
    assert.match(response.text, /fill="#08519c"[^>]*\/>\s*<text[^>]*>North<\/text>/);
    assert.match(response.text, /fill="#eff3ff"[^>]*\/>\s*<text[^>]*>East<\/text>/);
  });

  test('a leader sees the figures resting on fewer than 5 children withheld', async () => {
    const agent = await signedInAgent(harbour, 'leader');
    const response = await agent.get('/indicators/referrals/breakdown?by=locality&period=2026-01').expect(200);
    const rows = rowsOf(response.text, '#breakdown');
    assert.ok(rows.includes('North|6'));
    assert.ok(rows.includes('South|fewer than 5'));
    assert.ok(rows.includes('No home address recorded|fewer than 5'));
    assert.match(response.text, /withheld because it rests on fewer than 5 children/);
    assert.match(
      response.text,
      /In a download, a figure withheld because it rests on fewer than 5 children is marked \[c\]/,
    );
  });

  test('a rate per 10,000 by locality shows counts, and says why', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const response = await agent.get('/indicators/referral-rate/breakdown?period=2026-01').expect(200);
    const rows = rowsOf(response.text, '#breakdown');
    assert.ok(rows.includes('North|6'));
    // The county's rate: 9 referrals ÷ 36,000 children × 10,000.
    assert.ok(rows.includes('County|2.5 per 10,000'));
    assert.match(response.text, /no population estimate for each locality/);
  });

  test('by team, the year to date; a period that is not one is an error on the field, not a 500', async () => {
    const agent = await signedInAgent(harbour, 'team-manager');
    const byTeam = await agent.get('/indicators/referrals/breakdown?by=team&period=2026-03-ytd').expect(200);
    assert.deepEqual(rowsOf(byTeam.text, '#breakdown'), ['No team allocated|9', 'County|9']);
    const bad = await agent.get('/indicators/referrals/breakdown?by=locality&period=2026-13');
    assert.equal(bad.status, 400);
    assert.match(bad.text, /Select a month or a year to date/);
    await agent.get('/indicators/no-such-figure/breakdown').expect(404);
    // Referrals closed with no further action have no breakdown.
    await agent.get('/indicators/referrals-nfa/breakdown').expect(404);
  });

  test('a series as CSV: each month and its year to date, with its parts and unit', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const response = await agent.get('/indicators/referral-rate/series.csv?to=2026-02&months=2').expect(200);
    assert.match(response.headers['content-type']!, /text\/csv/);
    assert.deepEqual(response.text.trim().split('\n'), [
      'period,kind,value,numerator,denominator,unit',
      '2026-01,month,2.5,9,0,rate10k',
      '2026-01-ytd,year to date,2.5,9,0,rate10k',
      '2026-02,month,0,0,0,rate10k',
      '2026-02-ytd,year to date,2.5,9,0,rate10k',
    ]);
    const audit = await harbour.database.db
      .selectFrom('audit_events')
      .select(['event', 'detail'])
      .where('event', '=', 'children-listed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(audit.detail.indicator, 'referral-rate');
    assert.deepEqual(audit.detail.childIds, []);
    await agent.get('/indicators/referrals/series.csv?to=2026-13').expect(400);
  });

  test('a series as XLSX, read back cell by cell; a leader’s small figures withheld', async () => {
    const read = async (role: 'analyst' | 'leader') => {
      const agent = await signedInAgent(harbour, role);
      const response = await agent
        .get('/indicators/referrals/series.xlsx?to=2026-01&months=1')
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      return [1, 2, 3].map((row) => (sheet.getRow(row).values as unknown[]).slice(1));
    };
    assert.deepEqual(await read('analyst'), [
      ['period', 'kind', 'value', 'numerator', 'denominator', 'unit'],
      ['2026-01', 'month', 9, 9, 0, 'count'],
      ['2026-01-ytd', 'year to date', 9, 9, 0, 'count'],
    ]);
    const leaders = await read('leader');
    assert.deepEqual(leaders[1], ['2026-01', 'month', 9, 9, 0, 'count'], 'nine is not a small number');
  });

  test('the committee report: a section per area, a chart and the quarter’s months with the year to date', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const form = await agent.get('/indicators/report').expect(200);
    assert.ok(pageOf(form.text)('input[name="indicators"][value="referrals"]').length);
    const query = 'indicators=looked-after&indicators=referrals&quarter=2025-26-Q4';
    const chosen = 'indicators=looked-after&indicators=referrals';
    const response = await agent.get(`/indicators/report?${query}`).expect(200);
    const $ = pageOf(response.text);
    assert.deepEqual(
      $('.harbour-report h2')
        .map((_i, h) => $(h).text().trim())
        .get(),
      ['Front door and early help', 'Children in care'],
    );
    assert.equal($('.harbour-chart svg[role="img"]').length, 2);
    const table = $('.harbour-report-figure').first().find('table').first();
    assert.deepEqual(
      table
        .find('tr')
        .map((_i, row) => $(row).text().replace(/\s+/g, ' ').trim())
        .get(),
      ['January 2026 9', 'February 2026 0', 'March 2026 0', 'Year to date (April 2025 to March 2026) 9'],
    );
    assert.match(response.text, /No commentary has been written on this figure for the quarter/);
    const csv = await agent.get(`/indicators/report/2025-26-Q4.csv?${chosen}`).expect(200);
    const lines = csv.text.trim().split('\n');
    assert.equal(lines[0], 'indicator,title,period,kind,value,numerator,denominator,unit');
    // Twelve months and their years to date for each indicator, referrals first (the catalogue's order).
    assert.equal(lines.length, 1 + 2 * 24);
    assert.ok(lines.includes('referrals,Referrals,2026-01,month,9,9,0,count'));
  });

  test('the committee report prints the commentary as it now reads on the quarter’s months and year to date, with author and date', async () => {
    const { db } = harbour.database;
    const analyst = { ...(await testActor(db, 'analyst')), displayName: 'Ada Analyst' };
    const write = (period: string, body: string) =>
      writeCommentary(db, analyst, { indicatorId: 'referrals', period, body });
    await write('2026-01', 'First reading of January.');
    await write('2026-01', 'January: nine referrals, six from the North.');
    await write('2026-03-ytd', 'The year: referrals below England.');
    await write('2025-12', 'December belongs to the quarter before.');
    const agent = await signedInAgent(harbour, 'leader');
    const $ = pageOf((await agent.get('/indicators/report?indicators=referrals&quarter=2025-26-Q4').expect(200)).text);
    const notes = $('.harbour-report-commentary')
      .map((_i, note) => $(note).text().replace(/\s+/g, ' ').trim())
      .get();
    assert.equal(notes.length, 2);
    assert.match(
      notes[0]!,
      /^January: nine referrals, six from the North\.\s*On January 2026: Ada Analyst, \d+ \w+ \d{4}/,
    );
    assert.match(
      notes[1]!,
      /^The year: referrals below England\.\s*On the year to date \(April 2025 to March 2026\): Ada Analyst/,
    );
  });

  test('a report without figures, or with a quarter that is not one, is shown again with errors', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const response = await agent.get('/indicators/report?quarter=2025-27-Q3&indicators=referrals');
    assert.equal(response.status, 400);
    assert.match(response.text, /Select a quarter from the list/);
    assert.equal(pageOf(response.text)('input[value="referrals"]').attr('checked'), 'checked');
    const none = await agent.get('/indicators/report?quarter=2025-26-Q3');
    assert.equal(none.status, 400);
    assert.match(none.text, /Select at least one figure/);
    await agent.get('/indicators/report/2025-26-Q3.csv').expect(400);
    await agent.get('/indicators/report/2025-27-Q3.csv?indicators=referrals').expect(404);
    // Crafted queries: a field twice, a NUL, a hundred figures — errors on the page, never a 500.
    for (const query of [
      'quarter=2025-26-Q3&quarter=2025-26-Q2&indicators=referrals',
      'quarter=2025-26-Q3%00&indicators=referrals%00',
      `quarter=2025-26-Q3&${'indicators=referrals&'.repeat(100)}`,
    ])
      assert.equal((await agent.get(`/indicators/report?${query}`)).status, 400, query.slice(0, 80));
    for (const query of ['period=2026-01&period=2026-02', 'by=team&by=locality', 'period=%00', 'by=nowhere'])
      assert.ok([200, 400].includes((await agent.get(`/indicators/referrals/breakdown?${query}`)).status), query);
  });

  test('the PDF is a PDF when Chromium is installed, and a clear page when it is not', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const saved = process.env.CHROMIUM_PATH;
    try {
      process.env.CHROMIUM_PATH = '/no/chromium/here';
      const without = await agent.get('/indicators/report/2025-26-Q4.pdf?indicators=referrals').expect(200);
      assert.match(without.text, /The PDF cannot be made on this server/);
      const page = await agent.get('/indicators/report?indicators=referrals&quarter=2025-26-Q4').expect(200);
      assert.match(page.text, /PDF is not available: this server has no Chromium/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
    // Where this machine has no Chromium the PDF itself cannot be tried.
    if (!chromiumPath()) return;
    const pdf = await agent
      .get('/indicators/report/2025-26-Q4.pdf?indicators=referrals')
      .buffer(true)
      .parse(binary)
      .expect(200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal((pdf.body as Buffer).subarray(0, 5).toString(), '%PDF-');
  });
});
