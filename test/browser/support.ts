/**
 * What the browser suites share: a real `harbour serve` child process on a temporary data
 * directory, Debian's Chromium driven by playwright-core, pages watched for Content Security
 * Policy refusals and script errors, and axe-core (WCAG 2.2 AA) on the page as it is.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/schema.ts';
import { demoUsername } from '../../src/app/demoAccounts.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Generous: a busy machine (CI, or several suites at once) starts the server slowly.
const serverStartTimeout = 120_000;
const actionTimeout = 30_000;
const navigationTimeout = 60_000;
export const testTimeout = 180_000;

// ---------------------------------------------------------------------------------------------
// The server and the browser
// ---------------------------------------------------------------------------------------------

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    if (found) return found;
  } catch {
    // fall through to the message below
  }
  throw new Error("Chromium not found: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH");
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true, timeout: 60_000 });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  child: ChildProcess;
  dataDir: string;
  output: () => string;
}

export interface ServerOptions {
  /** An existing data directory, to start again on what an earlier server left; else a fresh one. */
  dataDir?: string;
  /** More environment for the server (HARBOUR_TODAY, HARBOUR_SEED_DEMO…). */
  env?: NodeJS.ProcessEnv;
}

/** Starts `harbour serve` and waits until /health answers. */
export async function startHarbour(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'harbour-browser-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env, // DATABASE_URL, when set, passes through: the suite then runs against that server
    PORT: String(port),
    HARBOUR_DATA_DIR: dataDir,
    HARBOUR_DEMO_ACCOUNTS: 'on',
    // Each suite records its own children; a seeded demo county would only slow the start.
    HARBOUR_SEED_DEMO: 'off',
    // Well above the sign-ins a suite makes, so a re-run inside 15 minutes is never refused.
    SIGN_IN_RATE_LIMIT: '1000',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...options.env,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/cli.ts', 'serve'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + serverStartTimeout;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    const exitCode = await Promise.race([
      exited,
      new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 250)),
    ]);
    if (exitCode !== 'running')
      throw new Error(`harbour serve exited with code ${exitCode} before it was healthy:\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return { baseUrl, child, dataDir, output: () => log };
      lastProblem = `GET /health answered ${response.status}`;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
  }
  child.kill('SIGKILL');
  throw new Error(`harbour serve was not healthy after ${serverStartTimeout / 1000} s (${lastProblem}):\n${log}`);
}

/** Stops the server with SIGTERM (it must exit cleanly); its data directory is removed unless kept for a restart. */
export async function stopHarbour(server: RunningServer, options: { keepData?: boolean } = {}): Promise<void> {
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    assert.equal(
      child.exitCode,
      0,
      `harbour serve did not stop cleanly on SIGTERM (exit ${child.exitCode}, signal ${child.signalCode}):\n${server.output()}`,
    );
  }
  if (!options.keepData) fs.rmSync(server.dataDir, { recursive: true, force: true });
}

/** A crashed test run must not leave a server holding the port or the data directory. */
export function killServerOnExit(current: () => RunningServer | undefined): void {
  process.once('exit', () => {
    const server = current();
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });
}

// ---------------------------------------------------------------------------------------------
// Pages: open one with its watchers, check it with axe, read what it shows
// ---------------------------------------------------------------------------------------------

export interface WatchedPage {
  page: Page;
  /** The server the page belongs to: `visit` paths are relative to it. */
  baseUrl: string;
  /** Console messages and errors that show the Content Security Policy refusing something. */
  cspProblems: string[];
  /** Uncaught script errors. */
  scriptErrors: string[];
}

export async function newContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  context.setDefaultTimeout(actionTimeout);
  context.setDefaultNavigationTimeout(navigationTimeout);
  return context;
}

export async function watchedPage(context: BrowserContext, baseUrl: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const watched: WatchedPage = { page, baseUrl, cspProblems: [], scriptErrors: [] };
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text()))
      watched.cspProblems.push(`${page.url()}: [${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    const text = `${page.url()}: ${error.message}`;
    (/content security policy/i.test(error.message) ? watched.cspProblems : watched.scriptErrors).push(text);
  });
  return watched;
}

