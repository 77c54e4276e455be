import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { amendmentsOf } from '../../platform/records/amend.ts';
import { dueItems } from '../../reports/timescales/index.ts';
import { childJourney } from '../../reports/timescales/journey.ts';
import { recordContact } from '../frontdoor/store.ts';
import { refusedAt, auditedChanges, recordsTestContext, type RecordsTestContext } from '../../app/testing/records.ts';
import { assessmentChronology } from './chronology.ts';
import { assessmentJourney } from './journey.ts';
import { assessmentStartProblem, authorisationProblem, factorsIdentified, referralClosureBlockers } from './model.ts';
import { authoriseAssessment, closeReferral, recordReferral, startAssessment } from './store.ts';

describe('factors identified at assessment', () => {
  test('each code once, in census order', () => {
    assert.deepEqual(factorsIdentified(['3B', '1B', '3B']), { factors: ['1B', '3B'] });
  });
  test('"21 No factors identified" stands alone (CIN census 8869)', () => {
    assert.ok('message' in factorsIdentified(['21', '2B']));
    assert.deepEqual(factorsIdentified(['21']), { factors: ['21'] });
  });
  test('withdrawn and unknown codes are refused', () => {
    assert.ok('message' in factorsIdentified(['18A']));
  });
});

describe('closing a CIN episode', () => {
  const authorised = { startDate: '2026-01-05', authorisationDate: '2026-02-20' };
  test('closes once its plans have ended and its assessments are authorised by the closure date', () => {
    assert.deepEqual(
      referralClosureBlockers('2026-03-31', {
        plans: [{ kind: 'child-in-need', startDate: '2026-02-23', endDate: '2026-03-31' }],
        assessments: [authorised],
      }),
      [],
    );
  });
  test('a plan still open on the closure date, or one ending the day after, keeps it open', () => {
    const blockers = referralClosureBlockers('2026-03-31', {
      plans: [
        { kind: 'child-protection', startDate: '2026-02-23', endDate: null },
        { kind: 'child-in-need', startDate: '2026-01-10', endDate: '2026-04-01' },
      ],
      assessments: [authorised],
    });
    assert.equal(blockers.length, 2);
    assert.match(blockers[0]!, /child protection plan/);
    assert.match(blockers[1]!, /child in need plan/);
  });
  test('a plan that starts after the closure date does not belong to this episode', () => {
    assert.deepEqual(
      referralClosureBlockers('2026-03-31', {
        plans: [{ kind: 'child-in-need', startDate: '2026-04-02', endDate: null }],
        assessments: [],
      }),
      [],
    );
  });
  test('an assessment not authorised, or authorised after the closure date, keeps it open', () => {
    assert.equal(
      referralClosureBlockers('2026-03-31', {
        plans: [],
        assessments: [{ startDate: '2026-03-02', authorisationDate: null }],
      }).length,
      1,
    );
    assert.equal(referralClosureBlockers('2026-02-19', { plans: [], assessments: [authorised] }).length, 1);
  });
});

describe('one assessment at a time, submitted before it is authorised', () => {
  test('a new assessment starts only in an open referral whose earlier assessments are authorised', () => {
    const open = { closure_date: null };
    assert.equal(assessmentStartProblem(open, []), undefined);
    assert.equal(assessmentStartProblem(open, [{ authorisation_date: '2026-02-20' }]), undefined);
    assert.equal(
      assessmentStartProblem(open, [{ authorisation_date: '2026-02-20' }, { authorisation_date: null }]),
      'An assessment of this referral is already under way',
    );
    assert.match(assessmentStartProblem({ closure_date: '2026-03-31' }, [])!, /referral is closed/);
  });
  test('authorised once, and only after it is submitted', () => {
    assert.equal(authorisationProblem({ submitted_date: '2026-02-18', authorisation_date: null }), undefined);
    assert.equal(
      authorisationProblem({ submitted_date: null, authorisation_date: null }),
      'The assessment must be submitted for authorisation first',
    );
    assert.equal(
      authorisationProblem({ submitted_date: '2026-02-18', authorisation_date: '2026-02-20' }),
      'This assessment is already authorised',
    );
  });
});

