import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { amendRecord, amendmentsOf } from '../../platform/records/amend.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { childJourney, dueItems } from '../../reports/timescales/index.ts';
import { careChronology } from './chronology.ts';
import { careJourney } from './journey.ts';
import { endOfCareProblems, episodeChangeProblems, placementsOf, type EpisodeFacts } from './model.ts';
import { recordVisit } from '../visits/store.ts';
import { visitsJourney } from '../visits/journey.ts';
import {
  recordDentalCheck,
  recordHealthAssessment,
  recordLookedAfterReview,
  recordPersonalEducationPlan,
  viewLookedAfterRecords,
} from './reviews.ts';
import {
  changeEpisode,
  endPeriodOfCare,
  recordCarePlan,
  startPeriodOfCare,
  viewCareEpisodes,
  type EpisodeDetails,
} from './store.ts';
import { aChild, auditedChildren, refusedAt } from '../../app/testing/records.ts';
import { testActor } from '../../app/testing/actors.ts';

const episode = (overrides: Partial<EpisodeFacts>): EpisodeFacts => ({
  id: 1,
  startDate: '2026-01-08',
  endDate: null,
  reasonNewEpisode: 'S',
  legalStatus: 'V2',
  placementType: 'U6',
  placementProvider: 'PR1',
  placementPostcode: 'SY1 1',
  urn: null,
  longTerm: false,
  arrangement: 'other',
  ...overrides,
});

describe('episode rules (SSDA903)', () => {
  const previous = episode({});
  const next = { ...previous, reasonPlaceChange: null };

  test('a legal status change only changes the legal status', () => {
    assert.deepEqual(episodeChangeProblems(previous, { ...next, reasonNewEpisode: 'L', legalStatus: 'C1' }), []);
    assert.deepEqual(
      episodeChangeProblems(previous, { ...next, reasonNewEpisode: 'L' }).map((p) => p.field),
      ['legalStatus'],
    );
    assert.deepEqual(
      episodeChangeProblems(previous, { ...next, reasonNewEpisode: 'L', legalStatus: 'C1', placementType: 'U4' }).map(
        (p) => p.field,
      ),
      ['placementType'],
    );
  });

  test('a placement change keeps the legal status and gives a reason, except for temporary placements', () => {
    assert.deepEqual(
      episodeChangeProblems(previous, {
        ...next,
        reasonNewEpisode: 'P',
        placementType: 'K2',
        reasonPlaceChange: 'CREQB',
      }),
      [],
    );
    assert.deepEqual(
      episodeChangeProblems(previous, { ...next, reasonNewEpisode: 'P', placementType: 'K2' }).map((p) => p.field),
      ['reasonPlaceChange'],
    );
    assert.deepEqual(episodeChangeProblems(previous, { ...next, reasonNewEpisode: 'P', placementType: 'T1' }), []);
    assert.deepEqual(
      episodeChangeProblems(previous, {
        ...next,
        reasonNewEpisode: 'B',
        legalStatus: 'C2',
        reasonPlaceChange: 'PLACE',
      }).map((p) => p.field),
      ['legalStatus'],
    );
    assert.deepEqual(
      episodeChangeProblems(previous, {
        ...next,
        reasonNewEpisode: 'T',
        legalStatus: 'C2',
        reasonPlaceChange: 'CARPL',
      }),
      [],
    );
  });

  test('a child already looked after cannot start again, and X1 does not end care', () => {
    assert.deepEqual(
      episodeChangeProblems(previous, { ...next, reasonNewEpisode: 'S', legalStatus: 'C1' }).map((p) => p.field),
      ['reasonNewEpisode'],
    );
    assert.deepEqual(
      endOfCareProblems('X1').map((p) => p.field),
      ['reasonCeased'],
    );
    assert.deepEqual(endOfCareProblems('E4A'), []);
  });

  test('a placement is a run of episodes with the same carers', () => {
    const placements = placementsOf([
      episode({ id: 3, startDate: '2026-03-01', reasonNewEpisode: 'P', placementType: 'U4', longTerm: true }),
      episode({ id: 1, endDate: '2026-02-10' }),
      episode({ id: 2, startDate: '2026-02-10', endDate: '2026-03-01', reasonNewEpisode: 'L', legalStatus: 'C1' }),
      episode({ id: 4, startDate: '2026-04-01', reasonNewEpisode: 'B', placementType: 'A5' }),
    ]);
    assert.deepEqual(
      placements.map((p) => [p.id, p.startDate, p.endDate, p.episodes.length, p.placementType]),
      [
        [1, '2026-01-08', '2026-03-01', 2, 'U6'],
        [3, '2026-03-01', null, 2, 'A5'],
      ],
    );
  });
});

