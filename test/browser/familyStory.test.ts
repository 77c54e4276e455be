/**
 * A family's story through court and care, played in Chromium as the social worker and their
 * manager would play it.
 *
 * Two brothers and sisters, Ellie (7) and Finn (2), are open to the team and allocated to the demo
 * social worker. The worker records the family's pre-proceedings once for both, then care
 * proceedings issued for both; both become looked after under interim care orders. Ellie moves
 * placement, has her first review and a visit, goes missing and has a return home interview. The
 * manager's court tracker shows the family in proceedings with its week count and both children.
 * The court makes a placement order for Finn, who is matched and placed for adoption, and a special
 * guardianship order for Ellie; the permanence tracker shows Finn's days against the adoption
 * scorecard. The SSDA903 episodes Harbour derived from all this are asserted row by row. A care
 * leaver who turns 19 this month is on the birthday contact list.
 *
 * Every page reached is checked with axe-core (WCAG 2.2 AA) and for Content Security Policy refusals.
 * Run: node --import tsx --test test/browser/familyStory.test.ts
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { demoPassword, demoUsername } from '../../src/app/demoAccounts.ts';
import type { Role } from '../../src/platform/access/roles.ts';
import {
  button,
  checkPage,
  dayOfMonth,
  fillDate,
  go,
  matching,
  rowsOf,
  stage,
  writeBeforeTheStory,
  testTimeout,
  visit,
  type WatchedPage,
} from './support.ts';

/** A Monday in November: the family's story ran from February to last week. */
const today = '2026-11-16';
const dates = {
  legalPlanningMeeting: '2026-02-02',
  letterBeforeProceedings: '2026-02-09',
  /** Offered before the legal planning meeting decided on pre-proceedings, as the court asks. */
  familyGroupMeetingOffered: '2026-01-26',
  familyGroupMeetingHeld: '2026-02-20',
  /** A Monday: day 1 of the 26 weeks, so on 16 November the proceedings are in their 29th week. */
  issued: '2026-05-04',
  ellieMoves: '2026-07-13',
  firstReview: '2026-06-01',
  ellieMissing: '2026-09-12',
  ellieReturns: '2026-09-13',
  returnInterview: '2026-09-14',
  visit: '2026-11-10',
  agencyDecision: '2026-08-03',
  concluded: '2026-11-09',
  matched: '2026-11-11',
  placedForAdoption: '2026-11-13',
};

