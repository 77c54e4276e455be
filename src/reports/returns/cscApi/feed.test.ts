import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { recordsTestContext, type RecordsTestContext } from '../../../app/testing/records.ts';
import { inspectionAsAt, inspectionCounty } from '../../../app/testing/inspectionFixtures.ts';
import { aChild } from '../../../app/testing/records.ts';
import { recordReferral } from '../../../areas/assessment/store.ts';
import { startPeriodOfCare } from '../../../areas/care/store.ts';
import { startChildInNeedPlan } from '../../../areas/planning/store.ts';
import { exportCscApi } from './feed.ts';
import { sendCscApi, type CscApiConfig } from './send.ts';
import type { CscChild } from './shape.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const openapi = JSON.parse(fs.readFileSync(new URL('./dfe/openapi.json', import.meta.url), 'utf8')) as {
  components: { schemas: { CSC: object } };
};
// strict off: the DfE's schema carries OpenAPI's `example` keyword, which JSON Schema does not define.
const validate = addFormats(new Ajv({ strict: false, allErrors: true })).compile(openapi.components.schemas.CSC);

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'csc-api-'));
const filesIn = (dir: string) =>
  fs
    .readdirSync(dir)
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as CscChild[]);

/** The DfE's API and token service as a local stand-in: each call answered by the test's script. */
async function standIn(
  answer: (call: { token: string; children: CscChild[]; number: number }) => {
    status: number;
    headers?: Record<string, string>;
  },
) {
  const calls: { token: string; children: CscChild[]; status: number }[] = [];
  let tokensIssued = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/token') {
        const form = new URLSearchParams(body);
        assert.equal(form.get('grant_type'), 'client_credentials');
        assert.equal(form.get('client_secret'), 'secret');
        tokensIssued += 1;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ access_token: `token-${tokensIssued}`, expires_in: 3600 }));
        return;
      }
      assert.equal(request.url, '/api/children_social_care_data/893/children');
      const token = (request.headers.authorization ?? '').replace('Bearer ', '');
      const children = JSON.parse(body) as CscChild[];
      const { status, headers } = answer({ token, children, number: calls.length + 1 });
      calls.push({ token, children, status });
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(status === 200 ? JSON.stringify(crypto.randomUUID()) : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const config: CscApiConfig = {
    baseUrl: `http://127.0.0.1:${port}/api`,
    laCode: 893,
    tokenUrl: `http://127.0.0.1:${port}/token`,
    clientId: 'harbour',
    clientSecret: 'secret',
  };
  return { config, calls, tokens: () => tokensIssued, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('CSC API export and send', () => {
  let context: RecordsTestContext;
  let county: Awaited<ReturnType<typeof inspectionCounty>>;

  before(async () => {
    context = await recordsTestContext();
    county = await inspectionCounty(context.db, context.actor);
    // Ada came into care in April, during her episode: her record has CIN, CP and care records.
    await startPeriodOfCare(context.db, context.actor, {
      childId: county.ada,
      startDate: '2026-04-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
      placementPostcode: 'SY2 5AA',
    });
  });
  after(() => context.database.close());

  it('validates against the DfE schema, with a child’s CIN, CP and care records in their episode', async () => {
    const dir = tempDir();
    const { files } = await exportCscApi(context.db, context.actor, { asAt: inspectionAsAt, dir });
    assert.equal(files.length, 1);
    const [batch] = filesIn(dir);
    assert.ok(validate(batch), JSON.stringify(validate.errors));
    const ada = batch!.find((child) => child.la_child_id === String(county.ada))!;
    const episode = ada.social_care_episodes!.find((e) => e.social_care_episode_id === String(county.referral.id))!;
    assert.equal(episode.referral_date, '2026-02-04');
    assert.equal(episode.child_and_family_assessments!.length, 1);
    assert.deepEqual(
      episode.section_47_assessments!.map((s) => [s.icpc_required_flag, s.icpc_date]),
      [[true, '2026-02-20']],
    );
    assert.deepEqual(episode.child_protection_plans, [
      { child_protection_plan_id: String(county.plan.id), start_date: '2026-02-20' },
    ]);
    assert.deepEqual(
      episode.child_looked_after_placements!.map((p) => [p.start_date, p.start_reason, p.placement_type, p.postcode]),
      [['2026-04-01', 'S', 'U4', 'SY2 5AA']],
    );
    // Ben's record is restricted: he is sent (by his id), not named.
    const ben = batch!.find((child) => child.la_child_id === String(county.ben))!;
    assert.equal(ben.child_details!.first_name, undefined);
    const audited = await context.db
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'children-listed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal((audited.detail as { export: string; count: number }).count, batch!.length);
    fs.rmSync(dir, { recursive: true });
  });

  it('sends with a refreshed token after a 401, waits out a 429, halves a batch on 413, and stores the receipts', async () => {
    const dee = await aChild(context.db, context.actor, { forename: 'Dee', dateOfBirth: '2012-02-02' });
    await recordReferral(context.db, context.actor, { childId: dee, referralDate: '2026-05-01', source: '1A' });
    const dir = tempDir();
    await exportCscApi(context.db, context.actor, { asAt: inspectionAsAt, dir });
    const [batch] = filesIn(dir);
    const server = await standIn(({ children, number }) => {
      if (number === 1) return { status: 401 };
      if (number === 2) return { status: 429, headers: { 'retry-after': '7' } };
      return children.length > 2 ? { status: 413 } : { status: 200 };
    });
    const slept: number[] = [];
    try {
      const receipts = await sendCscApi(context.db, server.config, dir, {
        sleep: (ms) => (slept.push(ms), Promise.resolve()),
        backoffMs: 10,
      });
      assert.equal(server.calls[0]!.token, 'token-1');
      assert.equal(server.calls[1]!.token, 'token-2', 'the refused token is fetched again');
      assert.equal(slept[1], 7000, 'the 429 waits as Retry-After says');
      assert.deepEqual(
        server.calls.map((call) => [call.status, call.children.length]),
        [
          [401, 4],
          [429, 4],
          [413, 4],
          [200, 2],
          [200, 2],
        ],
      );
      assert.deepEqual(
        receipts.map((receipt) => receipt.children),
        [2, 2],
      );
      const stored = await context.db
        .selectFrom('csc_api_receipts')
        .select(['receipt', 'children'])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        stored.map((row) => row.children),
        [2, 2],
      );
      assert.match(stored[0]!.receipt, /^[0-9a-f-]{36}$/);
      const sent = await context.db.selectFrom('csc_api_sent').select('la_child_id').orderBy('la_child_id').execute();
      assert.deepEqual(sent.map((row) => row.la_child_id).sort(), batch!.map((child) => child.la_child_id).sort());
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true });
    }

    // Since then: Ada's CIN plan starts and Dee's referral is withdrawn (recorded in error).
    await startChildInNeedPlan(context.db, context.actor, { childId: county.ada, startDate: '2026-06-01' });
    await context.db.deleteFrom('referrals').where('child_id', '=', dee).execute();
    const since = tempDir();
    const { children, purged } = await exportCscApi(context.db, context.actor, {
      asAt: inspectionAsAt,
      dir: since,
      since: new Date().toISOString().slice(0, 10),
    });
    const [delta] = filesIn(since);
    assert.ok(validate(delta), JSON.stringify(validate.errors));
    assert.deepEqual(
      delta!.map((child) => [child.la_child_id, child.purge ?? false]),
      [
        [String(county.ada), false],
        [String(dee), true],
      ],
    );
    assert.equal(children, 2);
    assert.equal(purged, 1);
    fs.rmSync(since, { recursive: true });
  });

  it('refuses a since date with nothing sent on or after it', async () => {
    await assert.rejects(
      exportCscApi(context.db, context.actor, { asAt: inspectionAsAt, dir: tempDir(), since: '2999-01-01' }),
      /sent nothing to the CSC API on or since 2999-01-01/,
    );
  });
});
