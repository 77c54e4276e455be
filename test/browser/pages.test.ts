/**
 * Harbour's pages in a real browser (Debian's Chromium driven by playwright-core): every role signs
 * in and walks its service navigation, every page reached is checked with axe-core (WCAG 2.2 AA),
 * the Content Security Policy must never be broken, and the main admin journey must work without
 * JavaScript.
 *
 * Run: node --import tsx --test test/browser/pages.test.ts (or npm run test:browser).
 * One real server (`harbour serve`) is started for the whole file, on embedded PGlite in a fresh
 * temporary directory, or on the PostgreSQL server named by DATABASE_URL when that is set.
 * Chromium is found with `command -v chromium` or CHROMIUM_PATH; screenshots go to test-results/browser/.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { roles, roleTitles, rolesAllow } from '../../src/platform/access/roles.ts';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import {
  assertNoCspProblems,
  at,
  checkPage,
  heading,
  killServerOnExit,
  launchChromium,
  newContext as openContext,
  projectRoot,
  signIn,
  startHarbour,
  stopHarbour,
  testTimeout,
  visit,
  watchedPage as openPage,
  type RunningServer,
  type WatchedPage,
} from './support.ts';

const screenshotDir = path.join(projectRoot, 'test-results', 'browser');

// ---------------------------------------------------------------------------------------------
// The server and the browser, shared by the whole file
// ---------------------------------------------------------------------------------------------

let server: RunningServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

killServerOnExit(() => server);

const url = (pathname: string) => `${server!.baseUrl}${pathname}`;

/** A browser context closed in `after` if its test did not get as far as closing it. */
async function newContext(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  const context = await openContext(browser!, options);
  contexts.push(context);
  return context;
}

const watchedPage = (context: BrowserContext) => openPage(context, server!.baseUrl);

/** GOV.UK Frontend's own script ran: the password input's "Show" button only appears once it has. */
async function assertGovukFrontendStarted(page: Page): Promise<void> {
  await page.locator('body.govuk-frontend-supported').waitFor({ state: 'attached' });
  await page.locator('.govuk-password-input__toggle').first().waitFor({ state: 'visible' });
}

async function signOut(watched: WatchedPage, label: string): Promise<void> {
  const { page } = watched;
  const link = page.locator('.govuk-service-navigation a', { hasText: 'Sign out' });
  await Promise.all([page.waitForURL(at('/sign-out')), link.click()]);
  await checkPage(watched, `${label}: sign-out page`);
  await Promise.all([
    page.waitForURL(at('/signed-out')),
    page.getByRole('button', { name: 'Sign out', exact: true }).click(),
  ]);
  assert.equal(await heading(page), 'You have signed out');
  assert.equal(
    await page.locator('.govuk-service-navigation a', { hasText: 'Sign out' }).count(),
    0,
    'the signed-out page still offers to sign out',
  );
  await checkPage(watched, `${label}: signed-out page`);
  // The session is gone: the home page now asks for a sign-in.
  await page.goto(url('/'));
  await page.waitForURL(at('/sign-in'));
}

