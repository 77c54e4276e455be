/**
 * The performance pages in a real browser: the dashboard (its charts drawn on the server as SVG),
 * an indicator's page, the targets and benchmarks pages and their error pages, checked with axe-core
 * (WCAG 2.2 AA) and the Content Security Policy, as an analyst and as a leader.
 *
 * Run: CHROMIUM_PATH=$(command -v chromium) node --import tsx --test test/browser/indicators.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import {
  button,
  checkPage,
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
  type WatchedPage,
} from './support.ts';

let server: RunningServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
killServerOnExit(() => server);

async function signedIn(role: 'analyst' | 'leader'): Promise<WatchedPage> {
  const context = await newContext(browser!);
  contexts.push(context);
  const watched = await watchedPage(context, server!.baseUrl);
  await signIn(watched, demoUsername(role), demoPassword);
  return watched;
}

/** The dashboard once the start-up refresh has stored the figures. */
async function dashboard(watched: WatchedPage) {
  for (let tries = 0; tries < 60; tries++) {
    await visit(watched, '/indicators');
    if (await watched.page.locator('.harbour-indicator-tile').count()) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert.fail('the dashboard never showed its figures');
}

describe('the performance pages in a browser', { timeout: testTimeout * 2 }, () => {
  before(async () => {
    [server, browser] = await Promise.all([startHarbour(), launchChromium()]);
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (server) await stopHarbour(server);
  });

  test('an analyst’s dashboard, indicator page, targets and benchmarks, with their error pages', async () => {
    const watched = await signedIn('analyst');
    const { page } = watched;
    await dashboard(watched);
    await checkPage(watched, 'the dashboard');
    assert.equal(
      await page.locator('.harbour-indicator-tile svg[role="img"]').count(),
      await page.locator('.harbour-indicator-tile').count(),
    );

    await visit(watched, '/indicators/referrals');
    await checkPage(watched, 'an indicator’s page');
    await Promise.all([
      page.waitForURL(/\/indicators\/referrals\/commentary$/),
      button(watched, 'Save commentary').click(),
    ]);
    await checkPage(watched, 'commentary with nothing written');
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the commentary/);

    await visit(watched, '/indicators/targets');
    await checkPage(watched, 'the targets');
    await page.locator('#target-re-referrals').fill('fifteen');
    await Promise.all([page.waitForLoadState('load'), button(watched, 'Save targets').click()]);
    await checkPage(watched, 'targets with a bad number');
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter a number for Re-referrals/);

    await visit(watched, '/indicators/benchmarks');
    await checkPage(watched, 'the benchmarks');
    await page.locator('#csv').fill('indicator,year,area,value,source\nreferral-rate,2023-24,England,lots,DfE\n');
    await Promise.all([page.waitForLoadState('load'), button(watched, 'Load benchmarks').click()]);
    await checkPage(watched, 'benchmarks with a bad row');
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Line 2: The value must be a number/);
  });

  test('a leader’s dashboard and indicator page', async () => {
    const watched = await signedIn('leader');
    await dashboard(watched);
    await checkPage(watched, 'the leader’s dashboard');
    await visit(watched, '/indicators/looked-after');
    await checkPage(watched, 'the leader’s indicator page');
    assert.equal(await watched.page.locator('#children').count(), 0);
  });
});
