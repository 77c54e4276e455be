/**
 * A practitioner's day in Harbour, played in Chromium as the social worker and their manager would
 * play it: clicking links and buttons and filling forms.
 *
 * Two sisters, Ada and Bea, are open to the team and allocated to the demo social worker (set up
 * before the day starts, as yesterday's work would have left them). The social worker signs in and
 * sees them on "My work" with what is due; writes one case note of a home visit for both (Ada seen
 * alone, her words her voice on her page); records that a strategy discussion was decided for both
 * on one form, which puts one due on each child's record and one overdue on the manager's home
 * page; then records it held for both, with each child's own decision, and each child's due item
 * is met while the manager's count goes back.
 *
 * Every page reached is checked with axe-core (WCAG 2.2 AA) and for Content Security Policy refusals.
 * Run: node --import tsx --test test/browser/practitionersDay.test.ts
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import type { Role } from '../../src/platform/access/roles.ts';
import {
  at,
  button,
  checkPage,
  fillDate,
  go,
  heading,
  rowsOf,
  stage,
  writeBeforeTheStory,
  testTimeout,
  type WatchedPage,
} from './support.ts';

/** A Monday; the strategy discussion was decided on the Wednesday before, so it is overdue today. */
const today = '2026-03-09';
const decidedOn = '2026-03-04';
const heldOn = today;
/**
 * The home visit was last Friday afternoon. Never a time on `today`: the pinned clock keeps the real
 * time of day, so a run before that time would find the visit in the future and the form refuses it.
 */
const visitedOn = '2026-03-06';