/** Every distinct same-site path in the service navigation (the "Harbour" service name link included). */
async function navigationPaths(page: Page): Promise<{ text: string; path: string }[]> {
  const links = page.locator('.govuk-service-navigation a');
  const found: { text: string; path: string }[] = [];
  for (let index = 0; index < (await links.count()); index += 1) {
    const link = links.nth(index);
    const href = await link.getAttribute('href');
    assert.ok(href, 'a service navigation link has no href');
    const target = new URL(href, page.url());
    assert.equal(target.origin, new URL(server!.baseUrl).origin, `service navigation leaves Harbour: ${href}`);
    const pathname = target.pathname + target.search;
    if (!found.some((item) => item.path === pathname))
      found.push({ text: (await link.innerText()).trim(), path: pathname });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------------------------

describe('Harbour in Chromium', { timeout: 15 * 60_000 }, () => {
  before(async () => {
    fs.mkdirSync(screenshotDir, { recursive: true });
    // Both at once, but wait for both: a server that started must be stopped in `after` even if Chromium did not.
    const [started, launched] = await Promise.allSettled([
      startHarbour().then((running) => (server = running)),
      launchChromium().then((opened) => (browser = opened)),
    ]);
    for (const outcome of [started, launched]) if (outcome.status === 'rejected') throw outcome.reason;
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    if (browser) await browser.close();
    if (server) await stopHarbour(server);
  });

  for (const role of roles) {
    test(
      `${roleTitles[role]} (${demoUsername(role)}) signs in, reaches every page in the navigation and signs out`,
      { timeout: testTimeout },
      async () => {
        const context = await newContext();
        const watched = await watchedPage(context);
        const { page } = watched;

        await signIn(watched, demoUsername(role), demoPassword);
        assert.match(await page.locator('main').innerText(), new RegExp(`Signed in as ${demoUsername(role)}`));
        await checkPage(watched, `${role}: home`);

        const navigation = await navigationPaths(page);
        assert.ok(
          navigation.some((item) => item.path === '/'),
          `${role} has no link home`,
        );
        assert.ok(
          navigation.some((item) => item.text === 'Sign out'),
          `${role} has no "Sign out" link`,
        );
        for (const item of navigation) {
          await visit(watched, item.path);
          await checkPage(watched, `${role}: "${item.text}" (${item.path})`);
        }

        // The navigation offers exactly the pages the role may use (the route-by-role test checks the refusals).
        for (const [permission, pathname] of [
          ['users:manage', '/admin/users'],
          ['audit:view', '/admin/audit'],
        ] as const) {
          const offered = navigation.some((item) => item.path === pathname);
          assert.equal(
            offered,
            rolesAllow([role], permission),
            `${role} ${offered ? 'is' : 'is not'} offered ${pathname}`,
          );
        }
        if (rolesAllow([role], 'users:manage')) await administratorPages(watched);

        await signOut(watched, role);
        await context.close();
      },
    );
  }

  test('public pages: sign-in, 404 and the accessibility statement', { timeout: testTimeout }, async () => {
    const context = await newContext();
    const watched = await watchedPage(context);
    const { page } = watched;

    await visit(watched, '/sign-in');
    assert.equal(await heading(page), 'Sign in to Harbour');
    await assertGovukFrontendStarted(page);
    assert.equal(await page.locator('.govuk-service-navigation a', { hasText: 'Sign out' }).count(), 0);
    await checkPage(watched, 'sign-in page');

    await visit(watched, `/no-such-page-${crypto.randomBytes(3).toString('hex')}`, 404);
    assert.equal(await heading(page), 'Page not found');
    await checkPage(watched, '404 page');

    await visit(watched, '/accessibility');
    assert.equal(await heading(page), 'Accessibility statement for Harbour');
    await checkPage(watched, 'accessibility statement');

    await visit(watched, '/signed-out');
    await checkPage(watched, 'signed-out page (visited directly)');

    // Signed-in pages send a visitor to sign in first, and back afterwards.
    await page.goto(url('/admin/audit'));
    await page.waitForURL(at('/sign-in'));
    assert.equal(
      await page.locator('.govuk-inset-text').count(),
      1,
      'the sign-in page does not explain why it is shown',
    );
    await checkPage(watched, 'sign-in page after being sent to it');
    await page.locator('#username').fill(demoUsername('administrator'));
    await page.locator('#password').fill(demoPassword);
    await Promise.all([
      page.waitForURL(at('/admin/audit')),
      page.getByRole('button', { name: 'Sign in', exact: true }).click(),
    ]);
    await context.close();
  });

  test('a wrong password shows the GOV.UK error summary', { timeout: testTimeout }, async () => {
    const context = await newContext();
    const watched = await watchedPage(context);
    const { page } = watched;

    await visit(watched, '/sign-in');
    await page.locator('#username').fill(demoUsername('practitioner'));
    await page.locator('#password').fill('not-the-password');
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.url() === url('/sign-in') && answer.request().method() === 'POST'),
      page.getByRole('button', { name: 'Sign in', exact: true }).click(),
    ]);
    assert.equal(response.status(), 401);
    await page.waitForLoadState('load');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor({ state: 'visible' });
    assert.match(await summary.locator('.govuk-error-summary__title').innerText(), /There is a problem/);
    assert.deepEqual(
      (await summary.locator('.govuk-error-summary__list li').allInnerTexts()).map((text) => text.trim()),
      ['The username or password is not right'],
    );
    assert.equal(await summary.locator('a').first().getAttribute('href'), '#username');
    assert.match(await page.title(), /^Error: /);
    assert.equal(
      await page.locator('#username').inputValue(),
      demoUsername('practitioner'),
      'the username was not kept',
    );
    assert.equal(await page.locator('#password').inputValue(), '', 'the password was shown again');
    await checkPage(watched, 'sign-in page with an error');

    // The practitioner can still sign in (one failure does not lock the account).
    await signIn(watched, demoUsername('practitioner'), demoPassword);
    await context.close();
  });

  test('a practitioner visiting an admin page sees the 403 page', { timeout: testTimeout }, async () => {
    const context = await newContext();
    const watched = await watchedPage(context);
    const { page } = watched;

    await signIn(watched, demoUsername('practitioner'), demoPassword);
    for (const pathname of ['/admin/users', '/admin/audit']) {
      await visit(watched, pathname, 403);
      assert.equal(await heading(page), 'You do not have permission to see this page');
      await checkPage(watched, `403 page (${pathname})`);
    }
    await context.close();
  });

  test('without JavaScript an administrator signs in and adds a user', { timeout: testTimeout }, async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const watched = await watchedPage(context);
    const { page } = watched;
    const username = `nojs.${crypto.randomBytes(3).toString('hex')}`;

    await signIn(watched, demoUsername('administrator'), demoPassword);
    await visit(watched, '/admin/users');
    await Promise.all([
      page.waitForURL(at('/admin/users/new')),
      page.getByRole('button', { name: 'Add a user' }).click(),
    ]);
    assert.equal(await heading(page), 'Add a user');
    assert.equal(await page.locator('body.govuk-frontend-supported').count(), 0, 'JavaScript ran although it was off');

    await page.locator('#username').fill(username);
    await page.locator('#displayName').fill('Nadia Ojo-Script');
    await page.locator('input[name="roles"][value="practitioner"]').check();
    await page.locator('#password').fill('a-long-temporary-pass');
    await Promise.all([
      page.waitForURL(at('/admin/users')),
      page.getByRole('button', { name: 'Add user', exact: true }).click(),
    ]);

    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor({ state: 'visible' });
    assert.match(
      await banner.innerText(),
      new RegExp(`Nadia Ojo-Script can now sign in as ${username.replace('.', '\\.')}`),
    );
    assert.equal(
      await page.locator('.govuk-table__body tr', { hasText: username }).count(),
      1,
      'the new user is not in the list',
    );
    assertNoCspProblems(watched, 'the no-JavaScript journey');

    // And the new user can sign in, still without JavaScript.
    const second = await watchedPage(await newContext({ javaScriptEnabled: false }));
    await signIn(second, username, 'a-long-temporary-pass');
    assertNoCspProblems(second, 'the new user signing in without JavaScript');
    await context.close();
  });

  test('screenshots of the home page and the users page', { timeout: testTimeout }, async () => {
    const context = await newContext();
    const watched = await watchedPage(context);
    const { page } = watched;

    await signIn(watched, demoUsername('administrator'), demoPassword);
    // The layout: the council's generic header (no crown), "Harbour" service navigation, phase banner, footer.
    assert.match(await page.locator('header .govuk-generic-header').innerText(), /Harbour County Council/);
    assert.equal(
      await page
        .locator(
          '.govuk-header__logotype, .govuk-logo-dot, .govuk-footer__crown, .govuk-footer__copyright-logo, .govuk-footer__licence-logo',
        )
        .count(),
      0,
      'GOV.UK branding (crown, logotype, OGL) on a council service',
    );
    assert.equal((await page.locator('.govuk-service-navigation__service-name').innerText()).trim(), 'Harbour');
    assert.match(await page.locator('.govuk-phase-banner').innerText(), /Beta/);
    assert.match(await page.locator('.govuk-footer').innerText(), /Accessibility statement/);
    await page.screenshot({ path: path.join(screenshotDir, 'home.png'), fullPage: true });

    await visit(watched, '/admin/users');
    await page.screenshot({ path: path.join(screenshotDir, 'admin-users.png'), fullPage: true });

    await visit(watched, '/sign-out');
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(at('/signed-out'));
    await visit(watched, '/sign-in');
    await page.screenshot({ path: path.join(screenshotDir, 'sign-in.png'), fullPage: true });
    for (const file of ['home.png', 'admin-users.png', 'sign-in.png']) {
      assert.ok(fs.statSync(path.join(screenshotDir, file)).size > 5_000, `${file} is suspiciously small`);
    }
    assertNoCspProblems(watched, 'the screenshots');
    await context.close();
  });
});

