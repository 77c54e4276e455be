import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testUsername } from '../../app/testing/testDatabase.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { addWorker } from '../workforce/index.ts';
import { recordStrategyDiscussion, startSection47Enquiry } from './store.ts';

describe('multi-agency child protection pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let admin: Agent;
  let worker: Agent;
  let partnerId: number;
  let leadWorkerId: number;
  let teamId: number;
  let childId: number;
  let discussionPath: string;
  let enquiryPath: string;

  const db = () => harbour.database.db;
  const teamVersion = async () =>
    (
      await db()
        .selectFrom('multi_agency_teams')
        .select('version')
        .where('team_id', '=', teamId)
        .executeTakeFirstOrThrow()
    ).version;

  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-03-30');
    actor = await testActor(db(), 'team-manager');
    partnerId = (await testActor(db(), 'partner')).userId!;
    leadWorkerId = (
      await addWorker(db(), {
        name: 'Lee Lead',
        role: 'social-worker',
        teamId: null,
        startDate: '2020-01-01',
        userId: null,
      })
    ).id;
    // Of school age on the day of the discussion: education must take part too.
    childId = (
      await createChild(db(), actor, { forename: 'Ivy', surname: 'Example', dateOfBirth: '2017-02-03', sex: 'F' })
    ).id;
    const discussion = await recordStrategyDiscussion(db(), actor, {
      childId,
      decisionDate: '2026-03-26',
      heldDate: '2026-03-26',
      agencies: ['police', 'social-care'],
      decision: 'section-47',
    });
    const enquiry = await startSection47Enquiry(db(), actor, { childId, strategyDiscussionId: discussion.id });
    discussionPath = `/children/${childId}/strategy-discussions/${discussion.id}`;
    enquiryPath = `/children/${childId}/section-47-enquiries/${enquiry.id}`;
    admin = await signedInAgent(harbour, 'administrator');
    worker = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  test('an administrator sets up a team; the name is required and unique', async () => {
    assert.equal((await worker.get('/multi-agency-teams')).status, 403);
    assert.equal((await admin.get('/multi-agency-teams')).status, 200);
    const empty = await submitForm(admin, '/multi-agency-teams/new', '/multi-agency-teams/new', { name: '  ' });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), ['Enter the team’s name']);
    const made = await submitForm(admin, '/multi-agency-teams/new', '/multi-agency-teams/new', {
      name: 'East multi-agency child protection team',
    });
    assert.equal(made.status, 302);
    teamId = (
      await db()
        .selectFrom('teams')
        .select('id')
        .where('name', '=', 'East multi-agency child protection team')
        .executeTakeFirstOrThrow()
    ).id;
    assert.equal(made.headers.location, `/multi-agency-teams/${teamId}/members`);
    const again = await submitForm(admin, '/multi-agency-teams/new', '/multi-agency-teams/new', {
      name: 'East multi-agency child protection team',
    });
    assert.equal(again.status, 400);
    assert.deepEqual(errorSummary(again.text), ['A team with this name already exists: choose another name']);
    assert.match(pageOf((await admin.get('/multi-agency-teams')).text)('table').text(), /East multi-agency/);
  });

  test('members join from the council, the police and a school (a partner account), with errors for bad input and a stale version', async () => {
    const form = `/multi-agency-teams/${teamId}/members/new`;
    const nothing = await submitForm(admin, form, form, { version: String(await teamVersion()) });
    assert.equal(nothing.status, 400);
    assert.deepEqual(errorSummary(nothing.text), [
      'Enter the date they joined',
      'Select whether they have a Harbour account',
      'Select their agency',
      'Enter their role',
    ]);
    const badEmail = await submitForm(admin, form, form, {
      version: String(await teamVersion()),
      who: 'named',
      agency: 'police',
      role: 'Detective constable',
      email: 'not an address',
      ...dateFields('joinedOn', '2026-03-02'),
    });
    assert.equal(badEmail.status, 400);
    assert.deepEqual(errorSummary(badEmail.text), [
      'Enter an email address in the correct format, like name@example.org',
      'Enter their name',
    ]);
    assert.equal(pageOf(badEmail.text)('#role').val(), 'Detective constable', 'what was typed is kept');
    const police = await submitForm(admin, form, form, {
      version: String(await teamVersion()),
      who: 'named',
      name: 'DC Robin Hale',
      agency: 'police',
      role: 'Detective constable',
      phone: '01632 960123',
      email: 'robin.hale@police.example',
      ...dateFields('joinedOn', '2026-03-02'),
    });
    assert.equal(police.status, 302);
    const stale = String((await teamVersion()) - 1);
    const conflict = await submitForm(admin, form, form, {
      version: stale,
      who: 'account',
      userId: String(partnerId),
      agency: 'education',
      role: 'Designated safeguarding lead',
      ...dateFields('joinedOn', '2026-03-02'),
    });
    assert.equal(conflict.status, 409);
    const partner = await submitForm(admin, form, form, {
      version: String(await teamVersion()),
      who: 'account',
      userId: String(partnerId),
      agency: 'education',
      role: 'Designated safeguarding lead',
      ...dateFields('joinedOn', '2026-03-02'),
    });
    assert.equal(partner.status, 302);
    const members = pageOf((await admin.get(`/multi-agency-teams/${teamId}/members`)).text)('table')
      .first()
      .text();
    assert.match(members, /DC Robin Hale/);
    assert.match(members, /Partner account/);
    assert.match(members, /01632 960123/);
  });

  test('the Lead Child Protection Practitioner is recorded on the enquiry and shown on the child’s page', async () => {
    const form = `${enquiryPath}/lead`;
    const empty = await submitForm(worker, form, form, { version: '1', teamId: '' });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), ['Enter the date they lead from', 'Select the social worker who leads']);
    const early = await submitForm(worker, form, form, {
      version: '1',
      workerId: String(leadWorkerId),
      teamId: String(teamId),
      ...dateFields('fromDate', '2026-03-20'),
    });
    assert.equal(early.status, 400);
    assert.deepEqual(errorSummary(early.text), [
      'The date must be on or after 26 March 2026, when the enquiry started',
    ]);
    const saved = await submitForm(worker, form, form, {
      version: '1',
      workerId: String(leadWorkerId),
      teamId: String(teamId),
      ...dateFields('fromDate', '2026-03-26'),
    });
    assert.equal(saved.status, 302);
    assert.equal(saved.headers.location, enquiryPath);
    const again = await submitForm(worker, form, form, {
      version: '1',
      workerId: String(leadWorkerId),
      teamId: '',
      ...dateFields('fromDate', '2026-03-27'),
      reason: 'Stays with the locality team',
    });
    assert.equal(again.status, 409, 'someone recorded the lead since this form was opened');
    const enquiryPage = await worker.get(enquiryPath);
    assert.equal(enquiryPage.status, 200);
    assert.match(pageOf(enquiryPage.text)('#lead + dl').text(), /Lee Lead, from 26 March 2026/);
    assert.match(
      pageOf((await worker.get(`/children/${childId}`)).text)('#lead-practitioner').text(),
      /section 47 enquiry: Lee Lead, East multi-agency child protection team, since 26 March 2026/,
    );
  });

  test('each agency’s part in the strategy discussion: the agencies still to account for, errors, the chronology', async () => {
    const before = pageOf((await worker.get(discussionPath)).text);
    assert.match(
      before('.govuk-warning-text').text(),
      /must include Children’s social care, Police, Health, Education/,
    );
    const form = `${discussionPath}/contributions/new`;
    const noReason = await submitForm(worker, form, form, { agency: 'education', tookPart: 'no' });
    assert.equal(noReason.status, 400);
    assert.deepEqual(errorSummary(noReason.text), ['Enter why the agency did not take part']);
    const unknown = await submitForm(worker, form, form, { agency: 'fire', tookPart: 'yes' });
    assert.equal(unknown.status, 400);
    assert.deepEqual(errorSummary(unknown.text), ['Select the agency']);
    for (const agency of ['police', 'health', 'social-care'])
      assert.equal(
        (
          await submitForm(worker, form, form, {
            agency,
            tookPart: 'yes',
            informationShared: `${agency} shared what it knew`,
          })
        ).status,
        302,
      );
    const school = await submitForm(worker, form, form, {
      agency: 'education',
      tookPart: 'no',
      absenceReason: 'Half term: the designated safeguarding lead sent a written report',
      informationShared: 'Ivy was hungry at school twice last week.',
    });
    assert.equal(school.status, 302);
    assert.equal(school.headers.location, `${discussionPath}#contributions`);
    const twice = await submitForm(worker, form, form, { agency: 'police', tookPart: 'yes' });
    assert.equal(twice.status, 400);
    assert.deepEqual(errorSummary(twice.text), ['This agency’s contribution is already recorded: correct it instead']);
    const after = pageOf((await worker.get(discussionPath)).text);
    assert.equal(after('.govuk-warning-text').length, 0, 'every required agency is accounted for');
    assert.match(after('#contributions ~ p').first().text(), /Did not take part: Education/);
    const chronology = pageOf((await worker.get(`/children/${childId}/chronology`)).text)('main').text();
    assert.match(chronology, /Strategy discussion: Education did not take part \(Half term/);
    assert.match(chronology, /Lead Child Protection Practitioner for the section 47 enquiry: Lee Lead/);

    const enquiryForm = `${enquiryPath}/contributions/new`;
    const missing = await submitForm(worker, enquiryForm, enquiryForm, {
      agency: 'health',
      ...dateFields('contributedOn', '2026-03-28'),
    });
    assert.equal(missing.status, 400);
    assert.deepEqual(errorSummary(missing.text), ['Enter the information the agency shared']);
    const health = await submitForm(worker, enquiryForm, enquiryForm, {
      agency: 'health',
      ...dateFields('contributedOn', '2026-03-28'),
      informationShared: 'Two missed paediatric appointments.',
    });
    assert.equal(health.status, 302);
    assert.match(pageOf((await worker.get(enquiryPath)).text)('main').text(), /Health, 28 March 2026/);
  });

  test('the team’s children page: managers see it, others do not; it is audited as a list', async () => {
    const path = `/multi-agency-teams/${teamId}/children`;
    assert.equal((await worker.get(path)).status, 404, 'the practitioner is no member');
    assert.equal((await admin.get(path)).status, 403);
    // A partner member works with the team's children (their records open) but holds no
    // county or team pages: their home page lists their children instead.
    const partner = await signedInAgent(harbour, 'partner');
    assert.equal((await partner.get(path)).status, 403);
    const manager = await signedInAgent(harbour, 'team-manager');
    const page = await manager.get(path);
    assert.equal(page.status, 200);
    assert.match(pageOf(page.text)('table').first().text(), /Ivy Example\s+Section 47 enquiry\s+Lee Lead/);
    const listed = await db()
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'children-listed')
      .where('username', '=', testUsername('team-manager'))
      .execute();
    assert.ok(
      listed.some((row) => (row.detail as { childIds?: number[] }).childIds?.includes(childId)),
      JSON.stringify(listed),
    );
    assert.equal((await manager.get('/multi-agency-teams/999999/children')).status, 404);
  });

  test('a member leaves on a day, with errors for a bad date', async () => {
    const member = await db()
      .selectFrom('multi_agency_team_members')
      .select(['id', 'version'])
      .where('user_id', '=', partnerId)
      .where('team_id', '=', teamId)
      .executeTakeFirstOrThrow();
    const form = `/multi-agency-teams/${teamId}/members/${member.id}/leaving`;
    const bad = await submitForm(admin, form, form, {
      version: String(member.version),
      ...dateFields('leftOn', '2026-02-31'),
    });
    assert.equal(bad.status, 400);
    assert.equal(errorSummary(bad.text).length, 1);
    const before = await submitForm(admin, form, form, {
      version: String(member.version),
      ...dateFields('leftOn', '2026-03-01'),
    });
    assert.equal(before.status, 400);
    assert.deepEqual(errorSummary(before.text), ['The date they left must be on or after the date they joined']);
    const left = await submitForm(admin, form, form, {
      version: String(member.version),
      ...dateFields('leftOn', '2026-03-30'),
    });
    assert.equal(left.status, 302);
    const partner = await signedInAgent(harbour, 'partner');
    assert.equal(
      (await partner.get(`/children/${childId}`)).status,
      403,
      'no longer a member: the record is closed to them',
    );
    assert.equal((await admin.get(form)).status, 404, 'only a current member leaves');
  });
});
