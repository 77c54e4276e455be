import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { csrfTokenFrom, signedInAgent, testHarbour, type TestHarbour } from './testing/testApp.ts';

describe('bad requests get GOV.UK error pages, never a 500', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour();
  });
  after(() => harbour.close());

  test('a form posted without a CSRF token is refused with a 403 page', async () => {
    const agent = await signedInAgent(harbour, 'administrator');
    const response = await agent
      .post('/admin/users/new')
      .type('form')
      .send({ username: 'sneaky', displayName: 'Sneaky', roles: 'administrator', password: 'a-long-password-1' });
    assert.equal(response.status, 403);
    assert.match(response.text, /This form has expired/);
    const sneaky = await harbour.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'sneaky')
      .executeTakeFirst();
    assert.equal(sneaky, undefined, 'nothing was saved');
  });

  test('a form posted with a token from another session is refused', async () => {
    const other = await signedInAgent(harbour, 'administrator');
    const token = await csrfTokenFrom(other, '/admin/users/new');
    const agent = await signedInAgent(harbour, 'administrator');
    const response = await agent.post('/admin/users/new').type('form').send({ _csrf: token, username: 'sneaky2' });
    assert.equal(response.status, 403);
  });

  test('an oversized body gets a 400 page', async () => {
    const agent = await signedInAgent(harbour, 'administrator');
    const token = await csrfTokenFrom(agent, '/admin/users/new');
    const response = await agent
      .post('/admin/users/new')
      .type('form')
      .send(`_csrf=${encodeURIComponent(token)}&displayName=${'x'.repeat(300_000)}`);
    assert.equal(response.status, 400);
    assert.match(response.text, /there is a problem with what was sent/);
  });

  test('a body with too many fields gets a 400 page', async () => {
    const response = await request(harbour.app)
      .post('/sign-in')
      .type('form')
      .send(Array.from({ length: 1000 }, (_, i) => `f${i}=1`).join('&'));
    assert.equal(response.status, 400);
  });

  test('a body in an unsupported character set gets a 400 page', async () => {
    const response = await request(harbour.app)
      .post('/sign-in')
      .set('Content-Type', 'application/x-www-form-urlencoded; charset=klingon')
      .send('username=a');
    assert.equal(response.status, 400);
  });

  test('a malformed address gets a 400 page, an unknown one a 404 page', async () => {
    const agent = await signedInAgent(harbour, 'administrator');
    const malformed = await agent.get('/admin/users/%E0%A4%A');
    assert.ok([400, 404].includes(malformed.status), `got ${malformed.status}`);
    const unknown = await agent.get('/no/such/page');
    assert.equal(unknown.status, 404);
    assert.match(unknown.text, /Page not found/);
    const unknownUser = await agent.get('/admin/users/999999');
    assert.equal(unknownUser.status, 404);
    const notANumber = await agent.get('/admin/users/abc');
    assert.equal(notANumber.status, 404);
  });

  test('pages carry a CSP with a nonce that matches the inline script', async () => {
    const response = await request(harbour.app).get('/sign-in');
    const csp = response.headers['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce);
    assert.match(response.text, new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, (c) => `\\${c}`)}">`));
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(response.headers['x-powered-by'], undefined);
  });

  test('the health check reports the database', async () => {
    const response = await request(harbour.app).get('/health');
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, { status: 'ok', database: 'ok' });
  });

  test('assets are served, and the stylesheet uses no GDS Transport font', async () => {
    const css = await request(harbour.app).get('/assets/harbour.css');
    assert.equal(css.status, 200);
    assert.doesNotMatch(css.text, /GDS Transport/);
    assert.match(css.text, /govuk-header|govuk-service-navigation/);
    assert.equal((await request(harbour.app).get('/assets/govuk-frontend.min.js')).status, 200);
    assert.equal((await request(harbour.app).get('/assets/harbour.mjs')).status, 200);
    assert.equal((await request(harbour.app).get('/assets/images/harbour-favicon.svg')).status, 200);
  });
});
