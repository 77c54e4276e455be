/**
 * Families First in Chromium: a family's Family Help, led by a school's designated safeguarding lead
 * with a partner account, stepped up to a multi-agency child protection team, with family group
 * decision-making before the Public Law Outline — and the CIN census that counts it.
 *
 * The administrator switches the council to the Family Help model. A contact about Cara leads the
 * front door to Family Help with the demo partner (a designated safeguarding lead at Harbour Primary
 * School) as lead practitioner. The council's practitioner agrees a targeted family plan; the partner
 * records a case note and a plan review that asks for a step-up, and is refused any other child's
 * record and the search. The practitioner steps the family up: as Lead Child Protection Practitioner
 * in the multi-agency team they hold the strategy discussion with police and health, each agency's
 * contribution recorded; the team's page lists Cara. Family group decision-making is offered and held
 * before pre-proceedings start. The analyst's CIN census has one CINdetails row for Cara, referred
 * the day Family Help started, and none for Dan, whose Family Help is targeted only.
 *
 * Every page reached is checked with axe-core (WCAG 2.2 AA) and for Content Security Policy refusals.
 * Run: node --import tsx --test test/browser/familiesFirst.test.ts
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import type { Role } from '../../src/platform/access/roles.ts';
import {
  button,
  checkPage,
  fillDate,
  go,
  matching,
  stage,
  testTimeout,
  visit,
  writeBeforeTheStory,
  type WatchedPage,
} from './support.ts';

/** A Monday in November; every date of the story is before it, so no time of day is in the future. */
const today = '2026-11-16';
const dates = {
  contact: '2026-10-01',
  familyHelpStarts: '2026-10-02',
  planAgreed: '2026-10-09',
  caseNote: '2026-10-20',
  planReview: '2026-11-02',
  steppedUp: '2026-11-03',
  discussionHeld: '2026-11-04',
  familyGroupOffered: '2026-11-05',
  familyGroupHeld: '2026-11-10',
  legalPlanningMeeting: '2026-11-12',
};

