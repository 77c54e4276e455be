/**
 * The performance report's pages in Chromium, checked with axe-core (WCAG 2.2 AA) and the Content
 * Security Policy: the breakdown by locality with its map, and the committee report, on screen and
 * as printed (no header or navigation, the form left out).
 *
 * Run: CHROMIUM_PATH=$(command -v chromium) node --import tsx --test test/browser/indicatorReport.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import {
  checkPage,
  heading,
  killServerOnExit,
  launchChromium,
  newContext,
  signIn,
  startHarbour,
  stopHarbour,
  testTimeout,
  visit,
  watchedPage,
  type RunningServer,
} from './support.ts';

let server: RunningServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
killServerOnExit(() => server);

describe('the performance report in Chromium', { timeout: 10 * 60_000 }, () => {
  before(async () => {
    const [started, launched] = await Promise.allSettled([
      startHarbour({ env: { HARBOUR_TODAY: '2026-04-15' } }).then((running) => (server = running)),
      launchChromium().then((opened) => (browser = opened)),
    ]);
    for (const outcome of [started, launched]) if (outcome.status === 'rejected') throw outcome.reason;
    context = await newContext(browser!);
  });
  after(async () => {
    await context?.close().catch(() => undefined);
    if (browser) await browser.close();
    if (server) await stopHarbour(server);
  });

  test(
    'an analyst opens referrals by locality, the map, and a committee report',
    { timeout: testTimeout },
    async () => {
      const watched = await watchedPage(context!, server!.baseUrl);
      const { page } = watched;
      await signIn(watched, demoUsername('analyst'), demoPassword);

      await visit(watched, '/indicators/referrals/breakdown?by=locality&period=2026-03');
      assert.equal(await heading(page), 'Referrals by locality');
      const map = page.getByRole('img', { name: /localities shaded by referrals, March 2026/ });
      assert.equal(await map.count(), 1);
      assert.equal(await page.locator('#breakdown tbody tr').count(), 5);
      await checkPage(watched, 'referrals by locality');

      await visit(watched, '/indicators/referrals/breakdown?by=team&period=2026-03-ytd');
      await checkPage(watched, 'referrals by team, year to date');

      await visit(watched, '/indicators/report');
      await checkPage(watched, 'committee report: choosing figures and a quarter');
      await page.getByLabel('Referrals', { exact: true }).check();
      await page.getByLabel('Children looked after', { exact: true }).check();
      await page.getByLabel('Quarter').selectOption('2025-26-Q4');
      await Promise.all([
        page.waitForURL(/quarter=2025-26-Q4/),
        page.getByRole('button', { name: 'Make the report' }).click(),
      ]);
      assert.match(await heading(page), /children’s services performance/);
      assert.equal(await page.locator('.harbour-chart svg[role="img"]').count(), 2);
      await checkPage(watched, 'committee report');

      // Printed: the report alone, each area from a new page.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.govuk-service-navigation').isVisible(), false);
      assert.equal(await page.locator('form[action="/indicators/report"]').isVisible(), false);
      assert.equal(await page.locator('.harbour-report h2').first().isVisible(), true);
      assert.equal(
        await page.evaluate("getComputedStyle(document.querySelectorAll('.harbour-report-section')[1]).breakBefore"),
        'page',
      );
      await page.emulateMedia({ media: 'screen' });
    },
  );
});