/** The administrator's pages beyond the navigation: add a user, change one, reset a password, the audit trail filtered. */
async function administratorPages(watched: WatchedPage): Promise<void> {
  const { page } = watched;

  await visit(watched, '/admin/users');
  assert.ok(
    (await page.locator('.govuk-table__body tr').count()) >= roles.length,
    'the users page does not list the demo accounts',
  );
  await Promise.all([
    page.waitForURL(at('/admin/users/new')),
    page.getByRole('button', { name: 'Add a user' }).click(),
  ]);
  await assertGovukFrontendStarted(page);
  await checkPage(watched, 'administrator: add a user');

  // Sent empty: the error summary and the field errors.
  await Promise.all([
    page.waitForResponse((answer) => answer.url() === url('/admin/users/new') && answer.request().method() === 'POST'),
    page.getByRole('button', { name: 'Add user', exact: true }).click(),
  ]);
  await page.locator('.govuk-error-summary').waitFor({ state: 'visible' });
  assert.ok((await page.locator('.govuk-error-summary__list li').count()) >= 3, 'too few errors for an empty form');
  await checkPage(watched, 'administrator: add a user, with errors');

  // One user's page, reached as a person would: their name in the list.
  await visit(watched, '/admin/users');
  const practitionerName = page
    .locator('.govuk-table__body tr', { hasText: demoUsername('practitioner') })
    .locator('a')
    .first();
  await Promise.all([
    page.waitForURL((current) => /^\/admin\/users\/\d+$/.test(current.pathname)),
    practitionerName.click(),
  ]);
  assert.match(await heading(page), /^Change /);
  await checkPage(watched, 'administrator: change a user');

  await Promise.all([
    page.waitForURL((current) => /^\/admin\/users\/\d+\/reset-password$/.test(current.pathname)),
    page.getByRole('link', { name: /Reset password/ }).click(),
  ]);
  assert.match(await heading(page), /^Reset .*'s password$/);
  await assertGovukFrontendStarted(page);
  await checkPage(watched, 'administrator: reset a password');

  await visit(watched, '/admin/audit');
  assert.match(await page.locator('.govuk-table__caption').innerText(), /\d+ events/);
  await checkPage(watched, 'administrator: audit trail');

  // Filtered through the form, as a person would.
  await page.locator('#username').fill(demoUsername('administrator'));
  await page.locator('#event').selectOption('sign-in');
  await page.locator('#from').fill('2020-01-01');
  await page.locator('#to').fill('2099-12-31');
  await Promise.all([
    page.waitForURL(
      (current) => current.pathname === '/admin/audit' && current.searchParams.get('event') === 'sign-in',
    ),
    page.getByRole('button', { name: 'Filter' }).click(),
  ]);
  const rows = page.locator('.govuk-table__body tr');
  assert.ok((await rows.count()) >= 1, 'the filtered audit trail is empty although the administrator just signed in');
  for (const text of await rows.allInnerTexts()) assert.match(text, /demo-administrator/);
  await checkPage(watched, 'administrator: audit trail filtered');

  // A filter that cannot be read: shown back with the GOV.UK error summary.
  await visit(watched, '/admin/audit?from=yesterday', 400);
  await page.locator('.govuk-error-summary').waitFor({ state: 'visible' });
  await checkPage(watched, 'administrator: audit trail with a filter error');
}
