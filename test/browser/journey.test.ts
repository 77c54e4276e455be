/**
 * A family's journey through Harbour, played as the people who do the work would play it, in
 * Chromium: clicking links and buttons and filling forms, never posting directly.
 *
 * 1. The front door records a contact about three brothers and sisters who are new to Harbour,
 *    decides it is a referral and records a referral for each child.
 * 2. The social worker starts and records the eldest child's assessment (seen alone, kept as a
 *    draft on the way), the team manager authorises it, the social worker records a strategy
 *    discussion that decides on a section 47 enquiry, starts the enquiry, concludes it with an
 *    initial conference, and records the conference that makes a child protection plan.
 * 3. The team manager adds a social worker under Workforce and allocates the eldest child to them,
 *    then looks at My team → Due and overdue, and at what is due on the child's record.
 * 4. The clock moves on 30 days (the server restarted on the same data with a later HARBOUR_TODAY):
 *    the child protection visit nobody made is overdue.
 *
 * Every page reached is checked with axe-core (WCAG 2.2 AA) and for Content Security Policy refusals.
 * Run: node --import tsx --test test/browser/journey.test.ts
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import type { Role } from '../../src/platform/access/roles.ts';
import {
  at,
  button,
  checkPage,
  dayOfMonth,
  fillDate,
  go,
  matching,
  heading,
  killServerOnExit,
  launchChromium,
  newContext,
  signIn,
  startHarbour,
  stopHarbour,
  testTimeout,
  watchedPage,
  type RunningServer,
  type WatchedPage,
} from './support.ts';

// The journey happens on a Monday; the manager looks again 30 days later, when a child protection
// visit due within 10 working days of the plan starting is long overdue.
const journeyDay = '2026-03-02';
const journeyDayWritten = '2 March 2026';
const monthLater = '2026-04-01';
/** 10 working days after the plan started (the default local standard for child protection visits). */
const visitDueWritten = '16 March 2026';
/** Working days from the visit's due date to a month after the journey: 17 March to 1 April. */
const visitWorkingDaysOverdue = 12;