/** A surname of this run only, so a database shared with other runs (DATABASE_URL) finds only this family. */
const surname = `Hale${Array.from(crypto.randomBytes(4), (byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
const ellie = { forename: 'Ellie', dateOfBirth: '2019-05-10', sex: 'F' as const, id: 0 };
const finn = { forename: 'Finn', dateOfBirth: '2024-02-01', sex: 'M' as const, id: 0 };
/** Left care at 18 in November 2025: her 19th birthday is this month. */
const gemma = { forename: 'Gemma', dateOfBirth: '2007-11-20', sex: 'F' as const, id: 0 };
const name = (child: { forename: string }) => `${child.forename} ${surname}`;

/**
 * What happened before the story starts, written through Harbour's own stores: the brothers and
 * sisters referred and allocated to the demo social worker, and a young woman who left care at 18.
 */
async function openTheFamilysCases(directory: string) {
  const { createChild, linkChildren } = await import('../../src/areas/people/store.ts');
  const { recordReferral } = await import('../../src/areas/assessment/store.ts');
  const { allocateChild } = await import('../../src/areas/workforce/allocations.ts');
  const { startPeriodOfCare, endPeriodOfCare } = await import('../../src/areas/care/store.ts');
  const { recordCareLeaver } = await import('../../src/areas/leavingcare/store.ts');
  await writeBeforeTheStory(directory, async (db, actor, workerId) => {
    for (const child of [ellie, finn, gemma]) {
      const { forename, dateOfBirth, sex } = child;
      child.id = (await createChild(db, actor, { forename, surname, dateOfBirth, sex })).id;
    }
    for (const child of [ellie, finn]) {
      await recordReferral(db, actor, {
        childId: child.id,
        referralDate: '2025-11-03',
        source: '5A',
        primaryNeed: 'N1',
      });
      await allocateChild(db, actor, { childId: child.id, workerId, startDate: '2025-11-03' });
    }
    await linkChildren(db, actor, { childId: ellie.id, relatedChildId: finn.id, relationship: 'sibling' });
    await startPeriodOfCare(db, actor, {
      childId: gemma.id,
      startDate: '2022-03-01',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
    });
    await endPeriodOfCare(db, actor, { childId: gemma.id, endDate: '2025-11-20', reasonCeased: 'E5' });
    await recordCareLeaver(db, actor, { childId: gemma.id });
  });
}

const story = stage({ env: { HARBOUR_TODAY: today, HARBOUR_SEED_DEMO: 'off' }, before: openTheFamilysCases });

const signedIn = (role: Role) => story.signedIn(role, demoUsername(role), demoPassword);

/** Opens a page of Harbour and checks it. */
async function open(watched: WatchedPage, pathname: string, label: string) {
  await visit(watched, pathname);
  await checkPage(watched, label);
}

/** Presses the form's main button and waits for the page it leads to. */
async function submit(watched: WatchedPage, text: string, where: RegExp, label: string) {
  await go(watched, button(watched, text), matching(where), label);
}

/** The first link on a page whose path matches. */
async function firstLinkTo(watched: WatchedPage, pathname: string, pattern: RegExp): Promise<string> {
  await open(watched, pathname, pathname);
  const links = watched.page.locator('main a');
  for (let index = 0; index < (await links.count()); index += 1) {
    const href = await links.nth(index).getAttribute('href');
    if (href && pattern.test(href)) return href;
  }
  assert.fail(`no link matching ${pattern} on ${pathname}`);
}

/** A child's SSDA903 episodes from their looked-after page: DECOM, RNE, LS, PLACE, DEC, REC, REASON_PLACE_CHANGE. */
async function episodesOf(watched: WatchedPage, child: { id: number; forename: string }) {
  await open(watched, `/children/${child.id}/looked-after`, `${child.forename}'s care episodes`);
  const rows = await rowsOf(watched.page.locator('table', { hasText: 'As the SSDA903 return will see them' }));
  return rows.map(([decom, rne, ls, , place, , dec, rec, reasonPlaceChange]) => [
    decom,
    rne,
    ls,
    place,
    dec,
    rec,
    reasonPlaceChange,
  ]);
}