export async function visit(watched: WatchedPage, pathname: string, expectedStatus = 200): Promise<Response> {
  const response = await watched.page.goto(`${watched.baseUrl}${pathname}`, { waitUntil: 'load' });
  assert.ok(response, `no response for ${pathname}`);
  assert.equal(
    response.status(),
    expectedStatus,
    `GET ${pathname} answered ${response.status()} (at ${watched.page.url()})`,
  );
  return response;
}

export const pathOf = (page: Page) => {
  const current = new URL(page.url());
  return current.pathname + current.search;
};

/** The page's URL path equals `pathname` (with no query string). */
export const at = (pathname: string) => (current: URL) => current.pathname === pathname;

/**
 * GOV.UK Frontend's conditional reveal sets `aria-expanded` on the radio that controls the revealed
 * content, which axe reports as aria-allowed-attr. GDS keep it on purpose (alphagov/govuk-frontend
 * issue #979: screen readers announce the expanded state usefully), so that one finding, on those
 * radios only, is not a violation of ours. Anything else from the same rule still is.
 */
const conditionalRevealRadio = '.govuk-radios__input[aria-expanded]';

async function isConditionalRevealFinding(
  page: Page,
  violation: { id: string; nodes: { target: unknown[] }[] },
): Promise<boolean> {
  if (violation.id !== 'aria-allowed-attr') return false;
  for (const node of violation.nodes) {
    const [selector, ...rest] = node.target;
    if (rest.length > 0 || typeof selector !== 'string') return false;
    const flagged = page.locator(selector);
    const total = await flagged.count();
    if (total === 0 || (await flagged.and(page.locator(conditionalRevealRadio)).count()) !== total) return false;
  }
  return true;
}

/** Runs axe-core (WCAG 2.2 AA) and the CSP and script-error checks on the page as it is now. */
export async function checkPage(watched: WatchedPage, label: string): Promise<void> {
  const { page } = watched;
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const violations = [];
  for (const violation of results.violations)
    if (!(await isConditionalRevealFinding(page, violation))) violations.push(violation);
  const described = violations.map(
    (violation) =>
      `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n    ${violation.helpUrl}\n` +
      violation.nodes
        .map((node) => `    at ${JSON.stringify(node.target)}: ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`)
        .join('\n'),
  );
  assert.equal(
    violations.length,
    0,
    `axe found ${violations.length} accessibility violation(s) on ${label} (${pathOf(page)}):\n${described.join('\n')}`,
  );
  assertNoCspProblems(watched, label);
}

export function assertNoCspProblems(watched: WatchedPage, label: string): void {
  assert.deepEqual(
    watched.cspProblems,
    [],
    `the Content Security Policy refused something by ${label}:\n${watched.cspProblems.join('\n')}`,
  );
  assert.deepEqual(watched.scriptErrors, [], `script errors by ${label}:\n${watched.scriptErrors.join('\n')}`);
}

export const heading = async (page: Page) => (await page.locator('main h1').first().innerText()).trim();

