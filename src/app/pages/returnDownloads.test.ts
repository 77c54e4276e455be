// The Returns page's downloads: an analyst's request refused plainly when it is incomplete, a build
// run as its job runs it, the file downloaded with its type and name (audited with the children in
// it), and nobody without `returns:export` asking for or downloading one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { testActor } from '../testing/actors.ts';
import { aChild } from '../testing/records.ts';
import {
  dateFields,
  errorSummary,
  jobsRecordedOnly,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../testing/testApp.ts';
import { startPeriodOfCare } from '../../areas/care/store.ts';
import { runJob } from '../../platform/jobs/jobs.ts';

/** A file downloaded, its body as one buffer. */
const downloaded = (agent: Agent, path: string) =>
  agent
    .get(path)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

describe('downloading a return from the Returns page', () => {
  let harbour: TestHarbour;
  let nell: number;

  before(async () => {
    // Jobs are recorded but left for the test to run, as the queue would.
    harbour = await testHarbour({}, { jobs: jobsRecordedOnly });
    const db = harbour.database.db;
    const actor = await testActor(db, 'service-manager');
    nell = await aChild(db, actor, { forename: 'Nell', surname: 'Exported', dateOfBirth: '2014-05-05' });
    await startPeriodOfCare(db, actor, {
      childId: nell,
      startDate: harbour.clock.today().subtract({ days: 20 }).toString(),
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
      placementPostcode: 'SY1 1AA',
      homePostcode: 'SY2 2BB',
      placementLocalAuthority: null,
    });
  });
  after(() => harbour.close());

  const ask = async (fields: Record<string, string>) =>
    submitForm(await signedInAgent(harbour, 'analyst'), '/returns', '/returns/downloads', fields);

  test('an incomplete request is refused with the GOV.UK error summary, never built', async () => {
    const noKind = await ask({});
    assert.equal(noKind.status, 400);
    assert.deepEqual(errorSummary(noKind.text), ['Choose the return to download']);
    const noYear = await ask({ kind: '903' });
    assert.deepEqual(errorSummary(noYear.text), ['Choose the collection year']);
    const wrongYear = await ask({ kind: 'cin', year: '1999-00' });
    assert.deepEqual(errorSummary(wrongYear.text), ['Choose the collection year']);
    const notADate = await ask({ kind: 'annex-a', 'asAt-day': '31', 'asAt-month': '2', 'asAt-year': '2026' });
    assert.deepEqual(errorSummary(notADate.text), ['The as-at date must be a real date']);
    const future = await ask({ kind: 'csc-api', ...dateFields('asAt', '2027-01-01') });
    assert.deepEqual(errorSummary(future.text), ['The as-at date must be today or in the past']);
    assert.equal((await ask({ kind: 'nonsense' })).status, 400);
    const { count } = await harbour.database.db
      .selectFrom('return_files')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count), 0);
  });

  test('the 903 is built by its job and downloads as a ZIP of the tables, audited', async () => {
    const db = harbour.database.db;
    const agent = await signedInAgent(harbour, 'analyst');
    const asked = await submitForm(agent, '/returns', '/returns/downloads', { kind: '903', year: '2026-27' });
    assert.equal(asked.status, 302);
    const waiting = tableRows((await agent.get('/returns')).text, '#return-files');
    assert.match(waiting[0]!, /^SSDA903.*\|2026-27\|.*\|Waiting\|$/);
    const file = await db.selectFrom('return_files').select(['id', 'job_id']).executeTakeFirstOrThrow();
    await runJob(db, file.job_id);
    const job = await db
      .selectFrom('background_jobs')
      .selectAll()
      .where('id', '=', file.job_id)
      .executeTakeFirstOrThrow();
    assert.equal(job.state, 'done', job.error ?? '');
    assert.deepEqual([job.done, job.total], [3, 3]);
    const ready = tableRows((await agent.get('/returns')).text, '#return-files');
    assert.match(ready[0]!, /\|Ready\|Download ssda903-2026-27\.zip$/);

    const download = await agent
      .get(`/returns/downloads/${file.id}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    assert.equal(download.status, 200);
    assert.equal(download.headers['content-type'], 'application/zip');
    assert.match(download.headers['content-disposition'] ?? '', /^attachment; filename="?ssda903-2026-27\.zip"?$/);
    const zip = await JSZip.loadAsync(download.body as Buffer);
    assert.ok(zip.file('previous/Header.csv'), 'last year’s tables, for the rules that compare');
    const header = await zip.file('Header.csv')!.async('string');
    assert.match(header, new RegExp(`^${nell},`, 'm'), 'the child is in the Header');

    const audited = await db
      .selectFrom('audit_events')
      .select(['username', 'detail'])
      .where('event', '=', 'children-listed')
      .orderBy('id')
      .execute();
    const details = audited.map((row) => row.detail);
    assert.ok(
      details.some((detail) => detail.export === 'SSDA903' && (detail.childIds as number[]).includes(nell)),
      'the build is audited as the export, once',
    );
    const downloads = details.filter((detail) => detail.download === '903');
    assert.equal(downloads.length, 1, 'the download is audited as a view of the children in it');
    assert.deepEqual(downloads[0]!.childIds, [nell]);
  });

  test('the census downloads as XML', async () => {
    const db = harbour.database.db;
    const agent = await signedInAgent(harbour, 'analyst');
    await submitForm(agent, '/returns', '/returns/downloads', { kind: 'cin', year: '2026-27' });
    const file = await db
      .selectFrom('return_files')
      .select(['id', 'job_id'])
      .where('return_kind', '=', 'cin')
      .executeTakeFirstOrThrow();
    await runJob(db, file.job_id);
    const download = await agent.get(`/returns/downloads/${file.id}`);
    assert.equal(download.status, 200);
    assert.match(download.headers['content-type'] ?? '', /^application\/xml/);
    assert.match(download.headers['content-disposition'] ?? '', /filename="?cin-census-2026-27\.xml"?$/);
    assert.match(download.text, /<Message/);
  });

  test('Annex A downloads as a workbook and the CSC API feed as a ZIP of its JSON files', async () => {
    const db = harbour.database.db;
    const agent = await signedInAgent(harbour, 'analyst');
    const asAt = harbour.clock.today().toString();
    for (const kind of ['annex-a', 'csc-api']) {
      await submitForm(agent, '/returns', '/returns/downloads', { kind, ...dateFields('asAt', asAt) });
      const file = await db
        .selectFrom('return_files')
        .select(['id', 'job_id'])
        .where('return_kind', '=', kind as 'annex-a' | 'csc-api')
        .executeTakeFirstOrThrow();
      await runJob(db, file.job_id);
      const download = await downloaded(agent, `/returns/downloads/${file.id}`);
      assert.equal(download.status, 200, kind);
      const zip = await JSZip.loadAsync(download.body as Buffer);
      if (kind === 'annex-a') {
        assert.equal(
          download.headers['content-type'],
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
        assert.ok(zip.file('xl/workbook.xml'), 'an Excel workbook');
      } else {
        assert.equal(download.headers['content-type'], 'application/zip');
        const feed = JSON.parse(await zip.file('csc-api-0001.json')!.async('string')) as { la_child_id: string }[];
        assert.ok(
          feed.some((child) => child.la_child_id === String(nell)),
          'the child is in the feed',
        );
      }
    }
  });

  test('only those who may export the returns ask for or download one', async () => {
    const file = await harbour.database.db.selectFrom('return_files').select('id').executeTakeFirstOrThrow();
    const practitioner = await signedInAgent(harbour, 'practitioner');
    assert.equal((await practitioner.get(`/returns/downloads/${file.id}`)).status, 403);
    const manager = await signedInAgent(harbour, 'service-manager');
    const page = await manager.get('/returns');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /Download a return/, 'a manager sees the findings, not the downloads');
    assert.equal((await manager.get(`/returns/downloads/${file.id}`)).status, 403);
    const analyst = await signedInAgent(harbour, 'analyst');
    assert.equal((await analyst.get('/returns/downloads/999999')).status, 404);
    assert.equal((await analyst.get('/returns/downloads/nonsense')).status, 404);
  });
});
