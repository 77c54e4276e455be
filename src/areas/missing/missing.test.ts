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
import { missingChronology } from './chronology.ts';
import { missingJourney } from './journey.ts';
import { episodesInTwelveMonths, hoursMissing, interviewTimingProblems } from './model.ts';
import {
  recordMissingEpisode,
  recordReturn,
  recordReturnHomeInterview,
  recordReturnHomeInterviewProgress,
  missingEpisodesOf,
} from './store.ts';

describe('missing rules', () => {
  test('repeat missing: episodes begun in the twelve months up to today, by the day in England', () => {
    const starts = [
      '2027-02-28T12:00:00Z', // a year and a day before 29 February 2028: not counted
      '2027-03-01T00:30:00Z', // the first day of the twelve months
      '2028-02-29T23:30:00Z', // today in England (GMT)
      '2028-03-01T00:30:00Z', // tomorrow
    ].map((at) => new Date(at));
    assert.equal(episodesInTwelveMonths(starts, Temporal.PlainDate.from('2028-02-29')), 2);
    // In summer a start at 23:30 UTC is the next day in England.
    assert.equal(episodesInTwelveMonths([new Date('2026-06-30T23:30:00Z')], Temporal.PlainDate.from('2026-06-30')), 0);
  });

  test('hours missing, rounded', () => {
    assert.equal(hoursMissing(new Date('2026-03-01T20:00:00Z'), new Date('2026-03-02T10:10:00Z')), 14);
  });

  test('an interview is offered and held after the return', () => {
    const returned = new Date('2026-03-02T10:00:00Z');
    assert.deepEqual(interviewTimingProblems(returned, { offeredAt: new Date('2026-03-02T12:00:00Z') }), []);
    assert.deepEqual(
      interviewTimingProblems(returned, { heldAt: new Date('2026-03-02T09:00:00Z') }).map((p) => p.field),
      ['heldAt'],
    );
    assert.deepEqual(
      interviewTimingProblems(null, { offeredAt: new Date('2026-03-02T12:00:00Z') }).map((p) => p.field),
      ['offeredAt'],
    );
  });
});

