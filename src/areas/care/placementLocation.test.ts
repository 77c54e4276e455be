import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceWhereKnown, milesBetween, normalisedPostcode, outOfArea } from './placementLocation.ts';
import { parseCentroids } from './postcodeLookup.ts';

const shrewsbury = { latitude: 52.7077, longitude: -2.7526, localAuthorityCode: 'E06000051' };
const telford = { latitude: 52.6784, longitude: -2.4453, localAuthorityCode: 'E06000020' };

describe('where a placement is', () => {
  test('haversine distance in miles, to a tenth', () => {
    assert.equal(milesBetween(shrewsbury, telford), 13);
    assert.equal(milesBetween(shrewsbury, shrewsbury), 0);
    // London to Edinburgh, about 332 miles as the crow flies.
    assert.equal(
      Math.round(milesBetween({ latitude: 51.5074, longitude: -0.1278 }, { latitude: 55.9533, longitude: -3.1883 })),
      332,
    );
  });

  test('distance only where both postcodes are known', () => {
    assert.equal(distanceWhereKnown(shrewsbury, undefined), undefined);
    assert.equal(distanceWhereKnown(undefined, telford), undefined);
    assert.equal(distanceWhereKnown(shrewsbury, telford), 13);
  });

  test('out of area by the authority recorded, else by the lookup’s codes, else not known', () => {
    const council = 'Shropshire Council';
    const base = { councilName: council, home: undefined, placement: undefined };
    assert.equal(outOfArea({ ...base, recordedAuthority: 'shropshire council ' }), false);
    assert.equal(outOfArea({ ...base, recordedAuthority: 'Telford and Wrekin' }), true);
    assert.equal(outOfArea({ ...base, recordedAuthority: null, home: shrewsbury, placement: telford }), true);
    assert.equal(outOfArea({ ...base, recordedAuthority: null, home: shrewsbury, placement: shrewsbury }), false);
    assert.equal(outOfArea({ ...base, recordedAuthority: null, home: shrewsbury }), undefined);
  });

  test('postcodes written as the 903 holds them', () => {
    assert.equal(normalisedPostcode(' sy11aa '), 'SY1 1AA');
    assert.equal(normalisedPostcode('ec1a  1bb'), 'EC1A 1BB');
    assert.equal(normalisedPostcode('sy1 1'), 'SY1 1');
  });

  test('the lookup CSV: a first line of headings skipped, each refused line told by its number', () => {
    const { rows, refused } = parseCentroids(
      'postcode,latitude,longitude,laua\nsy1 1aa,52.7077,-2.7526,E06000051\n"TF1 1AA",52.6784,-2.4453\nnot a postcode,1,1\nSY3 8AB,95,1\n\n',
    );
    assert.deepEqual(rows, [
      { postcode: 'SY1 1AA', latitude: 52.7077, longitude: -2.7526, localAuthorityCode: 'E06000051' },
      { postcode: 'TF1 1AA', latitude: 52.6784, longitude: -2.4453, localAuthorityCode: null },
    ]);
    assert.deepEqual(refused, [
      { line: 4, message: 'the postcode is not a full postcode' },
      { line: 5, message: 'the latitude is not a number from -90 to 90' },
    ]);
  });
});
