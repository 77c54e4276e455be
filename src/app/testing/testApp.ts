import assert from 'node:assert/strict';
import pino, { type Logger } from 'pino';
import request from 'supertest';
import { sql } from 'kysely';
import * as cheerio from 'cheerio';
import type { Role } from '../../platform/access/roles.ts';
import { settableClock } from '../../core/clock.ts';
import { configFromEnvironment, type HarbourConfig } from '../../platform/settings/config.ts';
import { childTimescales } from '../../reports/journey/childTimescales.ts';
import { childStatusesByName } from '../../reports/journey/childStatuses.ts';
import { createApp } from '../createApp.ts';
import { recordAccessSetting } from '../../platform/settings/recordAccess.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { testDatabase, testPassword, testUsername } from './testDatabase.ts';
import { inProcessJobQueue } from '../../platform/jobs/inProcess.ts';
import { queueHandingOffTo, type JobQueue } from '../../platform/jobs/jobs.ts';

export interface TestHarbour {
  database: HarbourDatabase;
  app: ReturnType<typeof createApp>;
  clock: ReturnType<typeof settableClock>;
  /** Background jobs, run in-process as on the embedded database. */
  jobs: JobQueue;
  close(): Promise<void>;
}

/**
 * The real app on a fresh test database, with CSRF, sessions and rate limits all on (silent unless
 * given a logger). The council has chosen open access unless `needToKnow` is set: the tests of each
 * area's pages are about those pages, and the need-to-know tests (accessRules, recordScopeWalk)
 * walk every child route with the reason step on, as a council has it by default.
 */
export async function testHarbour(
  overrides: Partial<HarbourConfig> = {},
  options: {
    logger?: Logger;
    needToKnow?: boolean;
    /** Another queue than the in-process one (one whose hand-off fails, say). */
    jobs?: (db: HarbourDatabase['db']) => JobQueue;
  } = {},
): Promise<TestHarbour> {
  const database = await testDatabase();
  if (!options.needToKnow)
    await database.db
      .insertInto('harbour_settings')
      .values({ key: recordAccessSetting.key, value: JSON.stringify({ needToKnow: false }) })
      .execute();
  const clock = settableClock('2026-11-25');
  const config = { ...configFromEnvironment({}), signInRateLimit: 1000, ...overrides };
  const jobs = options.jobs?.(database.db) ?? (await inProcessJobQueue(database.db));
  const app = createApp({
    jobs,
    db: database.db,
    timescales: childTimescales,
    childStatuses: childStatusesByName,
    clock,
    config,
    sessionSecret: 'test-session-secret',
    logger: options.logger ?? pino({ level: 'silent' }),
  });
  return {
    database,
    app,
    clock,
    jobs,
    close: async () => {
      await jobs.stop();
      await database.close();
    },
  };
}

/** A queue that records each job and runs none: left for the test to run (runJob), or not at all. */
export const jobsRecordedOnly = (db: HarbourDatabase['db']): JobQueue =>
  queueHandingOffTo(db, { handOff: () => undefined, stop: () => Promise.resolve() }, () => undefined);

export type Agent = ReturnType<typeof request.agent>;

/** The CSRF token from a page's form, read as a browser would. */
export async function csrfTokenFrom(agent: Agent, path: string): Promise<string> {
  const page = await agent.get(path);
  const token = cheerio.load(page.text)('input[name="_csrf"]').first().val();
  assert.ok(typeof token === 'string' && token.length > 0, `no CSRF token on ${path} (status ${page.status})`);
  return token;
}

/** Posts a form with the CSRF token taken from the page that shows it. */
export async function submitForm(
  agent: Agent,
  formPage: string,
  action: string,
  fields: Record<string, string | string[]>,
) {
  const token = await csrfTokenFrom(agent, formPage);
  return agent
    .post(action)
    .type('form')
    .send({ ...fields, _csrf: token });
}

export async function signedInAgent(harbour: TestHarbour, role: Role): Promise<Agent> {
  const agent = request.agent(harbour.app);
  const response = await submitForm(agent, '/sign-in', '/sign-in', {
    username: testUsername(role),
    password: testPassword,
  });
  assert.equal(response.status, 302, `sign-in as ${role} failed with ${response.status}`);
  return agent;
}

export const pageOf = (html: string) => cheerio.load(html);

/** A table's body rows as a person reads them: each row's cells, trimmed, joined by "|" (the first table unless `table` says which). */
export const tableRows = (html: string, table = 'table') => {
  const $ = pageOf(html);
  return $(table)
    .first()
    .find('tbody tr')
    .map((_i, row) =>
      $(row)
        .find('td')
        .map((_j, cell) => $(cell).text().trim())
        .get()
        .join('|'),
    )
    .get();
};

/** The GOV.UK error summary's messages, as a user reads them. */
export const errorSummary = (html: string) =>
  pageOf(html)('.govuk-error-summary__list li')
    .map((_i, element) => pageOf(html)(element).text().trim())
    .get();

/** A date as the GOV.UK date input posts it: `field-day`, `field-month`, `field-year` from YYYY-MM-DD. */
export function dateFields(field: string, iso: string): Record<string, string> {
  const [year, month, day] = iso.split('-');
  return { [`${field}-day`]: String(Number(day)), [`${field}-month`]: String(Number(month)), [`${field}-year`]: year! };
}

/**
 * A person whose session timed out with a form open: signed in, the form loaded (its token and
 * form key kept by the browser), then the session expired on the server.
 */
export async function timedOutAgent(harbour: TestHarbour, role: Role, formPath: string) {
  const agent = await signedInAgent(harbour, role);
  const token = await csrfTokenFrom(agent, formPath);
  await harbour.database.db
    .updateTable('sessions')
    .set({ expires_at: new Date(Date.now() - 1000) })
    .where(sql<string>`data->>'userId'`, 'is not', null)
    .where(
      sql<number>`(data->>'userId')::int`,
      'in',
      harbour.database.db.selectFrom('users').select('id').where('username', '=', testUsername(role)),
    )
    .execute();
  return { agent, token };
}

/**
 * Fills in a long form's task list (platform/web/taskList.ts) with these answers, the way a person
 * would: each of its section pages on the task list is sent with them (a section keeps only its own),
 * then the check-your-answers page is sent. Returns that last answer: a redirect once submitted, or
 * the first section with a problem.
 */
export async function sendTaskList(agent: Agent, formPath: string, answers: Record<string, string | string[]>) {
  const taskList = pageOf((await agent.get(formPath)).text);
  const sections = taskList('.govuk-task-list__link')
    .map((_, link) => taskList(link).attr('href'))
    .get()
    // Sections kept on their own pages (a plan's actions) are not this form's to send.
    .filter((href) => href.startsWith(`${formPath}/`));
  for (const section of sections) await submitForm(agent, section, section, answers);
  return submitForm(agent, `${formPath}/check`, formPath, {});
}

/** The task list's sections with their statuses, as the page shows them. */
export function sectionStatuses(html: string): [string, string][] {
  const page = pageOf(html);
  return page('.govuk-task-list__item')
    .map((_, item) => [
      [
        page(item).find('.govuk-task-list__link').text().trim(),
        page(item).find('.govuk-task-list__status').text().trim(),
      ],
    ])
    .get() as [string, string][];
}