/** A surname of this run only, so a database shared with other runs (DATABASE_URL) finds only this family. */
const surname = `Fairweather${Array.from(crypto.randomBytes(4), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;

interface Sibling {
  forename: string;
  dateOfBirth: string;
  sex: 'F' | 'M';
  id?: number;
}
const siblings: Sibling[] = [
  { forename: 'Kai', dateOfBirth: '2014-05-12', sex: 'M' },
  { forename: 'Maya', dateOfBirth: '2016-09-03', sex: 'F' },
  { forename: 'Leo', dateOfBirth: '2019-01-20', sex: 'M' },
];
const eldest = siblings[0]!;
/** The social worker the manager adds to the workforce, and the team the demo manager leads. */
const socialWorker = `Nia Okafor ${surname}`;
const managersTeam = 'North locality team';
const fullName = (child: Sibling) => `${child.forename} ${surname}`;
const eldestPath = () => `/children/${eldest.id}`;

let server: RunningServer | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];
/** The server's data directory, kept across the restart and removed in `after`. */
let dataDir: string | undefined;

killServerOnExit(() => server);

// The demo accounts are on (support.ts); only this journey's records: no demo county is seeded.
const serverEnvironment = (today: string) => ({ HARBOUR_TODAY: today, HARBOUR_SEED_DEMO: 'off' });

// ---------------------------------------------------------------------------------------------
// Acting as a person: sign in, follow a link or press a button, and check every page reached
// ---------------------------------------------------------------------------------------------

/** A person signed in, in their own browser context, on the home page (checked). */
async function signedIn(role: Role): Promise<WatchedPage> {
  const context = await newContext(browser!);
  contexts.push(context);
  const watched = await watchedPage(context, server!.baseUrl);
  await signIn(watched, demoUsername(role), demoPassword);
  await checkPage(watched, `${role}: home`);
  return watched;
}

const link = (watched: WatchedPage, name: string | RegExp) => watched.page.getByRole('link', { name }).first();
const navigation = (watched: WatchedPage, name: string) =>
  watched.page.locator('.govuk-service-navigation a', { hasText: name });

async function flash(watched: WatchedPage): Promise<string> {
  return (
    await watched.page.locator('.govuk-notification-banner--success .govuk-notification-banner__heading').innerText()
  ).trim();
}

const choose = (watched: WatchedPage, name: string, value: string) =>
  watched.page.locator(`input[name="${name}"][value="${value}"]`).check();

/** The value of a summary list row, by its key. */
async function summaryValue(watched: WatchedPage, key: string): Promise<string> {
  const exactly = new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = watched.page
    .locator('.govuk-summary-list__row')
    .filter({ has: watched.page.locator('.govuk-summary-list__key', { hasText: exactly }) });
  return (await row.locator('.govuk-summary-list__value').innerText()).trim();
}

/** The rows of the child's "Due and overdue" table: what, due by, status. */
async function dueOnChildPage(watched: WatchedPage): Promise<{ what: string; dueBy: string; status: string }[]> {
  const table = watched.page.locator('h2:has-text("Due and overdue") + table');
  const rows = table.locator('tbody tr');
  const found = [];
  for (let index = 0; index < (await rows.count()); index += 1) {
    const cells = rows.nth(index).locator('td');
    found.push({
      what: (await cells.nth(0).innerText()).trim(),
      dueBy: (await cells.nth(1).innerText()).trim(),
      status: (await cells.nth(2).innerText()).trim(),
    });
  }
  return found;
}

/**
 * From anywhere, to a child's page the way a person would: Find a child, search the name, open the
 * result. Someone not yet working with the child (no allocation in their team) gives `reason` first.
 */
async function findChild(watched: WatchedPage, child: Sibling, label: string, reason?: string): Promise<void> {
  const { page } = watched;
  await go(watched, navigation(watched, 'Find a child'), at('/children'), `${label}: find a child`);
  await page.locator('#q').fill(fullName(child));
  await go(
    watched,
    button(watched, 'Search'),
    (url) => url.pathname === '/children' && url.searchParams.get('q') === fullName(child),
    `${label}: search results`,
  );
  assert.match(await page.locator('.govuk-table__caption').innerText(), /^1 child found/);
  const result = page.locator('.govuk-table__body').getByRole('link', { name: fullName(child) });
  if (reason) {
    await go(watched, result, at(`/children/${child.id}/why`), `${label}: why open ${child.forename}'s record`);
    await choose(watched, 'reason', reason);
    await go(
      watched,
      button(watched, 'Open the record'),
      at(`/children/${child.id}`),
      `${label}: ${child.forename}'s record`,
    );
    return;
  }
  await go(watched, result, at(`/children/${child.id}`), `${label}: ${child.forename}'s record`);
}

// ---------------------------------------------------------------------------------------------
// The journey
// ---------------------------------------------------------------------------------------------

