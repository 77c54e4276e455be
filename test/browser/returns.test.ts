/**
 * The Returns pages in Chromium, as a performance analyst uses them: Performance → Returns,
 * "Validate now", the page reloaded until the validation shows, the rule with the most findings,
 * a team's list of return errors, a child's "Open the record" link to their record, and the
 * child's page with what to put right for the DfE's returns. Every page is checked with axe-core (WCAG 2.2 AA) and the Content Security
 * Policy; then the same way is walked again without JavaScript.
 *
 * A small synthetic county (scale 0.01, two years up to today) is seeded before Harbour starts on
 * it; its year under way raises findings of both returns' rules, as a county's records do mid-year.
 *
 * Run: CHROMIUM_PATH=$(command -v chromium) node --import tsx --test test/browser/returns.test.ts
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import type { Browser, BrowserContext } from 'playwright-core';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import {
  assertNoCspProblems,
  at,
  button,
  checkPage,
  heading,
  killServerOnExit,
  launchChromium,
  newContext,
  rowsOf,
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

/** The county's records up to today: the nightly job validates the year under way by the real date. */
async function seedSmallCounty(dataDir: string): Promise<void> {
  const { migrateHarbour } = await import('../../src/app/modules.ts');
  const { openDatabase } = await import('../../src/platform/db/connection.ts');
  const { seedCounty } = await import('../../src/app/synth/seed.ts');
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  try {
    await migrateHarbour(database.db);
    const endDate = Temporal.Now.plainDateISO('Europe/London').toString();
    await seedCounty(database.db, { scale: 0.01, years: 2, seed: 9, endDate });
  } finally {
    await database.close();
  }
}

async function signedIn(role: 'analyst' | 'service-manager', javaScriptEnabled: boolean): Promise<WatchedPage> {
  const context = await newContext(browser!, { javaScriptEnabled });
  contexts.push(context);
  const watched = await watchedPage(context, server!.baseUrl);
  await signIn(watched, demoUsername(role), demoPassword);
  return watched;
}

/** How many validations of each return the page lists (0 before the first). */
async function validationsShown(watched: WatchedPage): Promise<number[]> {
  const captions = await watched.page.locator('caption', { hasText: /^The last \d+ validations?$/ }).allInnerTexts();
  return captions.map((caption) => Number(/\d+/.exec(caption)![0]));
}

const validating = (watched: WatchedPage) =>
  watched.page.locator('.govuk-notification-banner', { hasText: 'The returns are being validated' }).count();

/**
 * Reloads the Returns page (for at most a minute) until no validation is under way and `done` holds
 * of the validations it lists.
 */
async function reloadUntil(watched: WatchedPage, done: (shown: number[]) => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 60; tries++) {
    await visit(watched, '/returns');
    if ((await validating(watched)) === 0 && done(await validationsShown(watched))) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  assert.fail(`the Returns page never showed ${what}`);
}

/** The rule that found the most, over both returns: its link on the Returns page and its count. */
async function ruleWithMostFindings(watched: WatchedPage) {
  let most: { href: string; rule: string; count: number } | undefined;
  const tables = watched.page.locator('table', { hasText: 'What the rules found' });
  for (let index = 0; index < (await tables.count()); index += 1) {
    const table = tables.nth(index);
    const rows = await rowsOf(table);
    for (const [row, [rule, , , found]] of rows.entries()) {
      const count = Number(found);
      if (most && count <= most.count) continue;
      const href = await table.locator('tbody tr').nth(row).locator('a').getAttribute('href');
      most = { href: href!, rule: rule!.split(':')[0]!.trim(), count };
    }
  }
  assert.ok(most, 'the validation found nothing: the county is expected to raise findings mid-year');
  return most;
}

/** The first finding of a rule's page about a child, with the place it is put right. */
async function firstFindingOfAChild(watched: WatchedPage) {
  const link = watched.page.getByRole('link', { name: /^Open the record of / }).first();
  const fixPath = await link.getAttribute('href');
  assert.ok(fixPath, 'no finding on the rule’s page links to a child’s record');
  const childPath = /^\/children\/\d+/.exec(fixPath)![0];
  return { link, fixPath, childPath };
}