describe(
  "A family's story: pre-proceedings, proceedings, care, adoption and special guardianship",
  { timeout: 10 * 60_000 },
  () => {
    before(() => story.open());
    after(() => story.close());

    test(
      'the court tracker, the care record, the permanence tracker and the 903 episodes agree with the story',
      { timeout: testTimeout * 2 },
      async () => {
        const worker = await signedIn('practitioner');
        const manager = await signedIn('team-manager');
        const { page } = worker;
        const courtPage = `/children/${ellie.id}/court`;

        // Family group decision-making offered to the family and held before pre-proceedings (Families First).
        const familyGroup = `/children/${ellie.id}/family-group`;
        await open(worker, `${familyGroup}/meetings/new`, 'offer family group decision-making');
        await page.getByLabel('Family group conference (family group decision-making)').check();
        await fillDate(worker, 'offeredDate', dates.familyGroupMeetingOffered);
        await submit(worker, 'Record the offer', /\/family-group$/, 'the offer recorded');
        const meeting = await firstLinkTo(worker, familyGroup, /\/family-group\/meetings\/\d+$/);
        await open(worker, `${meeting}/answer`, "the family's answer");
        await page.getByLabel('Accepted').check();
        await fillDate(worker, 'responseDate', dates.familyGroupMeetingOffered);
        await submit(worker, 'Save the answer', /\/family-group$/, 'the family accepted');
        await open(worker, `${meeting}/held`, 'the meeting held');
        await fillDate(worker, 'heldDate', dates.familyGroupMeetingHeld);
        // The coordinator is independent of the case: not Ellie's social worker.
        const coordinator = await page
          .locator('#coordinator option', { hasText: 'Demo team manager' })
          .getAttribute('value');
        assert.ok(coordinator, 'the team manager is offered as coordinator');
        await page.locator('#coordinator').selectOption(coordinator);
        await submit(worker, 'Save the meeting', /\/family-group$/, 'the meeting held');

        // Pre-proceedings, recorded once for the family from Ellie's record.
        await open(worker, courtPage, "Ellie's court page");
        await open(worker, `/children/${ellie.id}/court/pre-proceedings/new`, 'start pre-proceedings');
        assert.equal(
          await page.getByRole('checkbox', { name: name(finn) }).isChecked(),
          true,
          'Finn is offered, ticked',
        );
        await fillDate(worker, 'startDate', dates.legalPlanningMeeting);
        await fillDate(worker, 'letterBeforeProceedingsDate', dates.letterBeforeProceedings);
        await submit(worker, 'Start pre-proceedings', /\/court/, 'pre-proceedings started');
        assert.match(await page.locator('main').innerText(), /Pre-proceedings are started for 2 children/);

        // Care proceedings issued for both, following the pre-proceedings.
        await open(worker, `/children/${ellie.id}/court/proceedings/new`, 'record proceedings issued');
        assert.equal(await page.getByRole('checkbox', { name: name(finn) }).isChecked(), true);
        await fillDate(worker, 'issueDate', dates.issued);
        await page.locator('#court').fill('Family Court at Telford');
        await page.locator('input[name="preProceedingsId"]').first().check();
        await submit(worker, 'Record proceedings issued', /\/court/, 'proceedings issued');

        // The manager's court tracker: one family, both children, week 29 of 26.
        await open(manager, '/court', 'the court tracker');
        const inProceedings = await rowsOf(manager.page.locator('h2#in-proceedings + table'));
        assert.equal(inProceedings.length, 1, 'one family in proceedings');
        const [children, issued, week, band, ends] = inProceedings[0]!;
        assert.match(children!, new RegExp(`${name(ellie)}.*${name(finn)}|${name(finn)}.*${name(ellie)}`));
        assert.match(issued!, /4 May 2026/);
        assert.equal(week, '29');
        assert.equal(band, '27 to 52 weeks');
        assert.equal(ends, '1 November 2026', 'the 26 weeks end the day before the 27th week begins');
        assert.deepEqual(
          (await rowsOf(manager.page.locator('table#counts'))).find(([stage]) => stage === 'In care proceedings'),
          ['In care proceedings', '2', '1'],
          'counted by child and by family',
        );

        // Interim care orders for both on the day of issue; both become looked after that day.
        const proceedingsPage = await firstLinkTo(worker, courtPage, /\/court\/proceedings\/\d+\/interim-orders\/new$/);
        await open(worker, proceedingsPage, 'record interim orders');
        await fillDate(worker, 'madeDate', dates.issued);
        for (const child of [ellie, finn])
          await page.locator(`input[name="order-${child.id}"][value="interim-care-order"]`).check();
        await submit(worker, 'Record interim orders', /\/court/, 'interim orders recorded');
        for (const child of [ellie, finn]) {
          await open(worker, `/children/${child.id}/looked-after/start`, `start ${child.forename}'s period of care`);
          await fillDate(worker, 'startDate', dates.issued);
          await page.locator('#legalStatus').selectOption('C1');
          await page.locator('input[name="categoryOfNeed"][value="N1"]').check();
          await page.locator('#placementType').selectOption('U6');
          await page.locator('#placementProvider').selectOption('PR1');
          await page.locator('input[name="arrangement"][value="other"]').check();
          await page.locator('input[name="placementInArea"][value="yes"]').check();
          await submit(worker, 'Start period of care', /\/looked-after$/, `${child.forename} is looked after`);
        }

        // Ellie: her first review, a move to new foster carers, a visit.
        await open(worker, `/children/${ellie.id}/looked-after/reviews/new`, "record Ellie's review");
        await fillDate(worker, 'reviewDate', dates.firstReview);
        await page.locator('#iroId').selectOption({ index: 1 });
        await page.locator('input[name="participation"][value="PN1"]').check();
        await submit(worker, 'Record review', /\/looked-after\/reviews$/, "Ellie's reviews");
        await open(worker, `/children/${ellie.id}/looked-after/placement`, "change Ellie's placement");
        await fillDate(worker, 'date', dates.ellieMoves);
        await page.locator('input[name="sameCarers"][value="no"]').check();
        await page.locator('#reasonPlaceChange').selectOption('CARPL');
        await page.locator('#placementType').selectOption('U4');
        await page.locator('#placementProvider').selectOption('PR1');
        await page.locator('input[name="arrangement"][value="other"]').check();
        await page.locator('input[name="placementInArea"][value="yes"]').check();
        await submit(worker, 'Record change of placement', /\/looked-after$/, 'Ellie has moved');
        await open(worker, `/children/${ellie.id}/visits/new`, 'record a visit to Ellie');
        await fillDate(worker, 'visitDate', dates.visit);
        await page.locator('input[name="purpose"][value="looked-after"]').check();
        await page.locator('#visitedBy').selectOption({ index: 1 });
        await page.locator(`input[name="childSeen"][value="yes"]`).check();
        await page.locator(`input[name="seenAlone"][value="yes"]`).check();
        await page.locator(`#wishesAndFeelings`).fill('I like it here. I want to see Finn more.');
        await page.locator(`input[name="voiceGathered"][value="spoken"]`).check();
        await submit(worker, 'Record visit', /\/visits/, "Ellie's visits");

        // Ellie goes missing overnight and is offered a return home interview, held the next day.
        await open(worker, `/children/${ellie.id}/missing/new`, 'record a missing episode');
        await page.locator('input[name="missingType"][value="M"]').check();
        await fillDate(worker, 'startedAt', dates.ellieMissing);
        await page.locator('#startedAt-time').fill('20:00');
        await fillDate(worker, 'returnedAt', dates.ellieReturns);
        await page.locator('#returnedAt-time').fill('10:15');
        await submit(worker, 'Record episode', /\/missing/, "Ellie's missing episodes");
        const interview = await firstLinkTo(worker, `/children/${ellie.id}/missing`, /\/missing\/\d+\/interview$/);
        await open(worker, interview, 'the return home interview');
        await page.locator('input[name="offered"][value="yes"]').check();
        await fillDate(worker, 'offeredAt', dates.ellieReturns);
        await page.locator('#offeredAt-time').fill('11:00');
        await page.locator('input[name="answer"][value="accepted"]').check();
        await fillDate(worker, 'heldAt', dates.returnInterview);
        await page.locator('#heldAt-time').fill('16:00');
        await submit(worker, 'Save', /\/missing/, 'the interview recorded');
        assert.match(
          await page.locator('main').innerText(),
          /Held 14 September 2026 at 16:00\tReturn home interview offered and held: met/,
        );

        // The court concludes: a placement order for Finn, a special guardianship order for Ellie.
        const conclusion = await firstLinkTo(worker, courtPage, /\/court\/proceedings\/\d+\/conclusion$/);
        await open(worker, conclusion, 'record the conclusion');
        await fillDate(worker, 'conclusionDate', dates.concluded);
        await page.locator(`input[name="finalOrder-${finn.id}"][value="placement-order"]`).check();
        await page.locator(`input[name="finalOrder-${ellie.id}"][value="special-guardianship-order"]`).check();
        await submit(worker, 'Record conclusion', /\/court/, 'proceedings concluded');

        // The looked-after pages offer what the court decided rather than asking for it again.
        // Ellie leaves care to her special guardians (her foster carers): the worker chooses E45.
        await open(worker, `/children/${ellie.id}/looked-after`, "Ellie's looked-after page after the court");
        const ellieBanner = page.locator('#court-order');
        assert.match(
          await ellieBanner.innerText(),
          /The court made a special guardianship order for Ellie .* on 9 November 2026\./,
        );
        await go(worker, ellieBanner.getByRole('link'), matching(/\/looked-after\/end$/), "end Ellie's period of care");
        assert.equal(await page.locator('#endDate-day').inputValue(), dayOfMonth(dates.concluded));
        await page.locator('#reasonCeased').selectOption('E45');
        await submit(worker, 'End period of care', /\/looked-after$/, "Ellie's care ended");
        assert.equal(await page.locator('#court-order').count(), 0);

        // Finn: the placement order changes his legal status, offered prefilled; matched, then placed with his adopters.
        await open(worker, `/children/${finn.id}/looked-after`, "Finn's looked-after page after the court");
        const finnBanner = page.locator('#court-order');
        assert.match(await finnBanner.innerText(), /legal status here is still C1 \(Interim care order\)/);
        await go(
          worker,
          finnBanner.getByRole('link'),
          matching(/\/looked-after\/legal-status$/),
          "Finn's legal status",
        );
        assert.equal(await page.locator('#legalStatus').inputValue(), 'E1');
        assert.equal(await page.locator('#date-day').inputValue(), dayOfMonth(dates.concluded));
        await submit(worker, 'Record change of legal status', /\/looked-after$/, "Finn's new legal status");
        assert.equal(await page.locator('#court-order').count(), 0);
        await open(worker, `/children/${finn.id}/permanence/plan`, "Finn's permanence plan");
        await page.locator('input[name="planType"][value="adoption"]').check();
        await fillDate(worker, 'startDate', dates.agencyDecision);
        await submit(worker, 'Save plan', /\/permanence$/, "Finn's permanence");
        await open(worker, `/children/${finn.id}/permanence/adoption/decision`, 'the agency decision');
        await fillDate(worker, 'shouldBePlacedDate', dates.agencyDecision);
        await page.locator('input[name="fosteringForAdoption"][value="no"]').check();
        await submit(worker, 'Record decision', /\/permanence$/, "Finn's permanence");
        await open(worker, `/children/${finn.id}/permanence/adoption`, 'the adoption route');
        // The placement order is the court's: the adoption route does not ask for it again.
        assert.equal(await page.locator('#placementOrderDate-day').count(), 0);
        await fillDate(worker, 'matchedDate', dates.matched);
        await fillDate(worker, 'placedDate', dates.placedForAdoption);
        await submit(worker, 'Save the adoption route', /\/permanence$/, "Finn's permanence");
        assert.match(
          await page.locator('main').innerText(),
          /Placement order\s+9 November 2026, made by the court when the care proceedings concluded/,
        );
        await open(worker, `/children/${finn.id}/looked-after/placement`, "change Finn's placement");
        await fillDate(worker, 'date', dates.placedForAdoption);
        await page.locator('input[name="sameCarers"][value="no"]').check();
        await page.locator('#reasonPlaceChange').selectOption('CARPL');
        await page.locator('#placementType').selectOption('A6');
        await page.locator('#placementProvider').selectOption('PR1');
        await page.locator('input[name="arrangement"][value="other"]').check();
        await page.locator('input[name="placementInArea"][value="yes"]').check();
        await submit(worker, 'Record change of placement', /\/looked-after$/, 'Finn is placed for adoption');

        // The SSDA903 episodes, as the return will see them.
        assert.deepEqual(await episodesOf(worker, ellie), [
          ['4 May 2026', 'S', 'C1', 'U6', '13 July 2026', 'X1', 'CARPL'],
          ['13 July 2026', 'P', 'C1', 'U4', '9 November 2026', 'E45', ''],
        ]);
        assert.deepEqual(await episodesOf(worker, finn), [
          ['4 May 2026', 'S', 'C1', 'U6', '9 November 2026', 'X1', ''],
          ['9 November 2026', 'L', 'E1', 'U6', '13 November 2026', 'X1', 'CARPL'],
          ['13 November 2026', 'P', 'E1', 'A6', '', '', ''],
        ]);

        // The permanence tracker: Finn's days against the scorecard.
        await open(manager, '/permanence/tracker', 'the permanence tracker');
        const finnsRow = (
          await rowsOf(manager.page.locator('table', { hasText: 'Children with a permanence plan' }))
        ).find(([child]) => child === name(finn));
        assert.ok(finnsRow, 'Finn is on the permanence tracker');
        // 4 May to 13 November 2026: 193 days to moving in; 9 to 11 November: 2 days to the match.
        assert.match(finnsRow.join(' | '), /Adoption.*4 May 2026 \| 193 \| 2/);

        // The care leaver who turns 19 on 20 November is due her birthday contact this month.
        await open(manager, '/leaving-care/birthday-contacts', 'the birthday contact list');
        const due = await rowsOf(manager.page.locator('table', { hasText: 'Young person' }));
        assert.ok(
          due.some(([person, birthday]) => person === name(gemma) && /20 November 2026/.test(birthday!)),
          `Gemma is not on the list: ${JSON.stringify(due)}`,
        );
      },
    );
  },
);