describe('A family through Harbour: contact to child protection, and what falls due', { timeout: 10 * 60_000 }, () => {
  before(async () => {
    // Both at once, but wait for both: a server that started must be stopped in `after` even if Chromium did not.
    const [started, launched] = await Promise.allSettled([
      startHarbour({ env: serverEnvironment(journeyDay) }).then((running) => {
        server = running;
        dataDir = running.dataDir;
      }),
      launchChromium().then((opened) => (browser = opened)),
    ]);
    for (const outcome of [started, launched]) if (outcome.status === 'rejected') throw outcome.reason;
  });

  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    if (browser) await browser.close();
    if (server) await stopHarbour(server);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Set once each child has a referral, so later steps stop at once when this one did not get there. */
  let referred = false;

  test(
    'the front door records a contact about three brothers and sisters and refers them all',
    { timeout: testTimeout },
    async () => {
      const frontDoor = await signedIn('front-door');
      const { page } = frontDoor;

      await go(frontDoor, navigation(frontDoor, 'Front door'), at('/front-door'), 'front door queue');
      await go(
        frontDoor,
        button(frontDoor, 'Record a contact'),
        at('/front-door/contacts/new'),
        'record a contact: find the child',
      );

      // The eldest is not in Harbour yet: searched for, not found, added.
      await page.locator('#q').fill(fullName(eldest));
      await go(
        frontDoor,
        button(frontDoor, 'Search'),
        (url) => url.pathname === '/front-door/contacts/new' && url.searchParams.get('q') === fullName(eldest),
        'record a contact: no child found',
      );
      assert.match(await page.locator('main').innerText(), /No children found/);

      for (const [index, child] of siblings.entries()) {
        await go(
          frontDoor,
          link(frontDoor, 'Add a child who is not in Harbour'),
          at('/front-door/contacts/new/add-child'),
          `record a contact: add ${child.forename}`,
        );
        await page.locator('#forename').fill(child.forename);
        await page.locator('#surname').fill(surname);
        await fillDate(frontDoor, 'dateOfBirth', child.dateOfBirth);
        await choose(frontDoor, 'sex', child.sex);
        await go(
          frontDoor,
          button(frontDoor, 'Add child'),
          at('/front-door/contacts/new/household'),
          `record a contact: household after adding ${child.forename}`,
        );
        const added = /is recorded with Harbour ID (\d+)/.exec(await flash(frontDoor));
        assert.ok(added, `no Harbour ID in "${await flash(frontDoor)}"`);
        child.id = Number(added[1]);
        assert.match(await page.locator('.govuk-caption-l').innerText(), new RegExp(`about ${fullName(eldest)}`));

        // The brothers and sisters added so far are chosen for the contact.
        const chosen = page.locator('input[name="childIds"]:checked');
        assert.equal(await chosen.count(), index, `after adding ${child.forename}`);
        for (const other of siblings.slice(1, index + 1))
          assert.equal(
            await page.locator(`input[name="childIds"][value="${other.id}"]`).isChecked(),
            true,
            `${other.forename} is not chosen`,
          );
        if (index < siblings.length - 1) {
          await go(
            frontDoor,
            link(frontDoor, 'Find another child who is not in the family network'),
            at('/front-door/contacts/new'),
            'record a contact: find another child',
          );
          assert.equal(await heading(page), 'Find another child');
        }
      }
      await go(
        frontDoor,
        button(frontDoor, 'Continue'),
        at('/front-door/contacts/new/details'),
        'record a contact: details',
      );
      assert.match(await page.locator('.govuk-caption-l').innerText(), new RegExp(siblings.map(fullName).join(', ')));

      // Sent empty first: the GOV.UK error summary, and the page still passes axe.
      const [refused] = await Promise.all([
        page.waitForResponse(
          (response) =>
            new URL(response.url()).pathname === '/front-door/contacts/new/details' &&
            response.request().method() === 'POST',
        ),
        button(frontDoor, 'Continue').click(),
      ]);
      assert.equal(refused.status(), 400);
      await page.waitForLoadState('load');
      await page.locator('.govuk-error-summary').waitFor({ state: 'visible' });
      const problems = await page.locator('.govuk-error-summary__list li').allInnerTexts();
      for (const expected of ['Enter the concerns', 'Select the level of need'])
        assert.ok(
          problems.some((text) => text.includes(expected)),
          `"${expected}" missing from ${JSON.stringify(problems)}`,
        );
      await checkPage(frontDoor, 'record a contact: details with errors');

      await fillDate(frontDoor, 'receivedAt', '2026-02-27');
      await page.locator('#receivedAt-time').fill('09:15');
      await page.locator('#source').selectOption('6');
      await page.locator('#sourceDetail').fill('PC Jo Smith, Harbour Police');
      await choose(frontDoor, 'levelOfNeed', '4');
      // Overriding consent reveals the reason, with GOV.UK Frontend's script (the axe exception's case).
      await choose(frontDoor, 'consent', 'overridden');
      await page
        .locator('#consentOverrideReason')
        .fill('The children are at risk of significant harm; asking the parents first could put them at more risk.');
      await choose(frontDoor, 'flags', 'domesticAbuseNotification');
      await page
        .locator('#concerns')
        .fill(
          'Police attended a domestic incident at the family home overnight. All three children were present; the eldest, Kai, has a bruise to his arm he said was from his mother’s partner.',
        );
      await checkPage(frontDoor, 'record a contact: details filled, consent override revealed');
      await go(
        frontDoor,
        button(frontDoor, 'Continue'),
        at('/front-door/contacts/new/check'),
        'record a contact: check your answers',
      );
      const answers = await page.locator('main').innerText();
      for (const expected of [...siblings.map(fullName), 'Police', 'Consent overridden', 'PC Jo Smith'])
        assert.ok(answers.includes(expected), `the check page does not show "${expected}"`);

      await go(
        frontDoor,
        button(frontDoor, 'Save the contact'),
        matching(/^\/front-door\/contacts\/\d+$/),
        'the contact',
      );
      const contactId = Number(/\/front-door\/contacts\/(\d+)$/.exec(new URL(page.url()).pathname)![1]);
      assert.equal(await flash(frontDoor), 'The contact about 3 children is recorded and waiting for a decision');

      // The queue: the contact waits for a decision; the front door decides.
      await go(frontDoor, navigation(frontDoor, 'Front door'), at('/front-door'), 'front door queue with the contact');
      const row = page.locator('.govuk-table__body tr', { hasText: fullName(eldest) });
      assert.equal(await row.count(), 1, 'the contact is not in the queue');
      for (const child of siblings) assert.match(await row.innerText(), new RegExp(fullName(child)));
      await go(
        frontDoor,
        row.getByRole('link', { name: /^Decide/ }),
        at(`/front-door/contacts/${contactId}/decision`),
        'decide on the contact',
      );
      assert.notEqual(
        await page.locator('#decidedAt-day').inputValue(),
        '',
        'the decision time is not filled in with now',
      );
      await choose(frontDoor, 'outcome', 'referral');
      await page
        .locator('#reasons')
        .fill(
          'Domestic abuse with a child injured: the threshold for a social work assessment is met for all three children.',
        );
      await go(
        frontDoor,
        button(frontDoor, 'Record the decision'),
        at(`/front-door/contacts/${contactId}/referrals`),
        'record the referrals',
      );
      assert.equal(await flash(frontDoor), 'Decision recorded: Referral to children’s social care');
      const toRefer = await page.locator('main .govuk-list--bullet li').allInnerTexts();
      assert.deepEqual(
        toRefer.map((text) => text.trim()),
        siblings.map(fullName),
      );
      assert.equal(
        await page.locator('#referralDate-day').inputValue(),
        dayOfMonth(journeyDay),
        'the referral date is not the day of the decision',
      );
      // Each child's primary need (CIN census) is required on the referral.
      for (const child of siblings) await page.locator(`#primaryNeed-${child.id}`).selectOption('N1');

      await go(
        frontDoor,
        button(frontDoor, 'Record the referrals'),
        at(`/front-door/contacts/${contactId}`),
        'the contact, decided and referred',
      );
      assert.equal(await flash(frontDoor), 'The referrals are recorded');
      assert.equal(await summaryValue(frontDoor, 'Decision'), 'Referral to children’s social care');
      const referrals = (await page.locator('main .govuk-list--bullet li').allInnerTexts()).map((text) => text.trim());
      assert.deepEqual(
        referrals,
        siblings.map((child) => `${fullName(child)}: referral on ${journeyDayWritten}`),
      );
      assert.equal(
        await page.getByRole('link', { name: 'Record the referrals' }).count(),
        0,
        'still offered to record the referrals',
      );

      referred = true;

      // Each child's record now shows an open referral: a child in need.
      for (const child of siblings) {
        await go(
          frontDoor,
          page.locator('main .govuk-list--bullet').getByRole('link', { name: fullName(child) }),
          at(`/children/${child.id}`),
          `${child.forename}'s record after the referral`,
        );
        assert.match(await page.locator('main .govuk-tag').first().innerText(), /Child in need/i);
        assert.equal(
          await page.getByRole('link', { name: `Referral of ${journeyDayWritten}` }).count(),
          1,
          `${child.forename} has no open referral`,
        );
        await page.goBack({ waitUntil: 'load' });
        await page.waitForURL(at(`/front-door/contacts/${contactId}`));
      }
    },
  );

  let practitioner: WatchedPage | undefined;
  let manager: WatchedPage | undefined;
  let planPath: string | undefined;

  test(
    'the eldest child is assessed, seen alone, and a conference makes a child protection plan',
    { timeout: testTimeout },
    async () => {
      assert.ok(referred, 'the front door did not refer the children');
      practitioner = await signedIn('practitioner');
      const { page } = practitioner;

      // The social worker starts the assessment from the referral.
      // Nobody holds the case yet: the duty social worker says so before opening the record.
      await findChild(practitioner, eldest, 'practitioner', 'duty');
      await go(
        practitioner,
        link(practitioner, `Referral of ${journeyDayWritten}`),
        matching(/^\/children\/\d+\/referrals\/\d+$/),
        'practitioner: the referral',
      );
      assert.match(await page.locator('main').innerText(), /No assessment has started yet/);
      await fillDate(practitioner, 'startDate', journeyDay);
      await go(
        practitioner,
        button(practitioner, 'Start assessment'),
        matching(/^\/children\/\d+\/assessments\/\d+$/),
        'practitioner: the assessment, started',
      );
      assert.equal(await flash(practitioner), 'The assessment is started');
      const assessmentPath = new URL(page.url()).pathname;
      assert.match(await page.locator('#timescales').innerText(), /45 working days left of 45/);

      // The long form as a task list: each section its own page, kept as a draft as it is saved,
      // then checked together and submitted.
      const form = `${assessmentPath}/record`;
      const writer = practitioner;
      await go(
        practitioner,
        button(practitioner, 'Record the assessment'),
        at(form),
        'practitioner: the assessment’s sections',
      );
      const section = (title: string, slug: string) =>
        go(
          writer,
          page.getByRole('link', { name: title, exact: true }),
          at(`${form}/${slug}`),
          `practitioner: ${title}`,
        );
      const saveSection = (label: string) =>
        go(writer, button(writer, 'Save and continue'), at(form), `practitioner: ${label} saved`);
      await section('The child’s voice', 'childs-voice');
      // Seen: "Yes" reveals when, and whether alone; seen, so heard, in her own words.
      await choose(practitioner, 'childSeen', 'yes');
      await fillDate(practitioner, 'childSeenDate', journeyDay);
      await choose(practitioner, 'childSeenAlone', 'yes');
      await page.locator('#wishesAndFeelings').fill('I want it to be quiet at night so I can sleep.');
      await choose(practitioner, 'voiceGathered', 'spoken');
      await saveSection('the child’s voice');
      assert.match(
        await page.locator('.govuk-notification-banner:not(.govuk-notification-banner--success)').innerText(),
        /This form has your draft from/,
      );
      await section('The child’s voice', 'childs-voice');
      assert.equal(
        await page.locator('#childSeenDate-day').inputValue(),
        dayOfMonth(journeyDay),
        'the draft lost the day the child was seen',
      );
      assert.equal(
        await page.locator('input[name="childSeenAlone"][value="yes"]').isChecked(),
        true,
        'the draft lost "seen alone"',
      );
      await go(
        practitioner,
        page.getByRole('link', { name: 'Back to the sections' }),
        at(form),
        'practitioner: the sections',
      );
      await section('The child’s lived experience', 'lived-experience');
      await page
        .locator('#childsLivedExperience')
        .fill('She gets herself up and to school; she says home is “loud at night”.');
      await saveSection('her lived experience');
      await section('The parents’ and carers’ views', 'parents-views');
      await page.locator('#parentsViews').fill('Mum says the family is managing and does not want help.');
      await saveSection('the parents’ views');
      await section('Analysis', 'analysis');
      await page.locator('#analysis').fill('Domestic abuse at home and the children unsupervised at night.');
      await saveSection('the analysis');
      await section('Recommendation', 'recommendation');
      await choose(practitioner, 'outcome', 'strategy-discussion');
      await page
        .locator('#recommendation')
        .fill('A strategy discussion: the risk of significant harm needs a multi-agency view.');
      await saveSection('the recommendation');
      await go(
        practitioner,
        button(practitioner, 'Check your answers'),
        at(`${form}/check`),
        'practitioner: check your answers',
      );
      await go(
        practitioner,
        button(practitioner, 'Submit for authorisation'),
        at(assessmentPath),
        'practitioner: the assessment, submitted',
      );
      assert.equal(await flash(practitioner), 'The assessment is submitted for authorisation');
      assert.equal(await summaryValue(practitioner, 'Child seen'), `${journeyDayWritten}, alone`);
      assert.equal(await summaryValue(practitioner, 'Submitted for authorisation'), journeyDayWritten);

      // The team manager authorises it, from the child's record.
      manager = await signedIn('team-manager');
      await findChild(manager, eldest, 'manager', 'management-oversight');
      await go(
        manager,
        link(manager, /^Assessment in progress/),
        at(assessmentPath),
        'manager: the assessment to authorise',
      );
      await go(
        manager,
        button(manager, 'Authorise the assessment'),
        at(`${assessmentPath}/authorise`),
        'manager: authorise the assessment',
      );
      assert.equal(
        await manager.page.locator('input[name="outcome"][value="strategy-discussion"]').isChecked(),
        true,
        'the recommended outcome is not offered',
      );
      await fillDate(manager, 'authorisationDate', journeyDay);
      await choose(manager, 'factors', '3B');
      await choose(manager, 'factors', '18B');
      await go(
        manager,
        button(manager, 'Authorise assessment'),
        at(assessmentPath),
        'manager: the assessment, authorised',
      );
      assert.equal(await flash(manager), 'The assessment is authorised');
      assert.match(
        await summaryValue(manager, 'Authorised'),
        new RegExp(`^${journeyDayWritten} by Demo team manager$`),
      );
      assert.match(await summaryValue(manager, 'Factors identified'), /3B: Domestic abuse[\s\S]*18B: Physical abuse/);

      // The social worker: a strategy discussion, held the same day, decides on a section 47 enquiry.
      await go(
        practitioner,
        link(practitioner, `Back to ${fullName(eldest)}`),
        at(eldestPath()),
        'practitioner: the record after authorisation',
      );
      await go(
        practitioner,
        link(practitioner, 'Record a strategy discussion'),
        at(`${eldestPath()}/strategy-discussions/new`),
        'practitioner: record a strategy discussion',
      );
      await fillDate(practitioner, 'decisionDate', journeyDay);
      await fillDate(practitioner, 'heldDate', journeyDay);
      for (const agency of ['police', 'health', 'education', 'social-care'])
        await choose(practitioner, 'agencies', agency);
      await choose(practitioner, 'decision', 'section-47');
      await go(
        practitioner,
        button(practitioner, 'Record strategy discussion'),
        matching(/^\/children\/\d+\/strategy-discussions\/\d+$/),
        'practitioner: the strategy discussion',
      );
      assert.equal(await flash(practitioner), 'The strategy discussion is recorded');
      assert.equal(await summaryValue(practitioner, 'Held on'), journeyDayWritten);
      assert.equal(
        await summaryValue(practitioner, 'Agencies present'),
        'Police, Health, Education, Children’s social care',
      );
      assert.equal(await summaryValue(practitioner, 'Decision'), 'Section 47 enquiry');

      await go(
        practitioner,
        button(practitioner, 'Start the section 47 enquiry'),
        matching(/^\/children\/\d+\/section-47-enquiries\/\d+$/),
        'practitioner: the section 47 enquiry',
      );
      assert.equal(await flash(practitioner), 'The section 47 enquiry is started');
      const enquiryPath = new URL(page.url()).pathname;
      await go(
        practitioner,
        button(practitioner, 'Record the outcome'),
        at(`${enquiryPath}/outcome`),
        'practitioner: the outcome of the enquiry',
      );
      await fillDate(practitioner, 'endDate', journeyDay);
      await page.locator('#findings').fill('Bruising seen on both arms; the explanation given did not match it.');
      await page.locator('#childsAccount').fill('“Dad grabbed me when I dropped the plate.”');
      await choose(practitioner, 'outcome', 'initial-conference');
      await page.locator('#outcomeReasons').fill('Significant harm is likely: a conference is needed to plan.');
      await go(
        practitioner,
        button(practitioner, 'Save outcome'),
        at(enquiryPath),
        'practitioner: the enquiry concluded',
      );
      assert.equal(await flash(practitioner), 'The outcome of the section 47 enquiry is recorded');
      assert.equal(
        await summaryValue(practitioner, 'Outcome'),
        'Concerns substantiated: initial child protection conference',
      );
      assert.match(await page.locator('#timescales').innerText(), /working days? left of 15/);

      // The initial conference, chaired by the independent reviewing officer, makes a plan.
      await go(
        practitioner,
        button(practitioner, 'Record the initial conference'),
        at(`${enquiryPath}/conference`),
        'practitioner: record the initial conference',
      );
      await fillDate(practitioner, 'conferenceDate', journeyDay);
      await choose(practitioner, 'outcome', 'plan');
      await choose(practitioner, 'category', 'PHY');
      await choose(practitioner, 'childParticipation', 'attended-part');
      await choose(practitioner, 'parentsParticipation', 'one-attended');
      await page
        .locator('#decisionReasons')
        .fill('Bruising with no account that fits it; father denies; the child is frightened of going home.');
      const chair = page.locator('#chairId option', { hasText: /independent reviewing officer/i });
      assert.equal(await chair.count(), 1, 'the independent reviewing officer is not offered as chair');
      await page.locator('#chairId').selectOption(await chair.getAttribute('value'));
      await go(
        practitioner,
        button(practitioner, 'Record conference'),
        matching(/^\/children\/\d+\/child-protection-plans\/\d+$/),
        'practitioner: the child protection plan',
      );
      assert.equal(
        await flash(practitioner),
        'The initial conference is recorded and the child protection plan has started',
      );
      planPath = new URL(page.url()).pathname;
      assert.equal(await summaryValue(practitioner, 'Started'), journeyDayWritten);
      assert.equal(await summaryValue(practitioner, 'Initial category'), 'PHY: Physical abuse');
      const conference = page
        .locator('table', { has: page.locator('caption', { hasText: 'Conferences about the plan' }) })
        .locator('tbody tr');
      assert.equal(await conference.count(), 1);
      assert.match(
        await conference.innerText(),
        /Initial\s+Child protection plan\s+Attended part of the conference\s+One parent attended\s+Demo independent reviewing officer/,
      );
      assert.match(
        await page.locator('main').innerText(),
        /Why the initial conference of 2 March 2026 decided as it did\s+Bruising with no account that fits it/,
      );
      const timescales = await page.locator('#timescales').innerText();
      for (const due of [
        'First core group meeting',
        'Child protection visit, child seen',
        'Child protection review conference',
      ])
        assert.ok(timescales.includes(due), `the plan does not show "${due}" as due:\n${timescales}`);

      await go(
        practitioner,
        link(practitioner, `Back to ${fullName(eldest)}`),
        at(eldestPath()),
        'practitioner: the record with the plan',
      );
      assert.equal(
        await page.getByRole('link', { name: `Child protection plan since ${journeyDayWritten}` }).count(),
        1,
        'the record does not show the plan',
      );
    },
  );

  test(
    'the team manager adds a social worker to the workforce and allocates the eldest child to them',
    { timeout: testTimeout },
    async () => {
      assert.ok(manager && planPath, 'the child protection plan was not made');
      const { page } = manager;
      await go(manager, navigation(manager, 'Workforce'), at('/admin/workers'), 'manager: the workforce');
      await go(manager, button(manager, 'Add a worker'), at('/admin/workers/new'), 'manager: add a worker');
      // Sent empty first: the GOV.UK error summary, checked like every page.
      await go(manager, button(manager, 'Add worker'), at('/admin/workers/new'), 'manager: add a worker, with errors');
      assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the worker's full name/);
      await page.locator('#name').fill(socialWorker);
      await choose(manager, 'role', 'social-worker');
      await page.locator('#teamId').selectOption({ label: managersTeam });
      await page.locator('#fullTimeEquivalent').fill('1');
      await choose(manager, 'isAgency', 'no');
      await fillDate(manager, 'startDate', journeyDay);
      await go(
        manager,
        button(manager, 'Add worker'),
        at('/admin/workers'),
        'manager: the workforce with the new worker',
      );
      assert.equal(await flash(manager), `${socialWorker} is added to the workforce`);

      await go(manager, navigation(manager, 'My team'), at('/team'), 'manager: my team');
      await go(
        manager,
        link(manager, 'Open children with no allocated worker'),
        at('/team/unallocated'),
        'manager: the county’s open children with no worker, the family among them',
      );
      const unallocated = page.locator('main table');
      for (const child of siblings)
        assert.equal(
          await unallocated.getByRole('link', { name: `Allocate ${fullName(child)}` }).count(),
          1,
          `${child.forename} is not listed as open and unallocated`,
        );
      await go(
        manager,
        unallocated.getByRole('link', { name: `Allocate ${fullName(eldest)}` }),
        at(`${eldestPath()}/allocation`),
        `manager: allocate ${eldest.forename}`,
      );
      assert.equal(await heading(page), 'Allocate to a worker');
      const option = page.locator('#workerId option', { hasText: socialWorker });
      await page.locator('#workerId').selectOption(await option.getAttribute('value'));
      await go(
        manager,
        button(manager, 'Allocate'),
        at(eldestPath()),
        `manager: ${eldest.forename}'s record, allocated`,
      );
      assert.equal(await flash(manager), `${fullName(eldest)} is allocated`);
      assert.match(await page.locator('main').innerText(), new RegExp(socialWorker));
    },
  );

  test(
    "the team manager sees what is due: My team, Due and overdue, the child's record",
    { timeout: testTimeout },
    async () => {
      assert.ok(manager && planPath, 'the child protection plan was not made');
      await managerLooksAtWhatIsDue(manager, 'manager');
      const due = await dueOnChildPage(manager);
      const visit = due.find((item) => item.what === 'Child protection visit, child seen');
      assert.ok(visit, `no child protection visit due on the record: ${JSON.stringify(due)}`);
      assert.equal(visit.status, 'Due');
      assert.equal(visit.dueBy, visitDueWritten, 'not 10 working days after the plan started');
      assert.ok(!due.some((item) => item.status === 'Overdue'), `overdue already: ${JSON.stringify(due)}`);
    },
  );

  test(
    'a month later, with no visit made, the child protection visit is overdue',
    { timeout: testTimeout },
    async () => {
      assert.ok(server && planPath, 'the child protection plan was not made');
      for (const context of contexts.splice(0)) await context.close();
      // The clock moves: the same data, served again with a later "today".
      await stopHarbour(server, { keepData: true });
      server = undefined;
      server = await startHarbour({ dataDir, env: serverEnvironment(monthLater) });

      const later = await signedIn('team-manager');
      await managerLooksAtWhatIsDue(later, 'manager a month later');
      const due = await dueOnChildPage(later);
      const visit = due.find((item) => item.what === 'Child protection visit, child seen');
      assert.ok(visit, `no child protection visit on the record: ${JSON.stringify(due)}`);
      assert.equal(visit.status, 'Overdue');
      assert.equal(due[0]!.status, 'Overdue', 'overdue items are not listed first');
      assert.match(
        await later.page.locator('h2:has-text("Due and overdue") + table caption').innerText(),
        /^[1-9]\d* overdue/,
      );

      // The plan calls it out too.
      await go(
        later,
        link(later, `Child protection plan since ${journeyDayWritten}`),
        at(planPath),
        'manager a month later: the plan',
      );
      assert.match(
        await later.page
          .locator('.govuk-warning-text')
          .allInnerTexts()
          .then((texts) => texts.join('\n')),
        new RegExp(`Child protection visit, child seen is overdue by ${visitWorkingDaysOverdue} working days`),
      );
    },
  );
});

