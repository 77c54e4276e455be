import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { reasonAfterSameDayChange, reasonForNewEpisode } from './model.ts';

describe('the 903 reason for new episode follows from what changed', () => {
  const change = (legalStatusChanged: boolean, placementChanged: boolean, sameCarers = false) => ({
    legalStatusChanged,
    placementChanged,
    sameCarers,
  });

  test('L, P, B, T and U', () => {
    assert.equal(reasonForNewEpisode(change(true, false)), 'L');
    assert.equal(reasonForNewEpisode(change(false, true)), 'P');
    assert.equal(reasonForNewEpisode(change(false, true, true)), 'B');
    assert.equal(reasonForNewEpisode(change(true, true)), 'T');
    assert.equal(reasonForNewEpisode(change(true, true, true)), 'U');
    assert.equal(reasonForNewEpisode(change(false, false)), undefined);
  });

  test('a second change on the day an episode began: the episode says both', () => {
    assert.equal(reasonAfterSameDayChange('L', change(false, true)), 'T');
    assert.equal(reasonAfterSameDayChange('B', change(true, false)), 'U');
    assert.equal(reasonAfterSameDayChange('B', change(false, true)), 'P');
    assert.equal(reasonAfterSameDayChange('P', change(false, true, true)), 'P');
    assert.equal(reasonAfterSameDayChange('S', change(true, true)), 'S');
  });
});
