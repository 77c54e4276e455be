import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { VersionConflictError } from '../../core/errors.ts';
import { refusedAt, recordsTestContext, type RecordsTestContext } from '../../app/testing/records.ts';
import { testUsername } from '../../app/testing/testDatabase.ts';
import { amendmentsOf } from '../../platform/records/amend.ts';
import type { User } from '../../platform/access/schema.ts';
import { addWorker } from '../workforce/index.ts';
import { agenciesNotAccountedFor, agenciesRequiredAt, ofCompulsorySchoolAge } from './model.ts';
import { concludeSection47Enquiry, recordStrategyDiscussion, startSection47Enquiry } from './store.ts';
import { addTeamMember, memberLeaves, setUpMultiAgencyTeam, teamMembers, teamsOfMember } from './teamStore.ts';
import { heldByTeam, leadsOf, leadsOfChild, recordLeadPractitioner } from './leadStore.ts';
import {
  correctDiscussionContribution,
  recordDiscussionContribution,
  recordEnquiryContribution,
} from './contributionStore.ts';
import { inMultiAgencyTeam } from './workingWith.ts';
import { multiAgencyChronology } from './macpChronology.ts';

describe('who a strategy discussion must include (Working Together 2026)', () => {
  test('compulsory school age starts on the prescribed day on or after the fifth birthday', () => {
    // Fifth birthday on 31 August, itself a prescribed day.
    assert.equal(ofCompulsorySchoolAge('2020-08-31', '2025-08-30'), false);
    assert.equal(ofCompulsorySchoolAge('2020-08-31', '2025-08-31'), true);
    // Fifth birthday on 1 September: of school age from 31 December.
    assert.equal(ofCompulsorySchoolAge('2020-09-01', '2025-12-30'), false);
    assert.equal(ofCompulsorySchoolAge('2020-09-01', '2025-12-31'), true);
    // Fifth birthday on 15 January: from 31 March.
    assert.equal(ofCompulsorySchoolAge('2021-01-15', '2026-03-30'), false);
    assert.equal(ofCompulsorySchoolAge('2021-01-15', '2026-03-31'), true);
  });
  test('it ends on the last Friday in June of the school year the child turns 16', () => {
    // Sixteen on 10 March 2026: the school year ends in summer 2026; 30 June 2026 is a Tuesday.
    assert.equal(ofCompulsorySchoolAge('2010-03-10', '2026-06-26'), true);
    assert.equal(ofCompulsorySchoolAge('2010-03-10', '2026-06-27'), false);
    // Sixteen on 1 October 2026: the next school year's last Friday in June, 25 June 2027.
    assert.equal(ofCompulsorySchoolAge('2010-10-01', '2027-06-25'), true);
    assert.equal(ofCompulsorySchoolAge('2010-10-01', '2027-06-26'), false);
    // Sixteen on 20 July 2026, after that year's leaving date (26 June 2026): no longer of school age.
    assert.equal(ofCompulsorySchoolAge('2010-07-20', '2026-06-26'), true);
    assert.equal(ofCompulsorySchoolAge('2010-07-20', '2026-07-01'), false);
  });
  test('police, health and the council always; education for a child of school age', () => {
    assert.deepEqual(agenciesRequiredAt('2023-02-01', '2026-03-26'), ['social-care', 'police', 'health']);
    assert.deepEqual(agenciesRequiredAt('2018-05-01', '2026-03-26'), ['social-care', 'police', 'health', 'education']);
    assert.deepEqual(agenciesRequiredAt(null, '2026-03-26'), ['social-care', 'police', 'health']);
    assert.deepEqual(
      agenciesNotAccountedFor(['social-care', 'police', 'health', 'education'], ['police', 'education']),
      ['social-care', 'health'],
    );
  });
});

