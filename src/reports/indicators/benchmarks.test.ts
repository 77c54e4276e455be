import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { demoBenchmarksFile, knownIndicator, parseBenchmarks } from './benchmarks.ts';

const header = 'indicator,year,area,value,source';

describe('reading a benchmarks CSV', () => {
  test('good rows are read, quoted fields with commas kept whole', () => {
    const file = parseBenchmarks(
      `${header}\nreferral-rate,2023-24,England,520,"DfE, CIN 2023-24"\nre-referrals,2023-24,Statistical neighbours,21.5,Published\n`,
      knownIndicator,
    );
    assert.deepEqual(file, {
      ok: true,
      benchmarks: [
        { indicatorId: 'referral-rate', year: '2023-24', area: 'England', value: 520, source: 'DfE, CIN 2023-24' },
        {
          indicatorId: 're-referrals',
          year: '2023-24',
          area: 'Statistical neighbours',
          value: 21.5,
          source: 'Published',
        },
      ],
    });
  });
  test('each bad row is reported by its line in the file, blank lines counted', () => {
    const file = parseBenchmarks(
      [
        header,
        'referral-rate,2023-24,England,520,DfE',
        '',
        'no-such-thing,2023-24,England,1,DfE',
        'referral-rate,2023-25,England,about 500,DfE',
        'referral-rate,2023-24,England,510,DfE again',
        're-referrals,2023-24,England',
        're-referrals,2023-24,Region,22,',
      ].join('\n'),
      knownIndicator,
    );
    assert.equal(file.ok, false);
    assert.deepEqual(!file.ok && file.errors, [
      { line: 4, message: 'There is no indicator "no-such-thing"' },
      { line: 5, message: 'The year must be a reporting year like 2023-24, not "2023-25"' },
      { line: 5, message: 'The value must be a number like 520 or 22.5, not "about 500"' },
      { line: 6, message: 'The same indicator, year and area are on line 2' },
      { line: 7, message: 'The row has 3 columns; it needs 5' },
      { line: 8, message: 'The source must be given, in 200 characters or fewer' },
    ]);
  });
  test('a wrong header, an empty file and an unclosed quote are refused', () => {
    assert.deepEqual(parseBenchmarks('id,year,area,value,source\nx,2023-24,England,1,s', knownIndicator), {
      ok: false,
      errors: [{ line: 1, message: 'The first row must name the columns indicator,year,area,value,source' }],
    });
    assert.equal(parseBenchmarks(`${header}\n`, knownIndicator).ok, false);
    const unclosed = parseBenchmarks(`${header}\nreferral-rate,2023-24,England,520,"DfE\n`, knownIndicator);
    assert.equal(!unclosed.ok && unclosed.errors[0]!.line, 2);
  });
  test('the demo file loads, and every figure cites the county profile', async () => {
    const file = parseBenchmarks(await readFile(demoBenchmarksFile, 'utf8'), knownIndicator);
    assert.ok(file.ok);
    assert.ok(file.benchmarks.length >= 3);
    for (const b of file.benchmarks) assert.match(b.source, /county-profile\.md/);
  });
});
