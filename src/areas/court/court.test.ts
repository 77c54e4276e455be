import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { amendRecord, amendmentsOf } from '../../platform/records/amend.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { childJourney, dueItems } from '../../reports/timescales/index.ts';
import { aChild, auditedChildren, refusedAt } from '../../app/testing/records.ts';
import { testActor } from '../../app/testing/actors.ts';
import { courtChronology } from './chronology.ts';
import { courtJourney } from './journey.ts';
import { courtRecordOf } from './records.ts';
import {
  concludeCareProceedings,
  issueCareProceedings,
  proceedingsIssuedCounts,
  recordHearing,
  recordInterimOrders,
  recordPreProceedingsMeeting,
  recordPreProceedingsProgress,
  recordProceedingsExtension,
  startPreProceedings,
} from './store.ts';

describe('court records', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  let amy: number;
  let ben: number;
  let cara: number;
  let familyId: number;

  before(async () => {
    database = await testDatabase();
    const { db } = database;
    actor = await testActor(db, 'practitioner');
    amy = await aChild(db, actor, { forename: 'Amy', surname: 'Brook', dateOfBirth: '2016-02-01' });
    ben = await aChild(db, actor, { forename: 'Ben', surname: 'Brook', dateOfBirth: '2019-09-09' });
    cara = await aChild(db, actor, { forename: 'Cara', surname: 'Lane', dateOfBirth: '2020-01-01' });
    familyId = (await db.insertInto('families').values({ name: 'Brook' }).returning('id').executeTakeFirstOrThrow()).id;
  });
  after(() => database.close());

  test('pre-proceedings for two siblings, with meetings and a decision, audited for each child', async () => {
    const { db } = database;
    const plo = await startPreProceedings(db, actor, {
      notOffered: { reason: 'immediate-risk' },
      familyId,
      childIds: [amy, ben],
      startDate: '2026-01-05',
      letterBeforeProceedingsDate: '2026-01-08',
    });
    assert.deepEqual(await auditedChildren(db, 'pre_proceedings', plo.id), [String(amy), String(ben)]);
    const met = await recordPreProceedingsProgress(db, actor, {
      preProceedingsId: plo.id,
      version: plo.version,
      initialMeetingDate: '2026-01-15',
    });
    assert.equal(met.version, 2);
    await recordPreProceedingsMeeting(db, actor, {
      preProceedingsId: plo.id,
      meetingType: 'review',
      meetingDate: '2026-02-20',
    });
    await recordPreProceedingsMeeting(db, actor, {
      preProceedingsId: plo.id,
      meetingType: 'legal-planning',
      meetingDate: '2026-03-20',
    });
    await refusedAt(
      recordPreProceedingsProgress(db, actor, {
        preProceedingsId: plo.id,
        version: met.version,
        decisionDate: '2026-03-30',
      }),
      'outcome',
    );
    await refusedAt(
      recordPreProceedingsProgress(db, actor, {
        preProceedingsId: plo.id,
        version: met.version,
        decisionDate: '2026-03-30',
        outcome: 'other',
      }),
      'outcomeDetail',
    );
    await recordPreProceedingsProgress(db, actor, {
      preProceedingsId: plo.id,
      version: met.version,
      decisionDate: '2026-03-30',
      outcome: 'issue-proceedings',
    });
    await refusedAt(
      recordPreProceedingsProgress(db, actor, {
        preProceedingsId: plo.id,
        version: met.version + 1,
        initialMeetingDate: '2026-01-16',
      }),
      'initialMeetingDate',
    );
  });

  test('pre-proceedings dates in order: the meeting follows the letter, the decision follows the start', async () => {
    const { db } = database;
    await refusedAt(
      startPreProceedings(db, actor, {
        notOffered: { reason: 'immediate-risk' },
        childIds: [cara],
        startDate: '2026-01-05',
        letterBeforeProceedingsDate: '2026-01-08',
        initialMeetingDate: '2026-01-07',
      }),
      'initialMeetingDate',
    );
    await refusedAt(
      startPreProceedings(db, actor, {
        notOffered: { reason: 'immediate-risk' },
        childIds: [cara],
        startDate: '2026-01-05',
        letterBeforeProceedingsDate: '2026-01-01',
      }),
      'letterBeforeProceedingsDate',
    );
  });

  test('care proceedings: extensions of at most 8 weeks with a reason, concluded on or after issue, orders per child', async () => {
    const { db } = database;
    const proceedings = await issueCareProceedings(db, actor, {
      notOffered: { reason: 'immediate-risk' },
      familyId,
      childIds: [amy, ben],
      issueDate: '2026-04-02',
      court: 'Family Court at Telford',
      courtReference: 'TF26C00012',
    });
    assert.deepEqual(await auditedChildren(db, 'care_proceedings', proceedings.id), [String(amy), String(ben)]);
    await refusedAt(
      recordProceedingsExtension(db, actor, {
        proceedingsId: proceedings.id,
        grantedDate: '2026-09-24',
        weeks: 9,
        reason: 'Expert report',
      }),
      'weeks',
    );
    await refusedAt(
      recordProceedingsExtension(db, actor, {
        proceedingsId: proceedings.id,
        grantedDate: '2026-09-24',
        weeks: 4,
        reason: '  ',
      }),
      'reason',
    );
    const extension = await recordProceedingsExtension(db, actor, {
      proceedingsId: proceedings.id,
      grantedDate: '2026-09-24',
      weeks: 8,
      reason: 'Awaiting a parenting assessment',
    });
    assert.deepEqual(await auditedChildren(db, 'proceedings_extensions', extension.id), [String(amy), String(ben)]);
    await refusedAt(
      concludeCareProceedings(db, actor, {
        proceedingsId: proceedings.id,
        version: 1,
        conclusionDate: '2026-04-01',
        finalOrders: {},
      }),
      'conclusionDate',
    );
    await concludeCareProceedings(db, actor, {
      proceedingsId: proceedings.id,
      version: 1,
      conclusionDate: '2026-11-12',
      finalOrders: { [amy]: 'care-order', [ben]: 'special-guardianship-order' },
    });
    const seen = await courtRecordOf(db, ben);
    assert.equal(seen.careProceedings[0]?.children.find((c) => c.id === ben)?.finalOrder, 'special-guardianship-order');
    assert.equal(seen.preProceedings.length, 1);
  });

  test('interim orders and hearings: on or after issue, and interim orders only for the children of the proceedings', async () => {
    const { db } = database;
    // Dan's own proceedings, issued after the period the counts below ask about.
    const dan = await aChild(db, actor, { forename: 'Dan', surname: 'Hill', dateOfBirth: '2021-03-03' });
    const proceedings = await issueCareProceedings(db, actor, {
      notOffered: { reason: 'immediate-risk' },
      childIds: [dan],
      issueDate: '2027-06-01',
      court: 'Family Court at Telford',
    });
    await refusedAt(
      recordInterimOrders(db, actor, {
        proceedingsId: proceedings.id,
        madeDate: '2027-06-01',
        orders: [{ childId: amy, orderType: 'interim-care-order' }],
      }),
      'orders',
    );
    await refusedAt(
      recordInterimOrders(db, actor, {
        proceedingsId: proceedings.id,
        madeDate: '2027-05-31',
        orders: [{ childId: dan, orderType: 'interim-care-order' }],
      }),
      'madeDate',
    );
    await refusedAt(
      recordHearing(db, actor, {
        proceedingsId: proceedings.id,
        hearingDate: '2027-06-02',
        hearingType: 'case-management',
        court: 'Family Court at Telford',
        nextHearingDate: '2027-06-02',
      }),
      'nextHearingDate',
    );
    const orders = await recordInterimOrders(db, actor, {
      proceedingsId: proceedings.id,
      madeDate: '2027-06-01',
      orders: [{ childId: dan, orderType: 'interim-care-order' }],
    });
    // The issue and the interim order, each a change on Dan's trail.
    assert.deepEqual(await auditedChildren(db, 'care_proceedings', proceedings.id), [String(dan), String(dan)]);
    assert.equal(orders.length, 1);
    await refusedAt(
      recordInterimOrders(db, actor, {
        proceedingsId: proceedings.id,
        madeDate: '2027-06-01',
        orders: [{ childId: dan, orderType: 'interim-supervision-order' }],
      }),
      'madeDate',
    );
  });

  test('a corrected issue date keeps the previous value, who and why', async () => {
    const { db } = database;
    const proceedings = await issueCareProceedings(db, actor, {
      notOffered: { reason: 'immediate-risk' },
      childIds: [cara],
      issueDate: '2026-05-01',
      court: 'Family Court at Shrewsbury',
    });
    await amendRecord(db, actor, {
      table: 'care_proceedings',
      recordId: proceedings.id,
      childId: cara,
      version: 1,
      changes: { issue_date: '2026-04-30' },
      reason: 'Sealed order shows 30 April',
    });
    const [amendment] = await amendmentsOf(db, 'care_proceedings', proceedings.id);
    assert.equal(amendment?.previous_value, '2026-05-01');
    assert.equal(amendment?.reason, 'Sealed order shows 30 April');
  });

  test('counts by proceedings, by child and by family', async () => {
    assert.deepEqual(await proceedingsIssuedCounts(database.db, { from: '2026-04-01', to: '2027-03-31' }), {
      proceedings: 2,
      children: 3,
      families: 2,
    });
  });

  test('journey: proceedings and pre-proceedings as the timescale engine reads them', async () => {
    const { db } = database;
    const journey = await areaJourneyOf(courtJourney, db, amy);
    assert.deepEqual(
      journey.careProceedings?.map(({ id: _id, ...rest }) => rest),
      [
        {
          issueDate: '2026-04-02',
          extensions: [{ weeks: 8, reason: 'Awaiting a parenting assessment', grantedDate: '2026-09-24' }],
          concludedDate: '2026-11-12',
        },
      ],
    );
    assert.deepEqual(
      journey.preProceedings?.map(({ id: _id, reviewMeetings, ...rest }) => ({
        ...rest,
        reviews: reviewMeetings.map((m) => m.date),
      })),
      [{ meetingDate: '2026-01-15', decisionDate: '2026-03-30', reviews: ['2026-02-20'] }],
    );
    const items = dueItems(
      childJourney({ id: String(amy), dateOfBirth: '2016-02-01' }, journey),
      Temporal.PlainDate.from('2026-12-01'),
    );
    const proceedings = items.find((item) => item.rule === 'proceedings');
    // 26 + 8 weeks beginning with Thu 2 April 2026: the last day is a Wednesday.
    assert.equal(proceedings?.dueOn.toString(), '2026-11-25');
    assert.equal(proceedings?.status, 'met');
    const decision = items.find((item) => item.rule === 'plo-decision');
    assert.equal(decision?.dueOn.toString(), '2026-05-07');
    assert.equal(decision?.status, 'met');
  });

  test('chronology: each event once, naming every child, in date order', async () => {
    const events = await courtChronology(database.db, [amy]);
    assert.deepEqual(
      events.map((event) => [event.date, event.summary]),
      [
        [
          '2026-01-05',
          'Legal planning meeting agreed to start pre-proceedings (Public Law Outline) for Amy Brook and Ben Brook',
        ],
        ['2026-01-08', 'Letter before proceedings sent about Amy Brook and Ben Brook'],
        ['2026-01-15', 'Pre-proceedings meeting held about Amy Brook and Ben Brook'],
        ['2026-02-20', 'Pre-proceedings review meeting held about Amy Brook and Ben Brook'],
        ['2026-03-20', 'Legal planning meeting held about Amy Brook and Ben Brook'],
        ['2026-03-30', 'Pre-proceedings decision for Amy Brook and Ben Brook: Issue care proceedings'],
        ['2026-04-02', 'Care proceedings issued at Family Court at Telford (TF26C00012) for Amy Brook and Ben Brook'],
        ['2026-09-24', 'Court extended the care proceedings timetable by 8 weeks: Awaiting a parenting assessment'],
        [
          '2026-11-12',
          'Care proceedings concluded: Care order (s31) for Amy Brook; Special guardianship order (s14A) for Ben Brook',
        ],
      ],
    );
    assert.ok(
      events.every(
        (event) => event.childIds.length === 2 && event.childIds.includes(amy) && event.childIds.includes(ben),
      ),
    );
    const siblings = await courtChronology(database.db, [amy, ben]);
    assert.equal(siblings.length, events.length, 'asking for both siblings gives each event once');
  });
});
