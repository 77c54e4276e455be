import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
} from '../../app/testing/testApp.ts';

describe('the postcode lookup', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour();
  });
  after(() => harbour.close());

  test('an administrator pastes centroids; good lines are added, refused ones told by line', async () => {
    const agent = await signedInAgent(harbour, 'administrator');
    const path = '/admin/settings/postcode-lookup';
    const loaded = await submitForm(agent, path, path, {
      csv: 'postcode,lat,long\nSY1 1AA,52.7077,-2.7526,E06000051\nSY1 2,52,-2\n',
    });
    assert.equal(loaded.status, 200);
    const page = pageOf(loaded.text);
    assert.equal(page('#loaded').text(), '1 postcode added or replaced.');
    assert.equal(page('#held').text(), 'The lookup holds 1 postcode.');
    assert.equal(page('#refused').text().trim(), 'Line 3: the postcode is not a full postcode');
    const empty = await submitForm(agent, path, path, { csv: '' });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), [
      'Paste lines of postcode, latitude and longitude, separated by commas',
    ]);
  });
});