/** A surname of this run only, so a database shared with other runs (DATABASE_URL) finds only this family. */
const surname = `Marsh${Array.from(crypto.randomBytes(4), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
const ada = { forename: 'Ada', dateOfBirth: '2015-06-01', id: 0 };
const bea = { forename: 'Bea', dateOfBirth: '2018-02-14', id: 0 };
const name = (child: { forename: string }) => `${child.forename} ${surname}`;

/**
 * Yesterday's work, written through Harbour's own stores: two sisters referred and allocated to the
 * demo social worker. The server has made the demo accounts and workers first.
 */
async function openTheSistersCases(directory: string) {
  const { createChild, linkChildren } = await import('../../src/areas/people/store.ts');
  const { recordReferral } = await import('../../src/areas/assessment/store.ts');
  const { allocateChild } = await import('../../src/areas/workforce/allocations.ts');
  await writeBeforeTheStory(directory, async (db, actor, workerId) => {
    for (const child of [ada, bea]) {
      child.id = (
        await createChild(db, actor, { forename: child.forename, surname, dateOfBirth: child.dateOfBirth, sex: 'F' })
      ).id;
      await recordReferral(db, actor, {
        childId: child.id,
        referralDate: '2026-03-02',
        source: '5A',
        primaryNeed: 'N1',
      });
      await allocateChild(db, actor, { childId: child.id, workerId, startDate: '2026-03-02' });
    }
    await linkChildren(db, actor, { childId: ada.id, relatedChildId: bea.id, relationship: 'sibling' });
  });
}

const story = stage({ env: { HARBOUR_TODAY: today, HARBOUR_SEED_DEMO: 'off' }, before: openTheSistersCases });

const signedIn = (role: Role) => story.signedIn(role, demoUsername(role), demoPassword);

/** What is due for the child on their own page: what, and its status. */
async function dueOnTheirPage(watched: WatchedPage, child: { id: number }) {
  await watched.page.goto(`${story.server.baseUrl}/children/${child.id}`);
  await checkPage(watched, `the record of child ${child.id}`);
  const rows = await rowsOf(watched.page.locator('h2:has-text("Due and overdue") + table'));
  return rows.map(([what, , status]) => `${what}: ${status}`);
}

/** The manager's overdue work by timescale, from their home page. */
async function managersOverdue(manager: WatchedPage): Promise<Record<string, string>> {
  await manager.page.goto(`${story.server.baseUrl}/`);
  await checkPage(manager, 'manager: my work');
  const table = manager.page.locator('table', { hasText: 'Overdue work by timescale' });
  if ((await table.count()) === 0) return {};
  const counts: Record<string, string> = {};
  for (const [kind, count] of await rowsOf(table)) counts[kind!] = count!.replace(/\s*overdue:.*$/s, '');
  return counts;
}

describe("A practitioner's day: my work, one strategy discussion for two sisters", { timeout: 6 * 60_000 }, () => {
  before(() => story.open());
  after(() => story.close());

  test(
    'the social worker sees their children and what is due; one discussion for both moves each child and the manager’s count',
    { timeout: testTimeout },
    async () => {
      const worker = await signedIn('practitioner');
      const manager = await signedIn('team-manager');
      const { page } = worker;

      // My work: both sisters, with what is next for each.
      assert.equal(await heading(page), 'My work');
      const mine = await rowsOf(page.locator('table', { hasText: 'allocated to you' }));
      assert.deepEqual(mine.map(([child]) => child).sort(), [name(ada), name(bea)], 'both sisters are on My work');
      // A home visit to both sisters, written once: Ada seen alone, Bea seen with her mother.
      await go(worker, page.getByRole('link', { name: name(ada) }).first(), at(`/children/${ada.id}`), "Ada's record");
      await go(
        worker,
        page.getByRole('link', { name: 'Write a case note' }).first(),
        at(`/children/${ada.id}/case-notes/new`),
        'write a case note',
      );
      await fillDate(worker, 'happenedAt', visitedOn);
      await page.locator('#happenedAt-time').fill('15:45');
      await page.locator('input[name="kind"][value="home-visit"]').check();
      await page
        .locator('#noteText')
        .fill('Visited the sisters at home after school.\n\nMum was calm; the house was tidy.');
      await page.locator(`input[name="childSeen-${ada.id}"][value="yes"]`).check();
      await page.locator(`input[name="seenAlone-${ada.id}"][value="yes"]`).check();
      await page.locator(`#seenWhere-${ada.id}`).fill('In her bedroom');
      await page.locator(`#wishesAndFeelings-${ada.id}`).fill('I want Dad to stop shouting.');
      await page.locator(`input[name="voiceGathered-${ada.id}"][value="spoken"]`).check();
      await page.getByRole('checkbox', { name: name(bea) }).check();
      await page.locator(`input[name="childSeen-${bea.id}"][value="yes"]`).check();
      await page.locator(`input[name="seenAlone-${bea.id}"][value="no"]`).check();
      await page.locator(`#seenWhere-${bea.id}`).fill('In the kitchen with her mother');
      await go(
        worker,
        button(worker, 'Save and continue'),
        (url) => /^\/children\/\d+\/case-notes\/\d+\/complete$/.test(url.pathname),
        'check and complete the case note',
      );
      await go(
        worker,
        button(worker, 'Complete the note'),
        (url) => /^\/children\/\d+\/case-notes\/\d+$/.test(url.pathname),
        'the completed case note',
      );
      // Each sister's record has her copy; Ada's words are her voice, with how they were heard.
      for (const child of [ada, bea]) {
        await page.goto(`${story.server.baseUrl}/children/${child.id}/case-notes`);
        await checkPage(worker, `${child.forename}'s case notes`);
        assert.match(await page.locator('main').innerText(), /Home visit/, `${child.forename} has no copy of the note`);
      }
      await page.goto(`${story.server.baseUrl}/children/${ada.id}`);
      await checkPage(worker, "Ada's record, with her voice");
      assert.match(
        await page.locator('table', { hasText: 'was heard' }).innerText(),
        /I want Dad to stop shouting\.[\s\S]*Spoken: the child told us[\s\S]*Yes/,
      );

      const overdueBefore = await managersOverdue(manager);
      assert.equal(overdueBefore['Strategy discussion held'], undefined, 'no strategy discussion is overdue yet');

      // From Ada's record: record a strategy discussion, decided last Wednesday, for her and Bea.
      await go(
        worker,
        page.getByRole('link', { name: 'Record a strategy discussion' }).first(),
        at(`/children/${ada.id}/strategy-discussions/new`),
        'record a strategy discussion',
      );
      await fillDate(worker, 'decisionDate', decidedOn);
      await page.getByRole('checkbox', { name: name(bea) }).check();
      await go(
        worker,
        button(worker, 'Record strategy discussion'),
        (url) => /^\/children\/\d+\/strategy-discussions\/\d+$/.test(url.pathname),
        "Ada's strategy discussion",
      );
      const discussionPath = new URL(page.url()).pathname;
      for (const child of [ada, bea])
        assert.ok(
          (await dueOnTheirPage(worker, child)).includes('Strategy discussion held: Overdue'),
          `${child.forename}'s discussion is not overdue on her record`,
        );
      assert.equal((await managersOverdue(manager))['Strategy discussion held'], '2', 'the manager sees both overdue');

      // Held today: who attended, what was shared, and each sister's own decision.
      await page.goto(`${story.server.baseUrl}${discussionPath}`);
      const heldPath = `${discussionPath}/held`;
      await go(
        worker,
        button(worker, 'Record the discussion as held'),
        at(heldPath),
        "Ada's strategy discussion held: its sections",
      );
      // A long form as a task list: each section its own page, kept as a draft as it is saved.
      const section = async (title: string, slug: string) =>
        go(worker, page.getByRole('link', { name: title, exact: true }), at(`${heldPath}/${slug}`), title);
      const saveSection = (title: string) => go(worker, button(worker, 'Save and continue'), at(heldPath), title);
      await section('Who attended', 'attendees');
      await fillDate(worker, 'heldDate', heldOn);
      await page.getByRole('checkbox', { name: 'Police' }).check();
      await page.locator('#attendee1Name').fill('Sam Fielding');
      await page.locator('#attendee1Agency').selectOption('police');
      await page.locator('#attendee1Role').fill('Detective constable');
      await saveSection('the sections, who attended saved');
      await section('Information shared', 'information-shared');
      await page.locator('#informationShared').fill('Police were called to the home on Sunday night.');
      await saveSection('the sections, information shared saved');
      await section('Decision and reasons', 'decision');
      await page.locator('input[name="decision"][value="section-47"]').check();
      assert.equal(await page.getByRole('checkbox', { name: name(bea) }).isChecked(), true, 'Bea is offered, ticked');
      await page.locator(`input[name="decision-${await beasDiscussion(page)}"][value="no-section-47"]`).check();
      await page.locator('#decisionReasons').fill('Ada disclosed; Bea was at her father’s that night.');
      await saveSection('the sections, all saved');
      await go(worker, button(worker, 'Check your answers'), at(`${heldPath}/check`), 'check your answers');
      assert.match(await page.locator('main').innerText(), new RegExp(`Decision about ${bea.forename}`));
      await go(worker, button(worker, 'Record as held'), at(discussionPath), "Ada's strategy discussion, held");
      assert.match(
        await page.locator('.govuk-notification-banner--success').innerText(),
        /recorded as held for 2 children/,
      );

      for (const child of [ada, bea])
        assert.ok(
          !(await dueOnTheirPage(worker, child)).some((item) => item.startsWith('Strategy discussion held')),
          `${child.forename}'s strategy discussion is still due`,
        );
      assert.equal(
        (await managersOverdue(manager))['Strategy discussion held'],
        undefined,
        'the manager’s count went back',
      );
    },
  );
});

/** The id of Bea's discussion, from the name of her decision's radios on Ada's held form's decision page. */
async function beasDiscussion(page: WatchedPage['page']): Promise<string> {
  const radio = page.locator('input[type="radio"][name^="decision-"]').first();
  return (await radio.getAttribute('name'))!.slice('decision-'.length);
}