export async function signIn(watched: WatchedPage, username: string, password: string): Promise<void> {
  const { page } = watched;
  await visit(watched, '/sign-in');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await Promise.all([page.waitForURL(at('/')), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  assert.equal(await heading(page), 'My work', `signing in as ${username} did not land on the home page`);
}

// ---------------------------------------------------------------------------------------------
// Acting as a person: follow a link or press a button, fill a date
// ---------------------------------------------------------------------------------------------

export type UrlCheck = (url: URL) => boolean;
export const matching =
  (pattern: RegExp): UrlCheck =>
  (url) =>
    pattern.test(url.pathname);

/** Clicks and waits for the page at `where`, then checks it. */
export async function go(watched: WatchedPage, control: Locator, where: UrlCheck, label: string): Promise<void> {
  try {
    await Promise.all([watched.page.waitForURL(where, { waitUntil: 'load' }), control.click()]);
  } catch (error) {
    // A form that answered with its errors stays where it was: say what it said.
    const summary = watched.page.locator('.govuk-error-summary');
    const said = (await summary.count()) ? await summary.first().innerText() : 'no error summary';
    throw new Error(`${label}: still at ${watched.page.url()} (${said})`, { cause: error });
  }
  await checkPage(watched, label);
}

/** A button, or a link drawn as one (GOV.UK Frontend gives those role="button"). */
export const button = (watched: WatchedPage, name: string) => watched.page.getByRole('button', { name, exact: true });

/** The day of the month as a GOV.UK date input shows it: 2, not 02. */
export const dayOfMonth = (iso: string) => String(Number(iso.slice(8)));

/** Fills a GOV.UK date input from an ISO date, as a person types it (no leading zeros). */
export async function fillDate(watched: WatchedPage, field: string, iso: string): Promise<void> {
  const [year, month] = iso.split('-').map(Number);
  await watched.page.locator(`#${field}-day`).fill(dayOfMonth(iso));
  await watched.page.locator(`#${field}-month`).fill(String(month));
  await watched.page.locator(`#${field}-year`).fill(String(year));
}

// ---------------------------------------------------------------------------------------------
// A story's stage: one server and one Chromium for a describe block, and people signed in to it
// ---------------------------------------------------------------------------------------------

/** The rows of a table as text, cell by cell. */
export async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = table.locator('tbody tr');
  const found: string[][] = [];
  for (let index = 0; index < (await rows.count()); index += 1)
    found.push((await rows.nth(index).locator('td, th').allInnerTexts()).map((text) => text.trim()));
  return found;
}

export interface Stage {
  /** For `before`: starts Harbour (and Chromium beside it); with `before`, stops it once for yesterday's work. */
  open(): Promise<void>;
  /** For `after`: closes everything the stage opened, even when `open` failed half way. */
  close(): Promise<void>;
  /** A person signed in, in their own browser context, on their home page (checked). */
  signedIn(role: string, username: string, password: string): Promise<WatchedPage>;
  readonly server: RunningServer;
}

/**
 * The server and browser of a story. `before`, when given, writes what happened before the story
 * starts into the data directory of a server started once (to make the accounts and workers) and
 * stopped; Harbour is then started again on it.
 */
export function stage(options: { env: Record<string, string>; before?: (dataDir: string) => Promise<void> }): Stage {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  const contexts: BrowserContext[] = [];
  killServerOnExit(() => server);
  const started = async () => {
    if (!options.before) {
      server = await startHarbour({ env: options.env });
      dataDir = server.dataDir;
      return;
    }
    const first = await startHarbour({ env: options.env });
    dataDir = first.dataDir;
    await stopHarbour(first, { keepData: true });
    await options.before(dataDir);
    server = await startHarbour({ dataDir, env: options.env });
  };
  return {
    async open() {
      // Both at once, but wait for both: a server that started must be stopped in `close` even if Chromium did not.
      const outcomes = await Promise.allSettled([started(), launchChromium().then((opened) => (browser = opened))]);
      for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      if (browser) await browser.close();
      if (server) await stopHarbour(server);
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async signedIn(role, username, password) {
      const context = await newContext(browser!);
      contexts.push(context);
      const watched = await watchedPage(context, server!.baseUrl);
      await signIn(watched, username, password);
      await checkPage(watched, `${role}: home`);
      return watched;
    },
    get server() {
      return server!;
    },
  };
}

/**
 * Writes what happened before a story starts into a stopped server's data, through Harbour's own
 * stores: as the demo team manager, with the demo practitioner's worker to allocate children to.
 */
export async function writeBeforeTheStory(
  directory: string,
  write: (
    db: Kysely<Database>,
    manager: { userId: number; username: string },
    practitionersWorkerId: number,
  ) => Promise<void>,
): Promise<void> {
  // The app's modules wire the due items to every write, as the server does.
  await import('../../src/app/modules.ts');
  const { openDatabase } = await import('../../src/platform/db/connection.ts');
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: directory });
  try {
    const { db } = database;
    const manager = await db
      .selectFrom('users')
      .select(['id', 'username'])
      .where('username', '=', demoUsername('team-manager'))
      .executeTakeFirstOrThrow();
    const worker = await db
      .selectFrom('workers')
      .innerJoin('users', 'users.id', 'workers.user_id')
      .select('workers.id')
      .where('users.username', '=', demoUsername('practitioner'))
      .executeTakeFirstOrThrow();
    await write(db, { userId: manager.id, username: manager.username }, worker.id);
  } finally {
    await database.close();
  }
}
