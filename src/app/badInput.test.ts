import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import {
  csrfTokenFrom,
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
} from './testing/testApp.ts';
import { testActor } from './testing/actors.ts';
import { testPassword, testUsername } from './testing/testDatabase.ts';
import { aChild } from './testing/records.ts';
import { unstorableMessage } from '../platform/web/input.ts';

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

  // Issue 9: a NUL, a year 0000 or a number past PostgreSQL's integer was a 500 (and lost what was typed).
  describe('hidden characters, impossible dates and huge numbers', () => {
    test('a NUL in the sign-in form is an error on the field, the username kept without it', async () => {
      const agent = request.agent(harbour.app);
      const response = await submitForm(agent, '/sign-in', '/sign-in', {
        username: `${testUsername('practitioner')}\u0000`,
        password: testPassword,
      });
      assert.equal(response.status, 400);
      assert.deepEqual(errorSummary(response.text), [unstorableMessage]);
      assert.equal(pageOf(response.text)('input[name="username"]').val(), testUsername('practitioner'));
      const noNul = await submitForm(agent, '/sign-in', '/sign-in', {
        username: testUsername('practitioner'),
        password: `${testPassword}\u0000`,
      });
      assert.equal(noNul.status, 400, 'a password is never signed in with characters taken out');
    });

    test('a NUL in the front door contact form is an error, and the details typed are shown again', async () => {
      const childId = await aChild(harbour.database.db, await testActor(harbour.database.db, 'front-door'));
      const agent = await signedInAgent(harbour, 'front-door');
      const token = await csrfTokenFrom(agent, '/sign-out');
      await agent.post('/front-door/contacts/new/child').type('form').send({ _csrf: token, childId }).expect(302);
      await agent.post('/front-door/contacts/new/household').type('form').send({ _csrf: token }).expect(302);
      const concerns = 'Police called to the home at 2am.\nNeighbours heard shouting.';
      const response = await agent
        .post('/front-door/contacts/new/details')
        .type('form')
        .send({
          _csrf: token,
          ...dateFields('receivedAt', '2026-11-24'),
          'receivedAt-time': '10:00',
          source: '6',
          sourceDetail: 'PC Smith\u0000',
          levelOfNeed: '2',
          consent: 'given',
          concerns: `${concerns}\u0000\u0007`,
        });
      assert.equal(response.status, 400);
      assert.ok(errorSummary(response.text).includes(unstorableMessage), errorSummary(response.text).join('; '));
      const page = pageOf(response.text);
      assert.equal(page('textarea[name="concerns"]').text().trim(), concerns);
      assert.equal(page('input[name="sourceDetail"]').val(), 'PC Smith');
      // Still in progress, without the bad characters: the details page shows them again.
      const again = await agent.get('/front-door/contacts/new/details');
      assert.equal(again.status, 200);
      assert.equal(pageOf(again.text)('textarea[name="concerns"]').text().trim(), concerns);
    });

    test('a date in year 0000 (or 99999) is an error on the date, not a 500', async () => {
      const agent = await signedInAgent(harbour, 'practitioner');
      for (const year of ['0000', '99999', '1899']) {
        const response = await submitForm(agent, '/children/new', '/children/new', {
          forename: 'Yara',
          surname: 'Zero',
          sex: 'F',
          'dateOfBirth-day': '1',
          'dateOfBirth-month': '1',
          'dateOfBirth-year': year,
        });
        assert.equal(response.status, 400, `year ${year}`);
        assert.match(
          errorSummary(response.text).join(' '),
          /Date of birth must be (between 1900 and 2100|a real date)/,
        );
        assert.equal(pageOf(response.text)('input[name="forename"]').val(), 'Yara', 'what was typed is kept');
      }
    });

    test('an id of 2147483648 (past PostgreSQL integer) is a page that does not exist', async () => {
      const agent = await signedInAgent(harbour, 'administrator');
      for (const path of ['/admin/users/2147483648', '/admin/users/99999999999999999999']) {
        const response = await agent.get(path);
        assert.equal(response.status, 404, path);
      }
      const practitioner = await signedInAgent(harbour, 'practitioner');
      for (const path of ['/children/2147483648', '/children/2147483648/chronology']) {
        const response = await practitioner.get(path);
        assert.equal(response.status, 404, path);
      }
      const token = await csrfTokenFrom(agent, '/admin/users/new');
      const post = await agent.post('/admin/users/2147483648/status').type('form').send({ _csrf: token });
      assert.equal(post.status, 404);
    });

    test('a version of 99999999999 asks the person to reload, not a 500', async () => {
      const agent = await signedInAgent(harbour, 'administrator');
      const user = await harbour.database.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', testUsername('inspector'))
        .executeTakeFirstOrThrow();
      const response = await submitForm(agent, `/admin/users/${user.id}`, `/admin/users/${user.id}/status`, {
        version: '99999999999',
        action: 'disable',
      });
      assert.equal(response.status, 400);
      assert.deepEqual(errorSummary(response.text), ['Reload the page and try again']);
    });

    test('a NUL in a search is searched without it, never a 500', async () => {
      const agent = await signedInAgent(harbour, 'practitioner');
      const response = await agent.get('/children?q=Ab%00c');
      assert.ok(response.status < 500, `got ${response.status}`);
    });
  });
});
