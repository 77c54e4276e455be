import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { batches, changedSince, cscChildren, episodeOf, recordHash, withoutPurged, type CscRows } from './shape.ts';

const none: Omit<CscRows, 'children' | 'episodes'> = {
  workers: [],
  assessments: [],
  cinPlans: [],
  enquiries: [],
  protectionPlans: [],
  placements: [],
  adoptions: [],
  careLeaverContacts: [],
  sdqs: [],
};
const child = {
  child_id: 1,
  forename: 'Ada',
  surname: 'Example',
  restricted: false,
  date_of_birth: '2016-03-10',
  expected_date_of_birth: null,
  sex: 'F',
  ethnicity: 'WBRI',
  upn: null,
  upn_unknown: 'UN1',
  postcode: 'SY1 1AA',
  disabilities: [],
  uasc: false,
  uasc_end_date: null,
};
const episode = (id: number, referral_date: string) => ({
  id,
  child_id: 1,
  referral_date,
  source: '2A',
  no_further_action: false,
  closure_date: null,
  closure_reason: null,
});

describe('CSC API records (plain data)', () => {
  it('puts a record in the referral it names, else the episode begun by its start, else the first', () => {
    const episodes = [episode(10, '2025-01-01'), episode(11, '2026-01-01')];
    assert.equal(episodeOf(episodes, { id: 1, child_id: 1, referral_id: 10, start_date: '2026-02-01' })?.id, 10);
    assert.equal(episodeOf(episodes, { id: 1, child_id: 1, start_date: '2026-02-01' })?.id, 11);
    assert.equal(episodeOf(episodes, { id: 1, child_id: 1, start_date: '2025-06-01' })?.id, 10);
    assert.equal(episodeOf(episodes, { id: 1, child_id: 1, start_date: '2020-01-01' })?.id, 10);
  });

  it('leaves out what is empty and a restricted child’s name and postcode', () => {
    const [open] = cscChildren({ ...none, children: [child], episodes: [episode(10, '2026-01-01')] });
    assert.deepEqual(open, {
      la_child_id: '1',
      child_details: {
        unique_pupil_number_unknown_reason: 'UN1',
        first_name: 'Ada',
        surname: 'Example',
        date_of_birth: '2016-03-10',
        sex: 'F',
        ethnicity: 'WBRI',
        postcode: 'SY1 1AA',
        uasc_flag: false,
      },
      social_care_episodes: [
        {
          social_care_episode_id: '10',
          referral_date: '2026-01-01',
          referral_source: '2A',
          referral_no_further_action_flag: false,
        },
      ],
    });
    const [restricted] = cscChildren({ ...none, children: [{ ...child, restricted: true }], episodes: [] });
    assert.equal(restricted!.child_details!.first_name, undefined);
    assert.equal(restricted!.child_details!.postcode, undefined);
  });

  it('sends only what changed, flags withdrawn records and children, and stores what stands', () => {
    const withPlans = cscChildren({
      ...none,
      children: [child],
      episodes: [episode(10, '2026-01-01')],
      cinPlans: [{ id: 5, child_id: 1, referral_id: 10, start_date: '2026-01-10', end_date: null }],
    })[0]!;
    const withoutPlan = cscChildren({ ...none, children: [child], episodes: [episode(10, '2026-01-01')] })[0]!;
    const sent = new Map([
      ['1', { hash: recordHash(withPlans), payload: withPlans }],
      ['2', { hash: 'x', payload: { la_child_id: '2' } }],
      ['3', { hash: 'y', payload: { la_child_id: '3' } }],
    ]);
    assert.deepEqual(changedSince([withPlans], sent, new Set(['1', '3'])), [{ la_child_id: '2', purge: true }]);
    const [changed] = changedSince([withoutPlan], sent, new Set(['1', '2', '3']));
    assert.deepEqual(changed!.social_care_episodes![0]!.child_in_need_plans, [
      { child_in_need_plan_id: '5', purge: true },
    ]);
    assert.equal(recordHash(withoutPurged(changed!)), recordHash(withoutPlan));
  });

  it('cuts the children into calls of at most 100', () => {
    assert.deepEqual(
      batches(Array.from({ length: 201 }, (_, n) => n)).map((batch) => batch.length),
      [100, 100, 1],
    );
  });
});