describe('missing records', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  let fay: number;

  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'practitioner');
    fay = await aChild(database.db, actor, { forename: 'Fay', surname: 'Reed', dateOfBirth: '2011-08-08' });
  });
  after(() => database.close());

  test('episodes: returned after going missing, never overlapping, one open at a time', async () => {
    const { db } = database;
    const episode = await recordMissingEpisode(db, actor, {
      childId: fay,
      missingType: 'M',
      startedAt: '2026-03-01T20:00:00Z',
    });
    assert.deepEqual(await auditedChildren(db, 'missing_episodes', episode.id), [String(fay)]);
    await refusedAt(
      recordMissingEpisode(db, actor, { childId: fay, missingType: 'A', startedAt: '2026-03-01T22:00:00Z' }),
      'startedAt',
    );
    await refusedAt(
      recordReturn(db, actor, {
        missingEpisodeId: episode.id,
        version: episode.version,
        returnedAt: '2026-03-01T19:00:00Z',
      }),
      'returnedAt',
    );
    await recordReturn(db, actor, {
      missingEpisodeId: episode.id,
      version: episode.version,
      returnedAt: '2026-03-02T10:00:00Z',
    });
    await refusedAt(
      recordMissingEpisode(db, actor, {
        childId: fay,
        missingType: 'A',
        startedAt: '2026-03-02T09:00:00Z',
        returnedAt: '2026-03-02T11:00:00Z',
      }),
      'startedAt',
    );
    // '[)': she can go away again the moment she is back.
    await recordMissingEpisode(db, actor, {
      childId: fay,
      missingType: 'A',
      startedAt: '2026-03-02T10:00:00Z',
      returnedAt: '2026-03-02T13:00:00Z',
    });
  });

  test('return home interviews: offered when, accepted or declined, held, and the manager comment', async () => {
    const { db } = database;
    const [away, missing] = (await missingEpisodesOf(db, [fay])).reverse();
    await refusedAt(
      recordReturnHomeInterview(db, actor, { childId: fay, missingEpisodeId: missing!.id, offered: true }),
      'offeredAt',
    );
    await refusedAt(
      recordReturnHomeInterview(db, actor, {
        childId: fay,
        missingEpisodeId: missing!.id,
        offered: true,
        offeredAt: '2026-03-02T09:00:00Z',
      }),
      'offeredAt',
    );
    const interview = await recordReturnHomeInterview(db, actor, {
      childId: fay,
      missingEpisodeId: missing!.id,
      offered: true,
      offeredAt: '2026-03-02T11:00:00Z',
      accepted: true,
    });
    await refusedAt(
      recordReturnHomeInterview(db, actor, { childId: fay, missingEpisodeId: missing!.id, offered: false }),
      'missingEpisodeId',
    );
    await refusedAt(
      recordReturnHomeInterviewProgress(db, actor, {
        interviewId: interview.id,
        version: 1,
        heldAt: '2026-03-02T10:30:00Z',
      }),
      'heldAt',
    );
    const held = await recordReturnHomeInterviewProgress(db, actor, {
      interviewId: interview.id,
      version: 1,
      heldAt: '2026-03-04T15:00:00Z',
    });
    await refusedAt(
      recordReturnHomeInterviewProgress(db, actor, {
        interviewId: interview.id,
        version: held.version,
        managerComment: 'Seen; safety plan updated',
      }),
      'managerCommentDate',
    );
    const commented = await recordReturnHomeInterviewProgress(db, actor, {
      interviewId: interview.id,
      version: held.version,
      managerComment: 'Seen; safety plan updated',
      managerCommentDate: '2026-03-09',
    });
    await amendRecord(db, actor, {
      table: 'return_home_interviews',
      recordId: interview.id,
      childId: fay,
      version: commented.version,
      changes: { manager_comment_date: '2026-03-10' },
      reason: 'Comment was signed off on the 10th',
    });
    assert.equal((await amendmentsOf(db, 'return_home_interviews', interview.id))[0]?.previous_value, '2026-03-09');

    const declined = await recordReturnHomeInterview(db, actor, {
      childId: fay,
      missingEpisodeId: away!.id,
      offered: true,
      offeredAt: '2026-03-02T14:00:00Z',
      accepted: false,
    });
    await refusedAt(
      recordReturnHomeInterviewProgress(db, actor, {
        interviewId: declined.id,
        version: 1,
        heldAt: '2026-03-03T10:00:00Z',
      }),
      'heldAt',
    );
  });

  test('journey: episodes with their interviews, and the 72-hour and manager review clocks', async () => {
    const journey = await areaJourneyOf(missingJourney, database.db, fay);
    assert.deepEqual(
      journey.missingEpisodes?.map(({ id: _id, ...episode }) => episode),
      [
        {
          startedAt: '2026-03-01T20:00:00.000Z',
          returnedAt: '2026-03-02T10:00:00.000Z',
          returnInterview: { offeredAt: '2026-03-02T11:00:00.000Z', heldAt: '2026-03-04T15:00:00.000Z' },
          managerReviewDate: '2026-03-10',
        },
        {
          startedAt: '2026-03-02T10:00:00.000Z',
          returnedAt: '2026-03-02T13:00:00.000Z',
          returnInterview: { offeredAt: '2026-03-02T14:00:00.000Z', declined: true },
        },
      ],
    );
    const items = dueItems(
      childJourney({ id: String(fay), dateOfBirth: '2011-08-08' }, journey),
      Temporal.PlainDate.from('2026-04-01'),
    );
    const lines = (rule: string) =>
      items.filter((item) => item.rule === rule).map((item) => `${item.dueOn.toString()} ${item.status}`);
    assert.deepEqual(lines('return-home-interview'), ['2026-03-05 met', '2026-03-05 met']);
    // Held Wed 4 March; 5 working days later is Wed 11 March.
    assert.deepEqual(lines('missing-manager-review'), ['2026-03-11 met']);
  });

  test('chronology: how long the child was missing and what happened about the interview', async () => {
    const events = await missingChronology(database.db, [fay]);
    assert.deepEqual(
      events.map((event) => [event.date, event.summary]),
      [
        ['2026-03-01', 'Missing from placement for 14 hours; return home interview held'],
        [
          '2026-03-02',
          'Away from placement without authorisation for 3 hours; return home interview offered and declined',
        ],
        ['2026-03-10', 'Manager commented on the return home interview'],
      ],
    );
    assert.ok(events.every((event) => event.childIds.length === 1 && event.childIds[0] === fay));
  });
});