/** A surname of this run only, so a database shared with other runs (DATABASE_URL) finds only this family. */
const surname = `Reed${Array.from(crypto.randomBytes(4), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
const cara = { forename: 'Cara', dateOfBirth: '2016-05-12', id: 0 };
const dan = { forename: 'Dan', dateOfBirth: '2014-01-20', id: 0 };
const name = (child: { forename: string }) => `${child.forename} ${surname}`;
let contactId = 0;
let teamId = 0;
const teamName = `North multi-agency child protection team ${surname}`;

/**
 * Before the story: Cara's contact awaiting the front door's decision; Dan (another family) in
 * targeted Family Help led by the council's practitioner; Cara allocated to that practitioner, who
 * supports her family's help; the multi-agency child protection team,
 * with police, health and education beside the council's practitioner.
 */
async function beforeTheStory(directory: string) {
  const { createChild } = await import('../../src/areas/people/store.ts');
  const { recordContact } = await import('../../src/areas/frontdoor/store.ts');
  const { startFamilyHelp } = await import('../../src/areas/familyhelp/store.ts');
  const { addTeamMember, setUpMultiAgencyTeam } = await import('../../src/areas/protection/teamStore.ts');
  const { allocateChild } = await import('../../src/areas/workforce/allocations.ts');
  await writeBeforeTheStory(directory, async (db, actor, workerId) => {
    for (const child of [cara, dan])
      child.id = (
        await createChild(db, actor, { forename: child.forename, surname, dateOfBirth: child.dateOfBirth, sex: 'F' })
      ).id;
    contactId = (
      await recordContact(db, actor, {
        childIds: [cara.id],
        receivedAt: `${dates.contact}T09:30:00Z`,
        source: '2A',
        sourceDetail: 'Designated safeguarding lead, Harbour Primary School',
        levelOfNeed: 2,
        consent: 'given',
        concerns: 'Cara has come to school hungry most days this half term; her mother says she is struggling.',
      })
    ).contact.id;
    // The council's practitioner who supports the family's Family Help (and will lead child protection).
    await allocateChild(db, actor, { childId: cara.id, workerId, startDate: dates.familyHelpStarts });
    const practitioner = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', demoUsername('practitioner'))
      .executeTakeFirstOrThrow();
    await startFamilyHelp(db, actor, {
      childIds: [dan.id],
      startDate: dates.familyHelpStarts,
      source: '5A',
      leadPractitionerId: practitioner.id,
    });
    const team = await setUpMultiAgencyTeam(db, actor, teamName);
    teamId = team.id;
    const members = [
      { userId: practitioner.id, agency: 'social-care', role: 'Social worker' },
      { name: 'DS Priya Shah', agency: 'police', role: 'Detective sergeant, child abuse investigation' },
      { name: 'Jo Evans', agency: 'health', role: 'Named nurse for safeguarding' },
      { name: 'Mark Owen', agency: 'education', role: 'Education safeguarding officer' },
    ] as const;
    for (const [version, member] of members.entries())
      await addTeamMember(db, actor, {
        teamId,
        version: version + 1,
        member: { ...member, joinedOn: '2026-09-01', phone: null, email: null },
      });
  });
}

const story = stage({ env: { HARBOUR_TODAY: today, HARBOUR_SEED_DEMO: 'off' }, before: beforeTheStory });
const signedIn = (role: Role) => story.signedIn(role, demoUsername(role), demoPassword);

async function open(watched: WatchedPage, pathname: string, label: string) {
  await visit(watched, pathname);
  await checkPage(watched, label);
}

async function submit(watched: WatchedPage, text: string, where: RegExp, label: string) {
  await go(watched, button(watched, text), matching(where), label);
}

/** The first link on the page whose path matches. */
async function linkOnPage(watched: WatchedPage, pattern: RegExp): Promise<string> {
  const links = watched.page.locator('main a');
  for (let index = 0; index < (await links.count()); index += 1) {
    const href = await links.nth(index).getAttribute('href');
    if (href && pattern.test(href)) return href;
  }
  assert.fail(`no link matching ${pattern} on ${watched.page.url()}`);
}

/** Chooses the option of a select whose text contains `text`. */
async function chooseOption(watched: WatchedPage, select: string, text: string) {
  const value = await watched.page.locator(`${select} option`, { hasText: text }).first().getAttribute('value');
  assert.ok(value, `no option "${text}" in ${select}`);
  await watched.page.locator(select).selectOption(value);
}

describe('Families First: Family Help led by a partner, multi-agency child protection, FGDM before PLO', () => {
  before(() => story.open());
  after(() => story.close());

  test(
    'the partner works only with their family; the step-up, the strategy discussion and the FGDM are recorded; the census counts Cara once',
    { timeout: testTimeout * 2 },
    async () => {
      // The council works the Families First way.
      const administrator = await signedIn('administrator');
      await open(administrator, '/admin/settings/family-help', 'the Family Help model');
      await administrator.page.locator('input[name="model"][value="unified"]').check();
      await submit(administrator, 'Save', /\/admin\/settings/, 'the Family Help model saved');

      // The front door decides Family Help, led by the school's designated safeguarding lead.
      const frontDoor = await signedIn('front-door');
      await open(frontDoor, `/front-door/contacts/${contactId}/decision`, 'decide on the contact');
      await frontDoor.page.locator('input[name="outcome"][value="family-help"]').check();
      await frontDoor.page.locator('#reasons').fill('Needs met best by help the school can lead, with the family.');
      await fillDate(frontDoor, 'decidedAt', dates.contact);
      await frontDoor.page.locator('#decidedAt-time').fill('15:00');
      await submit(frontDoor, 'Record the decision', /\/family-help$/, 'start Family Help');
      await fillDate(frontDoor, 'startDate', dates.familyHelpStarts);
      await chooseOption(frontDoor, '#leadPractitionerId', 'Demo partner practitioner');
      await submit(frontDoor, 'Start Family Help', /\/front-door\/contacts\/\d+$/, 'Family Help started');

      // The council's practitioner agrees the family plan: targeted help, not a child in need plan.
      const worker = await signedIn('practitioner');
      await open(worker, `/children/${cara.id}/family-help`, "Cara's Family Help");
      assert.match(await worker.page.locator('main').innerText(), /Demo partner practitioner/);
      const plan = await linkOnPage(worker, /\/family-help\/\d+\/plan$/);
      const episode = plan.replace(/\/plan$/, '');
      await open(worker, plan, 'the family plan');
      await fillDate(worker, 'agreedOn', dates.planAgreed);
      await worker.page
        .locator('#outcomes')
        .fill('Cara comes to school fed and ready to learn; Mum has help with money.');
      await worker.page.locator('input[name="section17"][value="no"]').check();
      await submit(worker, 'Save the family plan', /\/family-help/, 'the family plan agreed');

      // The partner: their family on their home page, a case note and a review of the plan.
      const partner = await signedIn('partner');
      assert.match(await partner.page.locator('main').innerText(), new RegExp(name(cara)));
      assert.doesNotMatch(await partner.page.locator('main').innerText(), new RegExp(name(dan)));
      await open(partner, `/children/${cara.id}`, "Cara's record, to the partner");
      await open(partner, `/children/${cara.id}/case-notes/new`, 'the partner writes a case note');
      await fillDate(partner, 'happenedAt', dates.caseNote);
      await partner.page.locator('#happenedAt-time').fill('15:30');
      await partner.page.locator('input[name="kind"][value="meeting"]').check();
      await partner.page
        .locator('#noteText')
        .fill('Met Cara and her mother after school. Breakfast club place agreed; Mum shared her worries.');
      await partner.page.locator(`input[name="childSeen-${cara.id}"][value="yes"]`).check();
      await partner.page.locator(`input[name="seenAlone-${cara.id}"][value="no"]`).check();
      await partner.page.locator(`#seenWhere-${cara.id}`).fill('At school, with her mother');
      await submit(partner, 'Save and continue', /\/case-notes\/\d+\/complete$/, 'the partner checks the note');
      await submit(partner, 'Complete the note', /\/case-notes\/\d+$/, 'the partner’s note completed');
      await open(partner, `${episode}/reviews/new`, 'the partner reviews the family plan');
      await fillDate(partner, 'reviewDate', dates.planReview);
      await partner.page
        .locator('#progress')
        .fill('Cara disclosed bruising from her mother’s partner. Breakfast club is going well.');
      await partner.page.locator('input[name="decision"][value="step-up"]').check();
      await submit(partner, 'Save the review', /\/family-help/, 'the review recorded');

      // …and nothing else: not Dan's record, not the search, not Dan's Family Help.
      await visit(partner, `/children/${dan.id}`, 403);
      await checkPage(partner, 'another child, refused to the partner');
      assert.doesNotMatch(await partner.page.locator('main').innerText(), new RegExp(name(dan)));
      await visit(partner, `/children/${dan.id}/family-help`, 403);
      await visit(partner, `/children?q=${surname}`, 403);
      await checkPage(partner, 'the search, refused to the partner');

      // The step-up, then the strategy discussion the Lead Child Protection Practitioner holds.
      await open(worker, `${episode}/step-up`, 'step up to child protection');
      await fillDate(worker, 'steppedUpOn', dates.steppedUp);
      await worker.page.locator('#reason').fill('Cara disclosed bruising caused by her mother’s partner.');
      await submit(worker, 'Record the step-up', /\/family-help/, 'stepped up');
      await open(worker, `/children/${cara.id}/strategy-discussions/new`, 'record a strategy discussion');
      await fillDate(worker, 'decisionDate', dates.steppedUp);
      await submit(worker, 'Record strategy discussion', /\/strategy-discussions\/\d+$/, "Cara's strategy discussion");
      const discussion = new URL(worker.page.url()).pathname;
      const held = `${discussion}/held`;
      await open(worker, `${held}/attendees`, 'who attended');
      await fillDate(worker, 'heldDate', dates.discussionHeld);
      await worker.page.getByRole('checkbox', { name: 'Police' }).check();
      await worker.page.getByRole('checkbox', { name: 'Health' }).check();
      await worker.page.locator('#attendee1Name').fill('DS Priya Shah');
      await worker.page.locator('#attendee1Agency').selectOption('police');
      await worker.page.locator('#attendee1Role').fill('Detective sergeant');
      await submit(worker, 'Save and continue', /\/held$/, 'who attended saved');
      await open(worker, `${held}/information-shared`, 'information shared');
      await worker.page.locator('#informationShared').fill('Police hold a record of violence by the partner.');
      await submit(worker, 'Save and continue', /\/held$/, 'information shared saved');
      await open(worker, `${held}/decision`, 'the decision');
      await worker.page.locator('input[name="decision"][value="section-47"]').check();
      await worker.page.locator('#decisionReasons').fill('Reasonable cause to suspect significant harm.');
      await submit(worker, 'Save and continue', /\/held$/, 'the decision saved');
      await open(worker, `${held}/check`, 'check your answers');
      await submit(worker, 'Record as held', /\/strategy-discussions\/\d+$/, 'the discussion held');
      for (const [agency, shared] of [
        ['police', 'The partner was arrested for assault in 2024; a joint visit is arranged.'],
        ['health', 'Cara missed her last two dental appointments; no injuries seen by the GP before.'],
      ] as const) {
        await open(worker, `${discussion}/contributions/new`, `the ${agency} contribution`);
        await worker.page.locator('#agency').selectOption(agency);
        await worker.page.locator('input[name="tookPart"][value="yes"]').check();
        await worker.page.locator('#informationShared').fill(shared);
        await worker.page.locator('#agencyView').fill('A section 47 enquiry is needed.');
        await worker.page.locator('#actions').fill('Joins the enquiry.');
        await submit(
          worker,
          'Save contribution',
          /\/strategy-discussions\/\d+$/,
          `the ${agency} contribution recorded`,
        );
      }
      const discussionText = await worker.page.locator('main').innerText();
      assert.match(discussionText, /The partner was arrested for assault/);
      assert.match(discussionText, /Cara missed her last two dental appointments/);

      // The enquiry is led by the practitioner, held by the multi-agency team, which lists Cara.
      await submit(
        worker,
        'Start the section 47 enquiry',
        /\/(section-47-enquiries|strategy-discussions)\/\d+$/,
        'the enquiry started',
      );
      await open(worker, discussion, "Cara's strategy discussion");
      const enquiry = await linkOnPage(worker, /\/section-47-enquiries\/\d+$/);
      await open(worker, `${enquiry}/lead`, 'the Lead Child Protection Practitioner');
      await chooseOption(worker, '#workerId', 'Demo practitioner');
      await chooseOption(worker, '#teamId', teamName);
      await fillDate(worker, 'fromDate', dates.discussionHeld);
      await submit(worker, 'Save', /\/section-47-enquiries\/\d+$/, 'the lead recorded');
      assert.match(await worker.page.locator('main').innerText(), /Lead Child Protection Practitioner/);
      await open(worker, `/multi-agency-teams/${teamId}/children`, 'the multi-agency team’s children');
      assert.match(await worker.page.locator('main').innerText(), new RegExp(name(cara)));

      // Family group decision-making, offered and held before pre-proceedings.
      const familyGroup = `/children/${cara.id}/family-group`;
      await open(worker, `${familyGroup}/meetings/new`, 'offer family group decision-making');
      await worker.page.getByLabel('Family group conference (family group decision-making)').check();
      await fillDate(worker, 'offeredDate', dates.familyGroupOffered);
      await submit(worker, 'Record the offer', /\/family-group$/, 'the offer recorded');
      await open(worker, familyGroup, 'family group decision-making');
      const meeting = await linkOnPage(worker, /\/family-group\/meetings\/\d+$/);
      await open(worker, `${meeting}/answer`, "the family's answer");
      await worker.page.getByLabel('Accepted').check();
      await fillDate(worker, 'responseDate', dates.familyGroupOffered);
      await submit(worker, 'Save the answer', /\/family-group$/, 'the family accepted');
      await open(worker, `${meeting}/held`, 'the meeting held');
      await fillDate(worker, 'heldDate', dates.familyGroupHeld);
      await chooseOption(worker, '#coordinator', 'Demo team manager');
      await submit(worker, 'Save the meeting', /\/family-group$/, 'the meeting held');
      await open(worker, `/children/${cara.id}/court/pre-proceedings/new`, 'start pre-proceedings');
      await fillDate(worker, 'startDate', dates.legalPlanningMeeting);
      await submit(worker, 'Start pre-proceedings', /\/court/, 'pre-proceedings started');
      assert.match(await worker.page.locator('main').innerText(), /Offered .*; held/);

      // The analyst's CIN census: Cara once, referred the day Family Help started; Dan not at all.
      const analyst = await signedIn('analyst');
      await open(analyst, '/returns', 'the Returns page');
      await analyst.page.locator('input[name="kind"][value="cin"]').check();
      await analyst.page.locator('input[name="year"][value="2026-27"]').check();
      await submit(analyst, 'Build the file', /\/returns$/, 'the census asked for');
      let link = analyst.page.locator('#return-files a', { hasText: 'Download' });
      for (let attempt = 0; attempt < 60 && (await link.count()) === 0; attempt += 1) {
        await analyst.page.waitForTimeout(1000);
        await open(analyst, '/returns', 'the Returns page, building');
        link = analyst.page.locator('#return-files a', { hasText: 'Download' });
      }
      const census = await analyst.page.request.get(
        `${story.server.baseUrl}${await link.first().getAttribute('href')}`,
      );
      assert.equal(census.status(), 200);
      const xml = await census.text();
      const childBlock = (id: number) =>
        new RegExp(`<Child>\\s*<ChildIdentifiers>\\s*<LAchildID>${id}</LAchildID>[\\s\\S]*?</Child>`).exec(xml)?.[0];
      const caras = childBlock(cara.id);
      assert.ok(caras, 'Cara is in the census');
      const details = [...caras.matchAll(/<CINdetails>([\s\S]*?)<\/CINdetails>/g)].map((match) => match[1]!);
      assert.equal(details.length, 1, 'one CIN episode: Family Help stepped up to child protection');
      assert.match(details[0]!, new RegExp(`<CINreferralDate>${dates.familyHelpStarts}</CINreferralDate>`));
      assert.doesNotMatch(details[0]!, /<CINclosureDate>/, 'the episode is open');
      assert.match(details[0]!, /<Section47>/, 'with its section 47 enquiry');
      assert.match(caras, /<FGDMMeetingOffer>(true|1)<\/FGDMMeetingOffer>/, 'FGDM offered in pre-proceedings');
      assert.match(caras, /<FGDMMeetingFac>(true|1)<\/FGDMMeetingFac>/, 'and held');
      assert.equal(childBlock(dan.id), undefined, 'targeted Family Help is not a CIN episode');
    },
  );
});