/**
 * The manager's round: the county's open children with no worker, linked from My team (the eldest
 * allocated; the younger two still there, each with a link to allocate them), Due and overdue for
 * the team, where the eldest's child protection visit is listed by child, and from there the
 * child's record.
 */
async function managerLooksAtWhatIsDue(manager: WatchedPage, label: string): Promise<void> {
  const { page } = manager;
  await go(manager, navigation(manager, 'My team'), at('/team'), `${label}: my team`);
  await go(
    manager,
    link(manager, 'Open children with no allocated worker'),
    at('/team/unallocated'),
    `${label}: open children with no worker`,
  );
  const unallocated = page.locator('main table');
  assert.equal(
    await unallocated.getByRole('link', { name: `Allocate ${fullName(eldest)}` }).count(),
    0,
    `${eldest.forename} is still listed as unallocated`,
  );
  for (const child of siblings.slice(1))
    assert.equal(
      await unallocated.getByRole('link', { name: `Allocate ${fullName(child)}` }).count(),
      1,
      `${child.forename} is not listed as open and unallocated`,
    );
  await go(manager, navigation(manager, 'My team'), at('/team'), `${label}: my team again`);
  await go(manager, link(manager, 'Due and overdue'), at('/team/due'), `${label}: due and overdue`);
  assert.match(await heading(page), /: due and overdue$/);
  assert.match(
    await page.locator('main').innerText(),
    /\d+ overdue and \d+ due for the children allocated to this team/,
  );
  await go(
    manager,
    link(manager, 'By child'),
    (url) => url.pathname === '/team/due' && url.searchParams.get('by') === 'child',
    `${label}: due and overdue by child`,
  );
  assert.ok(
    (await page.locator('main').innerText()).includes(fullName(eldest)),
    `${eldest.forename} is not in the team's due and overdue list`,
  );
  await findChild(manager, eldest, `${label}: back to`);
}
