// The 903 lookups read from the CSVs a council produces from Ofsted's and the ONS's published lists.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { dayFromParts } from '../returnDates.ts';
import type { LookupReader } from './lookups.ts';
import { LookupFileError, ofstedProvidersReader, postcodeDirectoryReader, readLookupFile } from './lookups.ts';

function read<T>(reader: LookupReader<T>, records: readonly (readonly string[])[]): T {
  records.forEach((record, index) => reader.add(record, index + 1));
  return reader.done();
}

describe('Ofsted providers', () => {
  test('reads the URN lookup’s columns by name, in any order and case, ignoring others', () => {
    const providers = read(ofstedProvidersReader(), [
      [
        'Setting name',
        'Deregistration date',
        'URN',
        'Placement Code',
        'Placement provider code',
        'Setting address postcode',
      ],
      ['Oak House', '', 'SC123456', 'K2', 'PR4', 'ab1 2cd'],
      ['Elm Lodge', '29/02/2024', 'sc654321', 'K1, K2', 'PR1,PR2', ''],
    ]);
    assert.deepEqual(providers.get('SC123456'), {
      urn: 'SC123456',
      placementCodes: ['K2'],
      providerCodes: ['PR4'],
      postcode: 'AB12CD',
    });
    assert.deepEqual(providers.get('SC654321'), {
      urn: 'SC654321',
      placementCodes: ['K1', 'K2'],
      providerCodes: ['PR1', 'PR2'],
      closed: dayFromParts(2024, 2, 29),
    });
  });

  test('a bad value is an error naming its line', () => {
    const header = ['URN', 'Placement code', 'Placement provider code', 'Closed date'];
    assert.throws(
      () => read(ofstedProvidersReader(), [header, ['SC1', 'K2', 'PR4', ''], ['SC2', 'K2', 'PR4', '31/02/2024']]),
      (error: Error) => error instanceof LookupFileError && /^line 3: .*31\/02\/2024/.test(error.message),
    );
    assert.throws(() => read(ofstedProvidersReader(), [header, ['SC1', 'K2', 'PR4', ''], ['SC1', 'K1', 'PR4', '']]), {
      message: 'line 3: URN SC1 is already on line 2',
    });
    assert.throws(() => read(ofstedProvidersReader(), [header, ['SC1', 'K2', 'P4', '']]), {
      message: /^line 2: .*"P4"/,
    });
    assert.throws(() => read(ofstedProvidersReader(), [['URN', 'Placement code']]), {
      message: /^line 1: no placement provider code/,
    });
    assert.throws(() => read(ofstedProvidersReader(), []), { message: 'line 1: the file is empty' });
  });
});

describe('postcode authorities', () => {
  test('reads the ONS Postcode Directory’s postcode and local authority columns', () => {
    const directory = read(postcodeDirectoryReader(), [
      ['pcd', 'pcd2', 'pcds', 'dointr', 'oslaua', 'osward'],
      ['AB1 2CD', 'AB1  2CD', 'AB1 2CD', '198001', 'S12000033', 'S13002843'],
      ['ZZ9 9ZZ', 'ZZ9  9ZZ', 'ZZ9 9ZZ', '198001', '', ''],
    ]);
    assert.deepEqual([...directory.postcodeAuthorities], [['AB12CD', 'S12000033']]);
    assert.equal(directory.postcodeCoordinates, undefined, 'no grid reference columns, no coordinates');
  });

  test('a postcode in a county’s district has the county as its authority (the council, as PL_LA holds it)', () => {
    const directory = read(postcodeDirectoryReader(), [
      ['pcds', 'cty', 'laua'],
      ['CA1 1AA', 'E99999999', 'E06000063'],
      ['LE1 1AA', 'E99999999', 'E06000016'],
      ['LE11 1AA', 'E10000018', 'E07000130'],
    ]);
    assert.deepEqual(
      [...directory.postcodeAuthorities],
      [
        ['CA11AA', 'E06000063'],
        ['LE11AA', 'E06000016'],
        ['LE111AA', 'E10000018'],
      ],
    );
  });

  test('keeps each postcode’s grid reference when the file has oseast1m and osnrth1m', () => {
    const directory = read(postcodeDirectoryReader(), [
      ['pcds', 'osnrth1m', 'laua', 'oseast1m'],
      ['TF1 1AA', '311006', 'E06000020', '365067'],
      ['GY1 1AA', '', 'L99999999', ''],
    ]);
    assert.deepEqual(
      [...(directory.postcodeCoordinates ?? [])],
      [['TF11AA', { easting: 365067, northing: 311006 }]],
      'a postcode the ONS could not place has no grid reference',
    );
    assert.throws(
      () =>
        read(postcodeDirectoryReader(), [
          ['pcds', 'laua', 'oseast1m', 'osnrth1m'],
          ['TF1 1AA', 'E06000020', '36506x', '311006'],
        ]),
      { message: 'line 2: oseast1m "36506x" is not a number of metres' },
    );
    assert.throws(() => read(postcodeDirectoryReader(), [['pcds', 'laua', 'oseast1m']]), {
      message: 'line 1: oseast1m and osnrth1m come together',
    });
  });

  test('a row whose postcode is not one is an error naming its line', () => {
    assert.throws(
      () =>
        read(postcodeDirectoryReader(), [
          ['pcds', 'laua'],
          ['AB1 2CD', 'E06000001'],
          ['n/a', 'E06000001'],
        ]),
      { message: 'line 3: "n/a" is not a postcode' },
    );
    assert.throws(() => read(postcodeDirectoryReader(), [['postcode', 'ward']]), {
      message: /^line 1: no local authority column/,
    });
  });

  test('a file is streamed and its error names the file and line', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'harbour-lookups-'));
    try {
      const good = join(folder, 'postcodes.csv');
      await writeFile(good, '\uFEFFpcds,laua\r\nAB1 2CD,E06000001\r\n"EF3 4GH",E06000002\r\n');
      assert.deepEqual(
        [...(await readLookupFile(good, postcodeDirectoryReader())).postcodeAuthorities],
        [
          ['AB12CD', 'E06000001'],
          ['EF34GH', 'E06000002'],
        ],
      );
      const bad = join(folder, 'providers.csv');
      await writeFile(bad, 'URN,Placement code,Placement provider code\nSC1,K2,PR4\n,K2,PR4\n');
      await assert.rejects(readLookupFile(bad, ofstedProvidersReader()), {
        message: `${bad} line 3: the URN is blank`,
      });
      await assert.rejects(readLookupFile(join(folder, 'absent.csv'), ofstedProvidersReader()), {
        message: /absent\.csv line 1: ENOENT/,
      });
    } finally {
      await rm(folder, { recursive: true });
    }
  });
});