describe('referrals and assessments', () => {
  let context: RecordsTestContext;
  before(async () => {
    context = await recordsTestContext();
  });
  after(() => context.database.close());

  const authorisation = {
    authorisationDate: '2026-02-20',
    factors: ['3B', '2B'],
    outcome: 'child-in-need-plan' as const,
  };

  test('the store holds the rules for every caller: a second assessment while one is under way, a second authorisation', async () => {
    const child = await context.child('Gil');
    const referral = await recordReferral(context.db, context.actor, {
      childId: child,
      referralDate: '2026-01-05',
      source: '2A',
    });
    const first = await startAssessment(context.db, context.actor, {
      childId: child,
      referralId: referral.id,
      startDate: '2026-01-05',
    });
    await refusedAt(
      startAssessment(context.db, context.actor, { childId: child, referralId: referral.id, startDate: '2026-01-06' }),
      'startDate',
    );
    await authoriseAssessment(context.db, context.actor, {
      childId: child,
      id: first.id,
      version: first.version,
      ...authorisation,
    });
    await refusedAt(
      authoriseAssessment(context.db, context.actor, {
        childId: child,
        id: first.id,
        version: first.version + 1,
        ...authorisation,
      }),
      'record',
    );
    const second = await startAssessment(context.db, context.actor, {
      childId: child,
      referralId: referral.id,
      startDate: '2026-02-23',
    });
    assert.equal(second.referral_id, referral.id, 'a new assessment starts once the last is authorised');
  });

  test('a referral from a contact, an assessment authorised, the referral closed: rows, audit and history', async () => {
    const child = await context.child('Fay');
    const { contact } = await recordContact(context.db, context.actor, {
      childIds: [child],
      receivedAt: '2025-12-18T09:30:00Z',
      source: '2A',
      consent: 'given',
      concerns: 'Bruise seen by the class teacher',
    });
    const referral = await recordReferral(context.db, context.actor, {
      childId: child,
      referralDate: '2025-12-18',
      source: '2A',
      primaryNeed: 'N1',
      contactId: contact.id,
    });
    const assessment = await startAssessment(context.db, context.actor, {
      childId: child,
      referralId: referral.id,
      startDate: '2025-12-19',
    });
    const authorised = await authoriseAssessment(context.db, context.actor, {
      childId: child,
      id: assessment.id,
      version: assessment.version,
      childSeenDate: '2025-12-22',
      childSeenAlone: true,
      ...authorisation,
    });
    assert.deepEqual(authorised.factors, ['2B', '3B']);
    assert.equal(authorised.authorised_by, context.actor.userId);
    // Authorising is progress, not a correction: no amendment is kept.
    assert.deepEqual(await amendmentsOf(context.db, 'assessments', assessment.id), []);

    await closeReferral(context.db, context.actor, {
      childId: child,
      id: referral.id,
      version: referral.version,
      closureDate: '2026-03-31',
      closureReason: 'RC7',
    });
    assert.deepEqual(
      (await auditedChanges(context, child, 'referrals')).map((row) => row.reason),
      [null, 'Referral closed'],
    );

    const journey = await areaJourneyOf(assessmentJourney, context.db, child);
    assert.deepEqual(journey, {
      referrals: [{ id: String(referral.id), referralDate: '2025-12-18', closureDate: '2026-03-31' }],
      assessments: [
        {
          id: String(assessment.id),
          referralId: String(referral.id),
          startDate: '2025-12-19',
          authorisationDate: '2026-02-20',
        },
      ],
    });
    // Timescales.md: referral Thu 18 Dec 2025 → 45 working days due Tue 24 Feb 2026.
    const items = dueItems(
      childJourney({ id: String(child), dateOfBirth: '2018-05-01' }, journey),
      Temporal.PlainDate.from('2026-04-01'),
    );
    assert.deepEqual(
      items
        .filter((item) => item.rule === 'assessment')
        .map((item) => [item.dueOn.toString(), item.status, item.metOn?.toString()]),
      [['2026-02-24', 'met', '2026-02-20']],
    );

    assert.deepEqual(
      (await assessmentChronology(context.db, [child])).map((event) => [event.date, event.type, event.summary]),
      [
        ['2025-12-18', 'referral', 'Referral received from Schools (2A), primary need N1 Abuse or neglect'],
        ['2025-12-19', 'assessment', 'Single assessment started'],
        [
          '2026-02-20',
          'assessment',
          'Single assessment authorised: Child in need plan. Child seen alone on 22 December 2025. Factors: 2B, 3B.',
        ],
        [
          '2026-03-31',
          'referral',
          'Referral closed: RC7 Services ceased for any other reason, including child no longer in need',
        ],
      ],
    );
  });

  test('an assessment not yet authorised is due, then overdue', async () => {
    const child = await context.child('Gus');
    const referral = await recordReferral(context.db, context.actor, {
      childId: child,
      referralDate: '2026-03-02',
      source: '6',
    });
    await startAssessment(context.db, context.actor, {
      childId: child,
      referralId: referral.id,
      startDate: '2026-03-03',
    });
    const journey = childJourney(
      { id: String(child), dateOfBirth: '2018-05-01' },
      await areaJourneyOf(assessmentJourney, context.db, child),
    );
    // 45 working days from Mon 2 Mar 2026, skipping Good Friday, Easter Monday and the early May bank holiday: Thu 7 May.
    const [item] = dueItems(journey, Temporal.PlainDate.from('2026-05-11')).filter((due) => due.rule === 'assessment');
    assert.equal(item?.dueOn.toString(), '2026-05-07');
    assert.equal(item?.status, 'overdue');
  });

  test('CIN episodes: one open at a time, no overlap, a new one may start the day the last closed, NFA on the day holds it', async () => {
    const child = await context.child('Hal');
    const first = await recordReferral(context.db, context.actor, {
      childId: child,
      referralDate: '2026-01-05',
      source: '1A',
    });
    await refusedAt(
      recordReferral(context.db, context.actor, { childId: child, referralDate: '2026-01-20', source: '1A' }),
      'referralDate',
    );
    await refusedAt(
      closeReferral(context.db, context.actor, {
        childId: child,
        id: first.id,
        version: 1,
        closureDate: '2026-01-04',
        closureReason: 'RC8',
      }),
      'closureDate',
      'referrals_end_after_start',
    );
    await closeReferral(context.db, context.actor, {
      childId: child,
      id: first.id,
      version: 1,
      closureDate: '2026-02-10',
      closureReason: 'RC8',
    });
    await refusedAt(
      recordReferral(context.db, context.actor, {
        childId: child,
        referralDate: '2026-02-01',
        source: '6',
        closure: { date: '2026-02-01', reason: 'RC8' },
      }),
      'referralDate',
      'referrals_no_overlap',
    );
    await recordReferral(context.db, context.actor, {
      childId: child,
      referralDate: '2026-02-10',
      source: '6',
      noFurtherAction: true,
      closure: { date: '2026-02-10', reason: 'RC8' },
    });
    await refusedAt(
      recordReferral(context.db, context.actor, {
        childId: child,
        referralDate: '2026-02-10',
        source: '8',
        noFurtherAction: true,
        closure: { date: '2026-02-10', reason: 'RC8' },
      }),
      'referralDate',
      'referrals_no_overlap',
    );
    await refusedAt(
      recordReferral(context.db, context.actor, {
        childId: child,
        referralDate: '2026-03-01',
        source: '6',
        closure: { date: '2026-03-02' } as never,
      }),
      'closureReason',
    );
    await refusedAt(
      recordReferral(context.db, context.actor, {
        childId: child,
        referralDate: '2026-03-01',
        source: '6',
        primaryNeed: 'N10' as never,
      }),
      'primaryNeed',
    );
  });

  test('integrity: a referral’s contact must be about the child; authorisation on or after the start; factors', async () => {
    const [child, other] = [await context.child('Ida'), await context.child('Jo')];
    const { contact } = await recordContact(context.db, context.actor, {
      childIds: [other],
      receivedAt: '2026-01-05T09:00:00Z',
      source: '9',
      consent: 'given',
      concerns: 'Anonymous call',
    });
    await refusedAt(
      recordReferral(context.db, context.actor, {
        childId: child,
        referralDate: '2026-01-05',
        source: '9',
        contactId: contact.id,
      }),
      'contactId',
      'referrals_contact',
    );
    const referral = await recordReferral(context.db, context.actor, {
      childId: child,
      referralDate: '2026-01-05',
      source: '9',
    });
    const assessment = await startAssessment(context.db, context.actor, {
      childId: child,
      referralId: referral.id,
      startDate: '2026-01-06',
    });
    await refusedAt(
      authoriseAssessment(context.db, context.actor, {
        childId: child,
        id: assessment.id,
        version: 1,
        ...authorisation,
        authorisationDate: '2026-01-05',
      }),
      'authorisationDate',
      'assessments_end_after_start',
    );
    await refusedAt(
      authoriseAssessment(context.db, context.actor, {
        childId: child,
        id: assessment.id,
        version: 1,
        ...authorisation,
        factors: ['21', '1A'],
      }),
      'factors',
    );
    await refusedAt(
      startAssessment(context.db, context.actor, { childId: other, referralId: referral.id, startDate: '2026-01-06' }),
      'referralId',
      'assessments_referral',
    );
  });
});
