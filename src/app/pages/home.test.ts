// "My work": each role's home page, its counts against the lists they link to, and what it names.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { roles } from '../../platform/access/roles.ts';
import { saveDraft } from '../../platform/web/drafts.ts';
import { testActor } from '../testing/actors.ts';
import { aChild, allocatedChildInNeed } from '../testing/records.ts';
import { pageOf, signedInAgent, testHarbour, type Agent, type TestHarbour } from '../testing/testApp.ts';
import { recordReferral } from '../../areas/assessment/store.ts';
import { submitAssessment } from '../../areas/assessment/submission.ts';
import { decideOnPlan, submitPlan } from '../../areas/planning/planVersions.ts';
import { addWorker, allocateChild } from '../../areas/workforce/allocations.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { recordContact } from '../../areas/frontdoor/store.ts';
import { recordInitialConference } from '../../areas/protection/store.ts';
import { startPeriodOfCare } from '../../areas/care/store.ts';
import { recordLookedAfterReview } from '../../areas/care/reviews.ts';

describe('My work: the home page by role', () => {
  let harbour: TestHarbour;
  let manager: Actor;
  let practitioner: Actor;
  let tamsin: number;
  let rosalind: number;
  let teamId: number;
  let workerId: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    manager = await testActor(db, 'team-manager');
    practitioner = await testActor(db, 'practitioner');
    // The test practitioner's sign-in is the worker Tamsin is allocated to.
    ({
      childId: tamsin,
      teamId,
      workerId,
    } = await allocatedChildInNeed(db, manager, {
      child: { forename: 'Tamsin', surname: 'Homely', dateOfBirth: '2016-04-04', sex: 'F' },
      workerName: 'Pat Caseholder',
      actionsDue: ['2026-01-19', '2026-04-30'],
      userId: practitioner.userId!,
    }));
    // Allocated to the same worker, but restricted with no grant to them: never named to them.
    rosalind = await aChild(db, manager, { forename: 'Rosalind', surname: 'Hidden', dateOfBirth: '2014-02-02' });
    await recordReferral(db, manager, { childId: rosalind, referralDate: '2026-01-05', source: '6' });
    await allocateChild(db, manager, { childId: rosalind, workerId, startDate: '2026-01-05' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', rosalind).execute();
    // Before the assessment's 45 working days (from 18 December 2025) run out.
    harbour.clock.setToday('2026-02-20');
  });
  after(() => harbour?.close());

  const home = async (agent: Agent) => {
    const response = await agent.get('/');
    assert.equal(response.status, 200);
    return pageOf(response.text);
  };
  /** The body rows of the table a selector finds. */
  const rowsOf = async (agent: Agent, path: string, table: string) => {
    const response = await agent.get(path);
    assert.equal(response.status, 200, path);
    return pageOf(response.text)(table).first().find('tbody tr').length;
  };
  /** A count on the manager's summary card, by its key, and the address it links to. */
  const glance = ($: ReturnType<typeof pageOf>, key: string) => {
    const row = $('.govuk-summary-list__row').filter((_i, element) => $(element).find('dt').text().trim() === key);
    const link = row.find('dd a');
    assert.equal(link.length, 1, `no count for ${key}`);
    return { count: Number(/^\d+/.exec(link.text().trim())![0]), href: link.attr('href')! };
  };

  test('a practitioner sees their child, what is next for them, their due work and drafts, and whom they opened', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    await saveDraft(harbour.database.db, practitioner.userId!, `/children/${tamsin}/visits/new`, {}, tamsin);
    const childPage = pageOf((await agent.get(`/children/${tamsin}`)).text);
    const caption = /(\d+) overdue, (\d+) due/.exec(childPage('main').text());
    assert.ok(caption, "the child's page counts their work");

    const $ = await home(agent);
    const mine = $('#my-children').nextAll('table').first();
    const row = mine.find('tbody tr').first();
    const cells = row
      .find('td')
      .map((_i, cell) => $(cell).text().replace(/\s+/g, ' ').trim())
      .get();
    assert.equal(mine.find('tbody tr').length, 1, 'one child named: the restricted one is withheld');
    assert.equal(cells[0], 'Tamsin Homely');
    assert.equal(cells[1], 'Child in need');
    // Her next item is the first of her due work, overdue first: the plan action due on 19 January.
    const due = $('#my-due-work').nextAll('table').first().find('tbody tr');
    const first = due
      .first()
      .find('td')
      .map((_i, cell) => $(cell).text().trim())
      .get();
    assert.equal(cells[2], 'Plan action: Book a GP appointment');
    assert.equal(first[1], cells[2]);
    assert.match(cells[3]!, /19 January 2026 Overdue/);
    assert.equal(due.length, Number(caption[1]) + Number(caption[2]), 'the same work as on her page');
    assert.match($('main').text(), new RegExp(`${caption[1]} overdue\\s+and ${caption[2]} due`));
    assert.match($('main').text(), /A restricted record is not shown/);
    assert.doesNotMatch($('main').text(), /Rosalind/);

    const draft = $('#drafts').next('ul').find('a');
    assert.equal(draft.attr('href'), `/children/${tamsin}/visits/new`);
    assert.equal(draft.text().trim(), 'Visit for Tamsin Homely');
    assert.equal($('#recently-opened').next('ul').find('a').attr('href'), `/children/${tamsin}`);

    // Listed as any list of children is: the event names her, and never Rosalind.
    const listed = await harbour.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'children-listed')
      .where('user_id', '=', practitioner.userId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(listed.detail.path, '/');
    assert.deepEqual(listed.detail.childIds, [tamsin]);
  });

  test('a restricted child the practitioner opened is not named among the children they opened', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    await agent.get(`/children/${rosalind}`);
    const $ = await home(agent);
    assert.doesNotMatch($('main').text(), /Rosalind/);
    assert.ok($('#recently-opened').length, 'the children they may know of are still listed');
  });

  test('a manager’s counts follow the work, and each link lists as many as it counts', async () => {
    const db = harbour.database.db;
    const agent = await signedInAgent(harbour, 'team-manager');
    const countsAgree = async () => {
      const $ = await home(agent);
      const overdue = glance($, 'Overdue work');
      assert.equal(await rowsOf(agent, overdue.href, 'table:last-of-type'), overdue.count, overdue.href);
      const kinds = $('#my-team')
        .nextAll('table')
        .first()
        .find('tbody tr a')
        .map((_i, link) => ({ href: $(link).attr('href')!, count: Number(/^\d+/.exec($(link).text())![0]) }))
        .get();
      for (const kind of kinds) assert.equal(await rowsOf(agent, kind.href, 'table:last-of-type'), kind.count);
      assert.equal(
        kinds.reduce((sum, kind) => sum + kind.count, 0),
        overdue.count,
      );
      const unallocated = glance($, 'Open children in the county with no allocated worker');
      if (unallocated.count) assert.equal(await rowsOf(agent, unallocated.href, 'table'), unallocated.count);
      const authorisation = glance($, 'Assessments awaiting your authorisation');
      if (authorisation.count) {
        const [path, list] = authorisation.href.split('#');
        assert.equal(await rowsOf(agent, path!, `#${list} + table`), authorisation.count);
      }
      const plans = glance($, 'Plans awaiting your authorisation');
      if (plans.count) {
        const [path, list] = plans.href.split('#');
        assert.equal(await rowsOf(agent, path!, `#${list} + table`), plans.count);
      }
      const above = glance($, 'Workers above the caseload aspiration');
      if (above.count) assert.equal(await rowsOf(agent, above.href, 'table'), above.count);
      const contacts = glance($, 'Contacts awaiting a decision at the front door');
      if (contacts.count) assert.equal(await rowsOf(agent, contacts.href, 'table'), contacts.count);
      return {
        overdue: overdue.count,
        assessmentOverdue: kinds.some((kind) => kind.href.includes('Single%20assessment')),
        unallocated: unallocated.count,
        authorisation: authorisation.count,
        plans: plans.count,
        above: above.count,
        contacts: contacts.count,
      };
    };

    const before = await countsAgree();
    assert.equal(before.assessmentOverdue, false);
    assert.deepEqual(
      {
        unallocated: before.unallocated,
        authorisation: before.authorisation,
        plans: before.plans,
        above: before.above,
      },
      { unallocated: 0, authorisation: 0, plans: 0, above: 0 },
    );

    // The assessment's 45 working days run out: one more overdue, of its kind.
    harbour.clock.setToday('2026-02-25');
    const later = await countsAgree();
    assert.equal(later.overdue, before.overdue + 1);
    assert.equal(later.assessmentOverdue, true);

    // An open child with no worker counts until she is allocated.
    const una = await aChild(db, manager, { forename: 'Una', surname: 'Waiting', dateOfBirth: '2015-01-01' });
    await recordReferral(db, manager, { childId: una, referralDate: '2026-02-23', source: '6' });
    assert.equal((await countsAgree()).unallocated, 1);
    await allocateChild(db, manager, { childId: una, workerId, startDate: '2026-02-24' });
    assert.equal((await countsAgree()).unallocated, 0);

    // Submitted for authorisation; a council aspiration of one child each; a contact at the front door.
    const assessment = await db
      .selectFrom('assessments')
      .select(['id', 'version'])
      .where('child_id', '=', tamsin)
      .executeTakeFirstOrThrow();
    await submitAssessment(db, practitioner, {
      id: assessment.id,
      childId: tamsin,
      version: assessment.version,
      childSeenDate: '2026-01-07',
      childSeenAlone: true,
      outcome: 'child-in-need-plan',
      submittedDate: '2026-02-24',
      childsLivedExperience: 'Tamsin says school is the best part of her day.',
      parentsViews: 'Her mother wants help with the evenings.',
      analysis: 'Evenings are unsupervised; no harm seen yet.',
      recommendation: 'A child in need plan for family help.',
      wishesAndFeelings: 'I like school best. I want tea at home with Mum.',
      voiceGathered: ['spoken'],
      childNotSeenReason: null,
    });
    await db
      .insertInto('harbour_settings')
      .values({ key: 'caseload-standards', value: JSON.stringify({ aspirationLow: 1, aspirationHigh: 1 }) })
      .execute();
    await recordContact(db, manager, {
      childIds: [una],
      receivedAt: '2026-02-24T09:30:00Z',
      source: '6',
      levelOfNeed: 2,
      consent: 'given',
      concerns: 'School raised a concern',
    });
    // Her child in need plan, written and submitted by her worker.
    const plan = await db.selectFrom('cin_plans').select('id').where('child_id', '=', tamsin).executeTakeFirstOrThrow();
    const written = await submitPlan(db, practitioner, {
      childId: tamsin,
      planType: 'child-in-need',
      planId: plan.id,
      seen: { number: 0, version: 0 },
      whatNeedsToChange: 'Tamsin has an adult with her every evening.',
      contingency: 'If she is still alone in the evenings, we will meet to plan her safety.',
      changeReason: null,
      submittedDate: '2026-02-24',
    });
    const now = await countsAgree();
    assert.deepEqual(
      { authorisation: now.authorisation, plans: now.plans, above: now.above, contacts: now.contacts },
      { authorisation: 1, plans: 1, above: 1, contacts: 1 },
    );
    // Authorised, it leaves the manager's list.
    await decideOnPlan(db, manager, {
      childId: tamsin,
      id: written.id,
      version: written.version,
      decision: 'authorised',
      returnReason: null,
      decisionDate: '2026-02-25',
    });
    assert.equal((await countsAgree()).plans, 0);
    // The workers above the aspiration link to their children: Tamsin and Una, not Rosalind.
    const team = pageOf((await agent.get(`/team?team=${teamId}&caseload=above`)).text);
    assert.equal(team('table').last().find('tbody tr').length, 2);
    assert.doesNotMatch(team('main').text(), /Rosalind/);
  });

  test('a plan its manager returned shows on its writer’s home page as returned to them, until they change it', async () => {
    const db = harbour.database.db;
    const { childId: wren } = await allocatedChildInNeed(db, manager, {
      child: { forename: 'Wren', surname: 'Returned', dateOfBirth: '2015-05-05', sex: 'F' },
      workerName: 'Pat Returned',
      actionsDue: ['2026-04-30'],
    });
    const plan = await db.selectFrom('cin_plans').select('id').where('child_id', '=', wren).executeTakeFirstOrThrow();
    const written = await submitPlan(db, practitioner, {
      childId: wren,
      planType: 'child-in-need',
      planId: plan.id,
      seen: { number: 0, version: 0 },
      whatNeedsToChange: 'Wren gets to school on time.',
      contingency: 'A meeting with school.',
      changeReason: null,
      submittedDate: '2026-02-20',
    });
    const agent = await signedInAgent(harbour, 'practitioner');
    const returnedList = async () => {
      const $ = await home(agent);
      return $('#returned')
        .next('ul')
        .find('li')
        .map((_i, item) => $(item).text().replace(/\s+/g, ' ').trim())
        .get();
    };
    assert.deepEqual(await returnedList(), [], 'nothing returned while it awaits a decision');
    await decideOnPlan(db, manager, {
      childId: wren,
      id: written.id,
      version: written.version,
      decision: 'returned',
      returnReason: 'Say who takes her to school.',
      decisionDate: '2026-02-20',
    });
    const [shown] = await returnedList();
    assert.match(
      shown!,
      /^Child in need plan for Wren Returned, returned to you 20 February 2026 by Test team-manager ?Why: Say who takes her to school\.$/,
    );
    const $ = await home(agent);
    assert.equal(
      $('#returned').next('ul').find('a').attr('href'),
      `/children/${wren}/child-in-need-plans/${plan.id}/plan`,
    );
    // Another worker's home page does not show it: it is returned to the one who wrote it.
    assert.equal((await home(await signedInAgent(harbour, 'team-manager')))('#returned').length, 0);
    const changed = await db
      .selectFrom('plan_versions')
      .select('version')
      .where('id', '=', written.id)
      .executeTakeFirstOrThrow();
    await submitPlan(db, practitioner, {
      childId: wren,
      planType: 'child-in-need',
      planId: plan.id,
      seen: { number: 1, version: changed.version },
      whatNeedsToChange: 'Wren gets to school on time: her aunt takes her.',
      contingency: 'A meeting with school.',
      changeReason: 'The manager asked who takes her',
      submittedDate: '2026-02-20',
    });
    assert.deepEqual(await returnedList(), [], 'changed and sent again, it awaits the manager');
  });

  test('a chair sees the review conferences of the children whose conferences they chair', async () => {
    const db = harbour.database.db;
    const iro = await testActor(db, 'iro');
    const chair = await addWorker(db, {
      name: 'Iris Reviewer',
      role: 'iro',
      teamId: (await findOrCreateTeam(db, 'Independent reviewing service')).id,
      startDate: '2020-01-01',
      userId: iro.userId,
    });
    const ivo = await aChild(db, manager, { forename: 'Ivo', surname: 'Chaired', dateOfBirth: '2017-07-07' });
    await recordReferral(db, manager, { childId: ivo, referralDate: '2026-01-02', source: '6' });
    // Recorded by the manager, chaired by the IRO: the first review falls due three months on, 12 April.
    await recordInitialConference(db, manager, {
      childId: ivo,
      date: '2026-01-12',
      outcome: 'plan',
      category: 'NEG',
      chairId: chair.id,
    });
    const agent = await signedInAgent(harbour, 'iro');
    const section = async () => {
      const $ = await home(agent);
      return $('#chairing')
        .nextAll('table')
        .map((_i, table) => $(table).find('caption').text().trim() + ': ' + $(table).find('tbody').text())
        .get()
        .join('\n');
    };
    harbour.clock.setToday('2026-02-20');
    assert.doesNotMatch(await section(), /Ivo/, 'not yet within six weeks');
    harbour.clock.setToday('2026-03-10');
    assert.match(await section(), /Due in the next 6 weeks: 1 review:[^]*Ivo Chaired[^]*Child protection review/);
    harbour.clock.setToday('2026-04-20');
    assert.match(await section(), /Overdue: 1 review:[^]*Ivo Chaired/);
    // Someone else chairs nothing: the manager's page has no such section.
    assert.equal((await home(await signedInAgent(harbour, 'team-manager')))('#chairing').length, 0);

    // A child in care whose first review Iris chaired: the second falls due 3 months on, 30 April.
    const lia = await aChild(db, manager, { forename: 'Lia', surname: 'Reviewed', dateOfBirth: '2015-05-05' });
    await startPeriodOfCare(db, manager, {
      childId: lia,
      startDate: '2026-01-05',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U6',
    });
    await recordLookedAfterReview(db, manager, {
      childId: lia,
      reviewDate: '2026-01-30',
      participation: 'PN1',
      iroId: chair.id,
    });
    harbour.clock.setToday('2026-03-10');
    assert.doesNotMatch(await section(), /Lia/, 'not yet within six weeks');
    harbour.clock.setToday('2026-03-25');
    assert.match(
      await section(),
      /Due in the next 6 weeks: 2 reviews:[^]*Ivo Chaired[^]*Lia Reviewed[^]*Review of the looked after child/,
    );
    harbour.clock.setToday('2026-05-05');
    assert.match(await section(), /Overdue: 2 reviews:[^]*Lia Reviewed/);
  });

  test('the front door sees its queue: how many, and since when the oldest', async () => {
    harbour.clock.setToday('2026-02-25');
    const $ = await home(await signedInAgent(harbour, 'front-door'));
    const link = $('#front-door').next('p').find('a');
    assert.equal(link.attr('href'), '/front-door');
    assert.equal(link.text().trim(), '1 contact awaiting a decision');
    assert.match($('#front-door').next('p').text(), /oldest was received 24 February 2026/);
    const agent = await signedInAgent(harbour, 'front-door');
    assert.equal(await rowsOf(agent, '/front-door', 'table'), 1);
  });

  test('every role has a home page, saying what it may do', async () => {
    for (const role of roles) {
      const $ = await home(await signedInAgent(harbour, role));
      assert.equal($('h1').text().trim(), 'My work', role);
      assert.ok($('h2').filter((_i, heading) => $(heading).text() === 'What you can do').length, role);
      assert.doesNotMatch($('main').text(), /Rosalind/, role);
    }
    const admin = await home(await signedInAgent(harbour, 'administrator'));
    assert.ok(admin('a[href="/admin/users"]').length, 'the administrator is sent to the users');
  });
});