describe('the Returns pages in Chromium', { timeout: 5 * 60_000 }, () => {
  before(async () => {
    const [started, launched] = await Promise.allSettled([
      (async () => {
        // The county is there before Harbour first starts (as the demo county is seeded before the
        // demo's workers are made); its first start validates it, as a nightly run would.
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-browser-'));
        await seedSmallCounty(dataDir);
        server = await startHarbour({ dataDir });
      })(),
      launchChromium().then((opened) => (browser = opened)),
    ]);
    for (const outcome of [started, launched]) if (outcome.status === 'rejected') throw outcome.reason;
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    if (server) await stopHarbour(server);
  });

  test(
    'an analyst validates the returns and opens the rule with the most findings; a service manager opens a child’s record from it',
    { timeout: testTimeout },
    async () => {
      const watched = await signedIn('analyst', true);
      const { page } = watched;
      const navigation = (text: string) => page.locator('.govuk-service-navigation a', { hasText: text }).first();

      await Promise.all([page.waitForURL(at('/indicators')), navigation('Performance').click()]);
      await Promise.all([page.waitForURL(at('/returns')), navigation('Returns').click()]);
      assert.equal(await heading(page), 'Returns');
      await checkPage(watched, 'the Returns page');
      // Harbour's first start validated the county; once that is done, "Validate now" adds one more.
      await reloadUntil(watched, () => true, 'the first validation done');
      const before = await validationsShown(watched);

      await Promise.all([page.waitForURL(at('/returns')), button(watched, 'Validate now').click()]);
      assert.match(await page.locator('.govuk-notification-banner').first().innerText(), /returns are being validated/);
      await checkPage(watched, 'the Returns page, validating');

      await reloadUntil(
        watched,
        (shown) => shown.length === 2 && shown.every((count, index) => count > (before[index] ?? 0)),
        'the validation asked for',
      );
      await checkPage(watched, 'the Returns page, validated');
      const most = await ruleWithMostFindings(watched);

      await Promise.all([page.waitForURL(at(most.href)), page.locator(`a[href="${most.href}"]`).first().click()]);
      assert.equal(await heading(page), `Rule ${most.rule}`);
      assert.match(await page.locator('main').innerText(), new RegExp(`Found ${most.count} times?`));
      await checkPage(watched, `the analyst’s rule ${most.rule}`);
      // The analyst may not open children's records: the children are named, never linked to a refusal.
      assert.ok((await rowsOf(page.locator('table', { hasText: 'Where it was found' }))).length > 0);
      assert.equal(await page.locator('main a[href^="/children/"]').count(), 0);

      // The service manager, who may, follows the finding to where it is put right.
      const manager = await signedIn('service-manager', true);
      await visit(manager, '/returns');
      await checkPage(manager, 'the service manager’s Returns page');
      assert.equal(await button(manager, 'Validate now').count(), 0, 'only an analyst validates');
      // The findings by team: the manager opens a team's list of its children and what to put right.
      const teamLink = manager.page.locator('#findings-by-team a').first();
      const teamHref = await teamLink.getAttribute('href');
      assert.ok(teamHref, 'no team on the Returns page has findings');
      await Promise.all([manager.page.waitForURL(at('/team/returns')), teamLink.click()]);
      assert.match(await heading(manager.page), /: return errors$/);
      assert.ok((await rowsOf(manager.page.locator('#return-findings'))).length > 0, 'the team list names no finding');
      await checkPage(manager, 'a team’s return errors');
      await visit(manager, '/returns');
      await Promise.all([
        manager.page.waitForURL(at(most.href)),
        manager.page.locator(`a[href="${most.href}"]`).first().click(),
      ]);
      await checkPage(manager, `the service manager’s rule ${most.rule}`);
      const finding = await firstFindingOfAChild(manager);
      await Promise.all([manager.page.waitForURL(at(finding.fixPath)), finding.link.click()]);
      assert.notEqual(await heading(manager.page), 'You do not have permission to see this page');
      await checkPage(manager, `where rule ${most.rule} is put right (${finding.fixPath})`);

      if (finding.fixPath !== finding.childPath) await visit(manager, finding.childPath);
      const toPutRight = manager.page.locator('h2:has-text("To put right for the DfE’s returns") ~ ul').first();
      assert.match(await toPutRight.innerText(), new RegExp(`rule ${most.rule} \\((error|query)\\)`));
      await checkPage(manager, 'the child’s page with what to put right');
    },
  );

  test('the same way without JavaScript', { timeout: testTimeout }, async () => {
    const watched = await signedIn('analyst', false);
    const { page } = watched;
    await visit(watched, '/returns');
    assert.equal(await page.locator('body.govuk-frontend-supported').count(), 0, 'JavaScript ran although it was off');
    await Promise.all([page.waitForURL(at('/returns')), button(watched, 'Validate now').click()]);
    assert.match(await page.locator('main').innerText(), /returns are being validated/);
    assertNoCspProblems(watched, 'the analyst without JavaScript');

    const manager = await signedIn('service-manager', false);
    await visit(manager, '/returns');
    const most = await ruleWithMostFindings(manager);
    await Promise.all([
      manager.page.waitForURL(at(most.href)),
      manager.page.locator(`a[href="${most.href}"]`).first().click(),
    ]);
    assert.equal(await heading(manager.page), `Rule ${most.rule}`);
    const finding = await firstFindingOfAChild(manager);
    await Promise.all([manager.page.waitForURL(at(finding.fixPath)), finding.link.click()]);
    await visit(manager, finding.childPath);
    assert.equal(await manager.page.locator('h2', { hasText: 'To put right for the DfE’s returns' }).count(), 1);
    assertNoCspProblems(manager, 'the service manager without JavaScript');
  });
});