describe('care records', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  let dan: number;
  let eve: number;
  const fostered: EpisodeDetails = {
    legalStatus: 'V2',
    categoryOfNeed: 'N1',
    placementType: 'U6',
    placementProvider: 'PR1',
    placementPostcode: 'SY1 1AA',
    homePostcode: 'SY3 8',
    urn: 'SC123456',
  };

  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'practitioner');
    dan = await aChild(database.db, actor, { forename: 'Dan', surname: 'Hill', dateOfBirth: '2016-05-10' });
    eve = await aChild(database.db, actor, { forename: 'Eve', surname: 'Moss', dateOfBirth: '2012-03-03' });
  });
  after(() => database.close());

  test('a period of care starts with an S episode and changes by episodes that follow on the same day', async () => {
    const { db } = database;
    const { period, episode: first } = await startPeriodOfCare(db, actor, {
      childId: dan,
      startDate: '2026-01-08',
      ...fostered,
    });
    assert.equal(first.reason_new_episode, 'S');
    assert.deepEqual(await auditedChildren(db, 'periods_of_care', period.id), [String(dan)]);
    await recordCarePlan(db, actor, { periodOfCareId: period.id, version: period.version, carePlanDate: '2026-01-08' });

    await refusedAt(
      changeEpisode(db, actor, { childId: dan, date: '2026-02-10', reasonNewEpisode: 'L' }),
      'legalStatus',
    );
    await changeEpisode(db, actor, { childId: dan, date: '2026-02-10', reasonNewEpisode: 'L', legalStatus: 'C1' });
    await refusedAt(
      changeEpisode(db, actor, { childId: dan, date: '2026-03-01', reasonNewEpisode: 'P', placementType: 'U4' }),
      'reasonPlaceChange',
    );
    const third = await changeEpisode(db, actor, {
      childId: dan,
      date: '2026-03-01',
      reasonNewEpisode: 'P',
      placementType: 'U4',
      placementPostcode: 'TF1 2AB',
      urn: null,
      longTerm: true,
      reasonPlaceChange: 'CARPL',
    });

    const [stored] = await viewCareEpisodes(db, actor, dan);
    assert.deepEqual(
      stored?.episodes.map((e) => [
        e.start_date,
        e.end_date,
        e.reason_new_episode,
        e.legal_status,
        e.placement_type,
        e.reason_ceased,
        e.reason_place_change,
      ]),
      [
        ['2026-01-08', '2026-02-10', 'S', 'V2', 'U6', 'X1', null],
        ['2026-02-10', '2026-03-01', 'L', 'C1', 'U6', 'X1', 'CARPL'],
        ['2026-03-01', null, 'P', 'C1', 'U4', null, null],
      ],
    );
    assert.equal(third.long_term, true);
  });

  test('the database refuses overlapping periods and episodes, and codes it does not know', async () => {
    const { db } = database;
    await refusedAt(startPeriodOfCare(db, actor, { childId: dan, startDate: '2026-04-01', ...fostered }), 'startDate');
    await startPeriodOfCare(db, actor, { childId: eve, startDate: '2025-01-01', ...fostered });
    await refusedAt(
      endPeriodOfCare(db, actor, { childId: eve, endDate: '2025-06-01', reasonCeased: 'X1' }),
      'reasonCeased',
    );
    await refusedAt(
      endPeriodOfCare(db, actor, { childId: eve, endDate: '2024-12-01', reasonCeased: 'E4A' }),
      'endDate',
    );
    await endPeriodOfCare(db, actor, { childId: eve, endDate: '2025-06-01', reasonCeased: 'E4A' });
    // 903 rule 431: starting again the day care ended would be one period, not two.
    await refusedAt(startPeriodOfCare(db, actor, { childId: eve, startDate: '2025-06-01', ...fostered }), 'startDate');
    await refusedAt(
      startPeriodOfCare(db, actor, {
        childId: eve,
        startDate: '2025-07-01',
        ...fostered,
        placementPostcode: 'nowhere',
      }),
      'placementPostcode',
    );
    await refusedAt(
      startPeriodOfCare(db, actor, { childId: eve, startDate: '2025-07-01', ...fostered, placementType: 'P1' }),
      'placementProvider',
    );
    await refusedAt(
      startPeriodOfCare(db, actor, {
        childId: eve,
        startDate: '2025-07-01',
        ...fostered,
        arrangement: 'placed-with-parent',
      }),
      'placementType',
    );
    await refusedAt(
      startPeriodOfCare(db, actor, { childId: eve, startDate: '2025-07-01', ...fostered, legalStatus: 'C9' as 'C1' }),
      'legalStatus',
    );

    const [, second] = (await viewCareEpisodes(db, actor, dan))[0]!.episodes;
    await refusedAt(
      amendRecord(db, actor, {
        table: 'care_episodes',
        recordId: second!.id,
        childId: dan,
        version: second!.version,
        changes: { start_date: '2026-01-20' },
        reason: 'Wrong date',
      }),
      'startDate',
    );
  });

  test('reviews, health, dental, PEPs and visits are recorded, audited and corrected with history', async () => {
    const { db } = database;
    const first = await recordLookedAfterReview(db, actor, {
      childId: dan,
      reviewDate: '2026-02-04',
      participation: 'PN1',
    });
    await recordLookedAfterReview(db, actor, { childId: dan, reviewDate: '2026-05-05', participation: 'PN1' });
    await refusedAt(
      recordLookedAfterReview(db, actor, { childId: dan, reviewDate: '2026-05-05', participation: 'PN2' }),
      'reviewDate',
    );
    await recordHealthAssessment(db, actor, { childId: dan, assessmentDate: '2026-02-10', assessmentType: 'initial' });
    await recordDentalCheck(db, actor, { childId: dan, checkDate: '2026-03-03' });
    await recordPersonalEducationPlan(db, actor, { childId: dan, planDate: '2026-01-30' });
    for (const date of ['2026-01-14', '2026-02-20', '2026-03-06', '2026-04-20'])
      await recordVisit(db, actor, { childId: dan, date, purpose: 'looked-after', childSeen: true, seenAlone: true });
    assert.deepEqual(await auditedChildren(db, 'looked_after_reviews', first.id), [String(dan)]);

    await amendRecord(db, actor, {
      table: 'looked_after_reviews',
      recordId: first.id,
      childId: dan,
      version: first.version,
      changes: { participation: 'PN2' },
      reason: 'An advocate spoke for Dan',
    });
    const [amendment] = await amendmentsOf(db, 'looked_after_reviews', first.id);
    assert.equal(amendment?.previous_value, 'PN1');
    assert.equal(amendment?.new_value, 'PN2');
    const seen = await viewLookedAfterRecords(db, actor, dan);
    assert.equal(seen.reviews[0]?.participation, 'PN2');
  });

  test('journey: placements derived from episodes, and the due items they give', async () => {
    // Visits to a looked-after child are recorded in the visits area.
    const journey = {
      ...(await areaJourneyOf(careJourney, database.db, dan)),
      ...(await areaJourneyOf(visitsJourney, database.db, dan)),
    };
    assert.deepEqual(
      journey.periodsOfCare?.map(({ id: _id, placements, ...period }) => ({
        ...period,
        placements: placements.map(({ id: _pid, ...placement }) => placement),
      })),
      [
        {
          startDate: '2026-01-08',
          carePlanDate: '2026-01-08',
          placements: [
            { startDate: '2026-01-08', endDate: '2026-03-01', arrangement: 'other', longTerm: false },
            { startDate: '2026-03-01', arrangement: 'other', longTerm: true },
          ],
        },
      ],
    );
    assert.deepEqual(
      journey.healthAssessments?.map(({ date, type }) => [date, type]),
      [['2026-02-10', 'initial']],
    );
    assert.deepEqual(journey.visits?.map((visit) => [visit.date, visit.purpose, visit.childSeen]).at(0), [
      '2026-01-14',
      'looked-after',
      true,
    ]);

    const items = dueItems(
      childJourney({ id: String(dan), dateOfBirth: '2016-05-10' }, journey),
      Temporal.PlainDate.from('2026-06-01'),
    );
    const lines = (rule: string) =>
      items.filter((item) => item.rule === rule).map((item) => `${item.dueOn.toString()} ${item.status}`);
    assert.deepEqual(lines('care-plan'), ['2026-01-22 met']);
    assert.deepEqual(lines('cla-review'), ['2026-02-05 met', '2026-05-04 metLate', '2026-11-05 due']);
    assert.deepEqual(lines('cla-visit'), [
      '2026-01-15 met',
      '2026-02-25 met',
      '2026-03-08 met',
      '2026-04-17 metLate',
      '2026-06-01 due',
    ]);
  });

  test('chronology: the period of care, its changes with reasons, and reviews, in order', async () => {
    const { db } = database;
    await endPeriodOfCare(db, actor, {
      childId: dan,
      endDate: '2026-07-01',
      reasonCeased: 'E4A',
      reasonPlaceChange: 'CARPL',
    });
    const events = await careChronology(db, [dan]);
    assert.deepEqual(
      events
        .filter((event) => ['period-of-care', 'placement', 'legal-status'].includes(event.type))
        .map((event) => [event.date, event.type, event.summary]),
      [
        [
          '2026-01-08',
          'period-of-care',
          'Started to be looked after: Single period of accommodation under section 20 (V2); placed in Foster placement with other foster carer(s): not long-term or fostering for adoption (U6); category of need Abuse or neglect (N1)',
        ],
        ['2026-02-10', 'legal-status', 'Legal status changed to Interim care order (C1)'],
        [
          '2026-03-01',
          'placement',
          'Placement changed to Foster placement with other foster carer(s): long-term fostering (U4); reason: Change to or implementation of the care plan (CARPL)',
        ],
        [
          '2026-07-01',
          'period-of-care',
          'Stopped being looked after: Returned home to live with parent(s) or others with parental responsibility as part of the care planning process (E4A)',
        ],
      ],
    );
    assert.deepEqual(
      events.map((event) => event.date),
      [...events.map((event) => event.date)].sort(),
    );
    assert.ok(
      events.some(
        (event) =>
          event.summary ===
          'Looked after review held; participation: Child physically attends and an advocate speaks for them (PN2)',
      ),
    );
    assert.ok(events.every((event) => event.childIds.length === 1 && event.childIds[0] === dan));
  });
});
