import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childJourney } from '../timescales/journey.ts';
import { childStatuses } from './status.ts';

const child = { id: 'child-1', dateOfBirth: '2016-06-01' };

test('a child on early help shows "early help" until the episode ends, and a statutory status instead while one is open', () => {
  const journey = childJourney(child, {
    earlyHelpEpisodes: [{ id: 'eh-1', startDate: '2026-03-02', endDate: '2026-07-31' }],
    referrals: [{ id: 'r-1', referralDate: '2026-05-11', closureDate: '2026-06-12' }],
  });
  assert.deepEqual(childStatuses(journey, '2026-03-01'), ['closed']);
  assert.deepEqual(childStatuses(journey, '2026-03-02'), ['early-help']);
  assert.deepEqual(childStatuses(journey, '2026-05-11'), ['child-in-need']);
  assert.deepEqual(childStatuses(journey, '2026-06-12'), ['early-help']);
  // On its end date the episode has ended, as a plan or a period of care has on theirs.
  assert.deepEqual(childStatuses(journey, '2026-07-31'), ['closed']);
});

test('targeted Family Help shows "Family Help"; once it is a CIN episode the child shows as a child in need', () => {
  const journey = childJourney(child, {
    familyHelp: [{ id: 'fh-1', startDate: '2026-09-01', endDate: '2026-12-18', reviewDates: [] }],
    // The section 17 assessment began on 5 October: the referral is dated the Family Help start.
    referrals: [{ id: 'r-1', referralDate: '2026-09-01', closureDate: '2026-12-18' }],
  });
  const targeted = childJourney(child, {
    familyHelp: [{ id: 'fh-2', startDate: '2026-09-01', endDate: '2026-12-18', reviewDates: [] }],
  });
  assert.deepEqual(childStatuses(targeted, '2026-09-01'), ['family-help']);
  assert.deepEqual(childStatuses(journey, '2026-09-01'), ['child-in-need']);
  assert.deepEqual(childStatuses(targeted, '2026-12-18'), ['closed']);
});