describe('multi-agency child protection teams, the Lead Child Protection Practitioner and agencies’ contributions', () => {
  let context: RecordsTestContext;
  let practitioner: User;
  let partner: User;
  let teamId: number;
  let socialWorkerId: number;
  let seniorId: number;

  const userOf = (role: 'practitioner' | 'partner') =>
    context.db.selectFrom('users').selectAll().where('username', '=', testUsername(role)).executeTakeFirstOrThrow();

  /** A child of school age whose strategy discussion on Thu 26 Mar 2026 started a section 47 enquiry. */
  const childInEnquiry = async (forename: string) => {
    const childId = await context.child(forename, '2018-05-01');
    const discussion = await recordStrategyDiscussion(context.db, context.actor, {
      childId,
      decisionDate: '2026-03-26',
      heldDate: '2026-03-26',
      agencies: ['police', 'social-care'],
      decision: 'section-47',
    });
    const enquiry = await startSection47Enquiry(context.db, context.actor, {
      childId,
      strategyDiscussionId: discussion.id,
    });
    return { childId, discussion, enquiry, record: { kind: 'section-47' as const, id: enquiry.id } };
  };

  before(async () => {
    context = await recordsTestContext();
    practitioner = await userOf('practitioner');
    partner = await userOf('partner');
    teamId = (await setUpMultiAgencyTeam(context.db, context.actor, 'North multi-agency child protection team')).id;
    socialWorkerId = (
      await addWorker(context.db, {
        name: 'Sam Lead',
        role: 'social-worker',
        teamId: null,
        startDate: '2020-01-01',
        userId: null,
      })
    ).id;
    seniorId = (
      await addWorker(context.db, {
        name: 'Jo Senior',
        role: 'senior-practitioner',
        teamId: null,
        startDate: '2020-01-01',
        userId: practitioner.id,
      })
    ).id;
  });
  after(() => context.database.close());

  test('a team is set up once by name, and members join and leave against its version', async () => {
    await refusedAt(
      setUpMultiAgencyTeam(context.db, context.actor, 'North multi-agency child protection team'),
      'name',
    );
    const other = await setUpMultiAgencyTeam(context.db, context.actor, 'South multi-agency child protection team');
    const common = { phone: null, email: null, joinedOn: '2026-01-05' };
    const joined = await addTeamMember(context.db, context.actor, {
      teamId: other.id,
      version: 1,
      member: { ...common, userId: partner.id, agency: 'education', role: 'Designated safeguarding lead' },
    });
    await addTeamMember(context.db, context.actor, {
      teamId: other.id,
      version: 2,
      member: {
        ...common,
        name: 'DC Pat Constable',
        agency: 'police',
        role: 'Detective constable',
        phone: '01632 960001',
      },
    });
    // Someone working from the first version does not add a member over the second.
    await assert.rejects(
      addTeamMember(context.db, context.actor, {
        teamId: other.id,
        version: 2,
        member: { ...common, name: 'Nurse Lee', agency: 'health', role: 'Named nurse' },
      }),
      VersionConflictError,
    );
    await refusedAt(
      addTeamMember(context.db, context.actor, {
        teamId: other.id,
        version: 3,
        member: { ...common, userId: partner.id, agency: 'education', role: 'Designated safeguarding lead' },
      }),
      'userId',
    );
    assert.deepEqual(
      (await teamsOfMember(context.db, partner.id, '2026-03-01')).map((team) => team.name),
      ['South multi-agency child protection team'],
    );
    await refusedAt(
      memberLeaves(context.db, context.actor, {
        teamId: other.id,
        memberId: joined.id,
        version: 1,
        leftOn: '2025-12-31',
      }),
      'leftOn',
    );
    await memberLeaves(context.db, context.actor, {
      teamId: other.id,
      memberId: joined.id,
      version: 1,
      leftOn: '2026-03-02',
    });
    const members = await teamMembers(context.db, other.id, '2026-03-02');
    assert.deepEqual(
      members.current.map((member) => [member.shownName, member.agency]),
      [['DC Pat Constable', 'police']],
    );
    assert.equal(members.past[0]!.left_on, '2026-03-02');
    assert.deepEqual(await teamsOfMember(context.db, partner.id, '2026-03-02'), []);
    const audited = await context.db
      .selectFrom('audit_events')
      .select('reason')
      .where('event', '=', 'workforce-changed')
      .where('record_type', 'in', ['multi_agency_teams', 'multi_agency_team_members'])
      .execute();
    assert.ok(audited.length >= 4, 'set up, two joined and one left are audited');
  });

  test('the lead of an enquiry is a social worker, changed with a reason, with who led before kept', async () => {
    const { childId, enquiry, record } = await childInEnquiry('Ava');
    const first = { childId, record, workerId: socialWorkerId, teamId, fromDate: '2026-03-26', reason: null };
    await refusedAt(
      recordLeadPractitioner(context.db, context.actor, { ...first, version: 1, fromDate: '2026-03-25' }),
      'fromDate',
    );
    const asye = await addWorker(context.db, {
      name: 'New Starter',
      role: 'asye',
      teamId: null,
      startDate: '2025-09-01',
      userId: null,
    });
    await refusedAt(
      recordLeadPractitioner(context.db, context.actor, { ...first, version: 1, workerId: asye.id }),
      'workerId',
    );
    await recordLeadPractitioner(context.db, context.actor, { ...first, version: 1 });
    // A second person who opened the form before the first saved does not overwrite them.
    await assert.rejects(
      recordLeadPractitioner(context.db, context.actor, { ...first, version: 1, workerId: seniorId }),
      VersionConflictError,
    );
    await refusedAt(recordLeadPractitioner(context.db, context.actor, { ...first, version: 2 }), 'workerId');
    await refusedAt(
      recordLeadPractitioner(context.db, context.actor, {
        ...first,
        version: 2,
        workerId: seniorId,
        fromDate: '2026-04-02',
      }),
      'reason',
    );
    await recordLeadPractitioner(context.db, context.actor, {
      ...first,
      version: 2,
      workerId: seniorId,
      fromDate: '2026-04-02',
      reason: 'Sam Lead moved to the court team',
    });
    assert.deepEqual(
      (await leadsOf(context.db, record)).map((lead) => [lead.worker_name, lead.from_date, lead.reason]),
      [
        ['Sam Lead', '2026-03-26', null],
        ['Jo Senior', '2026-04-02', 'Sam Lead moved to the court team'],
      ],
    );
    assert.deepEqual(
      (await leadsOfChild(context.db, childId)).map((lead) => [lead.worker_name, lead.team_name]),
      [['Jo Senior', 'North multi-agency child protection team']],
    );
    assert.ok((await heldByTeam(context.db, teamId)).some((held) => held.child_id === childId));
    const changes = await context.db
      .selectFrom('audit_events')
      .select('reason')
      .where('child_id', '=', String(childId))
      .where('record_type', '=', 'lead_child_protection_practitioners')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      changes.map((change) => change.reason),
      ['Lead Child Protection Practitioner recorded', 'Sam Lead moved to the court team'],
    );
    // Concluded, the enquiry is no longer the team's.
    await concludeSection47Enquiry(context.db, context.actor, {
      childId,
      id: enquiry.id,
      version: enquiry.version,
      endDate: '2026-04-10',
      outcome: 'not-substantiated',
    });
    assert.ok(!(await heldByTeam(context.db, teamId)).some((held) => held.child_id === childId));
    assert.deepEqual(await leadsOfChild(context.db, childId), []);
    await refusedAt(
      recordLeadPractitioner(context.db, context.actor, {
        ...first,
        version: 3,
        fromDate: '2026-04-11',
        reason: 'Back to Sam',
      }),
      'fromDate',
    );
  });

  test('team members and the lead work with the children whose enquiry the team holds, until they leave', async () => {
    const { childId, record } = await childInEnquiry('Ben');
    const { childId: elsewhere } = await childInEnquiry('Cal');
    await recordLeadPractitioner(context.db, context.actor, {
      childId,
      record,
      version: 1,
      workerId: socialWorkerId,
      teamId,
      fromDate: '2026-03-27',
      reason: null,
    });
    const ask = (user: User, on: string) => inMultiAgencyTeam(context.db, user, [childId, elsewhere], on);
    assert.deepEqual(await ask(partner, '2026-04-01'), [], 'not a member yet');
    const team = await context.db
      .selectFrom('multi_agency_teams')
      .select('version')
      .where('team_id', '=', teamId)
      .executeTakeFirstOrThrow();
    const member = await addTeamMember(context.db, context.actor, {
      teamId,
      version: team.version,
      member: {
        userId: partner.id,
        agency: 'education',
        role: 'Designated safeguarding lead',
        phone: null,
        email: null,
        joinedOn: '2026-03-30',
      },
    });
    assert.deepEqual(await ask(partner, '2026-04-01'), [childId]);
    assert.deepEqual(await ask(partner, '2026-03-29'), [], 'before joining');
    await memberLeaves(context.db, context.actor, { teamId, memberId: member.id, version: 1, leftOn: '2026-05-01' });
    assert.deepEqual(await ask(partner, '2026-05-01'), [], 'gone on the day they leave');
    // The practitioner is Jo Senior: once Jo leads, Jo works with the child without being a member.
    assert.deepEqual(await ask(practitioner, '2026-04-01'), []);
    await recordLeadPractitioner(context.db, context.actor, {
      childId,
      record,
      version: 2,
      workerId: seniorId,
      teamId: null,
      fromDate: '2026-04-01',
      reason: 'Held by the locality team again',
    });
    assert.deepEqual(await ask(practitioner, '2026-04-01'), [childId]);
  });

  test('each agency’s part in the strategy discussion and the enquiry, in the chronology', async () => {
    const { childId, discussion, enquiry } = await childInEnquiry('Dee');
    const police = {
      childId,
      discussionId: discussion.id,
      agency: 'police' as const,
      tookPart: true,
      absenceReason: null,
      informationShared: 'Two call-outs to the address in February.',
      agencyView: 'Threshold for a joint visit is met.',
      actions: 'Joint visit with the social worker on 27 March.',
    };
    await recordDiscussionContribution(context.db, context.actor, police);
    await refusedAt(recordDiscussionContribution(context.db, context.actor, police), 'agency');
    await refusedAt(
      recordDiscussionContribution(context.db, context.actor, { ...police, agency: 'education', tookPart: false }),
      'absenceReason',
    );
    const school = await recordDiscussionContribution(context.db, context.actor, {
      ...police,
      agency: 'education',
      tookPart: false,
      absenceReason: 'The designated safeguarding lead was teaching; she sent attendance figures.',
      informationShared: 'Attendance 71% this term.',
      agencyView: null,
      actions: null,
    });
    const decided = await recordStrategyDiscussion(context.db, context.actor, { childId, decisionDate: '2026-04-01' });
    await refusedAt(
      recordDiscussionContribution(context.db, context.actor, { ...police, discussionId: decided.id }),
      'agency',
    );
    await refusedAt(
      recordEnquiryContribution(context.db, context.actor, {
        childId,
        enquiryId: enquiry.id,
        agency: 'health',
        contributedOn: '2026-03-25',
        informationShared: 'Missed immunisations.',
        agencyView: null,
        actions: null,
      }),
      'contributedOn',
    );
    await recordEnquiryContribution(context.db, context.actor, {
      childId,
      enquiryId: enquiry.id,
      agency: 'health',
      contributedOn: '2026-03-30',
      informationShared: 'Missed immunisations and two A&E attendances.',
      agencyView: 'Neglect of health needs.',
      actions: 'Health visitor to visit weekly.',
    });
    await correctDiscussionContribution(context.db, context.actor, {
      childId,
      id: school.id,
      version: school.version,
      reason: 'The school’s figure was for the year, not the term',
      tookPart: false,
      absenceReason: school.absence_reason,
      informationShared: 'Attendance 78% this year.',
      agencyView: null,
      actions: null,
    });
    await assert.rejects(
      correctDiscussionContribution(context.db, context.actor, {
        childId,
        id: school.id,
        version: school.version,
        reason: 'Again',
        tookPart: true,
        absenceReason: null,
        informationShared: null,
        agencyView: null,
        actions: null,
      }),
      VersionConflictError,
    );
    const amendments = await amendmentsOf(context.db, 'strategy_discussion_contributions', school.id);
    assert.equal(amendments[0]!.previous_value, 'Attendance 71% this term.');
    const events = await multiAgencyChronology(context.db, [childId]);
    const summaries = events.map((event) => `${event.date} ${event.summary}`);
    assert.ok(
      summaries.includes(
        '2026-03-26 Strategy discussion: Police took part. shared: Two call-outs to the address in February.; view: Threshold for a joint visit is met.; actions: Joint visit with the social worker on 27 March.',
      ),
      summaries.join('\n'),
    );
    assert.ok(
      summaries.includes(
        '2026-03-26 Strategy discussion: Education did not take part (The designated safeguarding lead was teaching; she sent attendance figures.). shared: Attendance 78% this year.',
      ),
      summaries.join('\n'),
    );
    assert.ok(
      summaries.includes(
        '2026-03-30 Section 47 enquiry: Health contributed. shared: Missed immunisations and two A&E attendances.; view: Neglect of health needs.; actions: Health visitor to visit weekly.',
      ),
      summaries.join('\n'),
    );
  });
});
