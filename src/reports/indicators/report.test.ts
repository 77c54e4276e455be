// The performance report's pure parts: quarters of the council's year, the locality map's shading,
// small numbers withheld, the committee report assembled from figures, and the exports' content.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { Temporal } from 'temporal-polyfill';
import { parseQuarter, recentQuarters } from './quarters.ts';
import { legendBands, localityMapSvg, shadeOf, shades } from './localityMap.ts';
import { breakdownRow, withholdComplement } from './breakdown.ts';
import { restsOnSmallNumber } from './smallNumbers.ts';
import { assembleCommitteeReport, committeePeriods } from './committeeReport.ts';
import type { Commentary } from './commentary.ts';
import { figuresTable, seriesTable, tableCells, tableXlsx } from './exports.ts';
import { trendChartSvg } from './chart.ts';
import { indicatorById } from './catalogue.ts';
import type { Indicator, IndicatorValue } from './model.ts';

const indicator = (id: string): Indicator => indicatorById(id)!;

describe('quarters of the council’s year (1 April to 31 March)', () => {
  test('2025-26 Q3 is October to December 2025, with the year to date from April', () => {
    const quarter = parseQuarter('2025-26-Q3')!;
    assert.equal(quarter.label, '2025-26 Q3 (October to December 2025)');
    assert.deepEqual(
      quarter.periods.map((period) => [period.key, period.starts, period.ends]),
      [
        ['2025-10', '2025-10-01', '2025-10-31'],
        ['2025-11', '2025-11-01', '2025-11-30'],
        ['2025-12', '2025-12-01', '2025-12-31'],
        ['2025-12-ytd', '2025-04-01', '2025-12-31'],
      ],
    );
  });

  test('Q4 runs into the next calendar year and ends with February of a leap year', () => {
    const quarter = parseQuarter('2027-28 Q4')!;
    assert.deepEqual(
      quarter.periods.map((period) => period.ends),
      ['2028-01-31', '2028-02-29', '2028-03-31', '2028-03-31'],
    );
    assert.equal(quarter.periods[3]!.starts, '2027-04-01');
  });

  test('a year whose two halves do not follow, a fifth quarter or loose text is no quarter', () => {
    for (const text of ['2025-27-Q3', '2025-26-Q5', '2025-26-Q0', '2025-Q3', 'Q3', '', '1899-00-Q1', '2099-00-Q1x'])
      assert.equal(parseQuarter(text), undefined, text);
    assert.equal(parseQuarter('2099-00-Q1')?.label, '2099-00 Q1 (April to June 2099)');
  });

  test('the quarters to choose: the latest ended, then those before it', () => {
    const labels = (today: string) => recentQuarters(Temporal.PlainDate.from(today), 2).map((quarter) => quarter.key);
    assert.deepEqual(labels('2026-01-01'), ['2025-26-Q3', '2025-26-Q2']);
    assert.deepEqual(labels('2025-12-31'), ['2025-26-Q2', '2025-26-Q1']);
    assert.deepEqual(labels('2026-04-01'), ['2025-26-Q4', '2025-26-Q3']);
    assert.deepEqual(labels('2026-06-30'), ['2025-26-Q4', '2025-26-Q3']);
  });
});

describe('the locality map', () => {
  test('five equal bands from the lowest value shown to the highest', () => {
    assert.equal(shadeOf(0, 0, 50), 0);
    assert.equal(shadeOf(9.9, 0, 50), 0);
    assert.equal(shadeOf(10, 0, 50), 1);
    assert.equal(shadeOf(39.9, 0, 50), 3);
    assert.equal(shadeOf(50, 0, 50), 4);
    // Every locality the same: the lightest shade, one band in the legend.
    assert.equal(shadeOf(7, 7, 7), 0);
    assert.deepEqual(legendBands(7, 7, String), ['7']);
    assert.deepEqual(legendBands(0, 50, String), ['0 to 10', '10 to 20', '20 to 30', '30 to 40', '40 to 50']);
  });

  test('each locality drawn, named and valued; a withheld figure hatched, not shaded', () => {
    const svg = localityMapSvg(
      [
        { locality: 'North', value: 50, text: '50' },
        { locality: 'South', value: 0, text: '0' },
        { locality: 'East', value: null, text: 'fewer than 5' },
        { locality: 'West', value: 20, text: '20' },
        { locality: 'Central', value: 45, text: '45' },
      ],
      { title: 'Referrals by locality <January>', format: String },
    );
    assert.match(svg, /^<svg [^>]*role="img" aria-label="Referrals by locality &lt;January&gt;"/);
    assert.match(svg, /<title>Referrals by locality &lt;January&gt;<\/title>/);
    const fillOf = (name: string) => new RegExp(`fill="([^"]+)"[^>]*/>\\s*<text[^>]*>${name}</text>`).exec(svg)?.[1];
    assert.equal(fillOf('North'), shades[4]!.fill);
    assert.equal(fillOf('Central'), shades[4]!.fill);
    assert.equal(fillOf('West'), shades[2]!.fill);
    assert.equal(fillOf('South'), shades[0]!.fill);
    assert.equal(fillOf('East'), 'url(#locality-map-no-figure)');
    assert.match(svg, />fewer than 5</);
    assert.match(svg, /No figure or withheld/);
  });
});

describe('small numbers withheld from aggregate-only audiences', () => {
  test('a count of 1 to 4 is withheld, 0 and 5 are not; a percentage over 1 to 4 is withheld', () => {
    assert.deepEqual(
      [0, 1, 4, 5].map((n) => restsOnSmallNumber('count', n, 0)),
      [false, true, true, false],
    );
    assert.equal(restsOnSmallNumber('percent', 10, 4), true);
    assert.equal(restsOnSmallNumber('percent', 0, 40), false);
  });

  test('a withheld row has no value and prints “fewer than 5”; shown to an analyst it is the figure', () => {
    const counts = { numerator: 3, denominator: 12 };
    assert.deepEqual(breakdownRow('North', 'percent', counts, { withholdSmall: true }), {
      group: 'North',
      numerator: 3,
      denominator: 12,
      value: null,
      withheld: true,
      text: 'fewer than 5',
    });
    assert.equal(breakdownRow('North', 'percent', counts, { withholdSmall: false }).text, '25.0%');
  });

  test('one group withheld alone would be the county less the rest: the next smallest is withheld too', () => {
    const row = (group: string, numerator: number) =>
      breakdownRow(group, 'count', { numerator, denominator: 0 }, { withholdSmall: true });
    const rows = withholdComplement([row('North', 12), row('East', 0), row('South', 3), row('West', 7)]);
    assert.deepEqual(
      rows.map((r) => `${r.group} ${r.text}`),
      ['North 12', 'East 0', 'South fewer than 5', 'West fewer than 5'],
    );
    // Two withheld already cannot be told apart from the total: nothing more is withheld.
    const two = withholdComplement([row('North', 12), row('South', 3), row('West', 2)]);
    assert.deepEqual(
      two.map((r) => r.text),
      ['12', 'fewer than 5', 'fewer than 5'],
    );
  });
});

/** Figures for every period a 2025-26 Q3 report reads: n referrals in its nth month (January 2025 the first); each year to date 100 and more. */
function referralFigures(): IndicatorValue[] {
  const quarter = parseQuarter('2025-26-Q3')!;
  return committeePeriods(quarter).map((period, i) => {
    const n = period.kind === 'month' ? i / 2 + 1 : 100 + i;
    return { indicatorId: 'referrals', period: period.key, value: n, numerator: n, denominator: 0 };
  });
}

describe('the committee report assembled from figures', () => {
  const quarter = parseQuarter('2025-26-Q3')!;
  const commentary = new Map<string, Commentary[]>([
    [
      'referrals',
      [
        {
          id: 2,
          period: '2025-12',
          body: 'Referrals rose before Christmas.',
          writtenBy: 'A. Analyst',
          writtenAt: new Date('2026-01-10T09:00:00Z'),
        },
        {
          id: 1,
          period: '2025-06',
          body: 'A note on June.',
          writtenBy: 'A. Analyst',
          writtenAt: new Date('2025-07-10'),
        },
      ],
    ],
  ]);

  test('sections in the catalogue’s order; the year’s months charted, the quarter and its year to date tabled', () => {
    const report = assembleCommitteeReport(
      quarter,
      [indicator('looked-after'), indicator('referrals')],
      referralFigures(),
      commentary,
      { withholdSmall: false },
    );
    assert.deepEqual(
      report.sections.map((section) => section.title),
      ['Front door and early help', 'Children in care'],
    );
    const referrals = report.sections[0]!.indicators[0]!;
    // January 2025 to December 2025, oldest first (the fixture's nth month has n referrals).
    assert.equal(referrals.trend.length, 12);
    assert.deepEqual(referrals.trend[0], { label: 'Jan 2025', value: 1, text: '1' });
    assert.deepEqual(
      referrals.quarter.map((figure) => [figure.label, figure.text]),
      [
        ['October 2025', '10'],
        ['November 2025', '11'],
        ['December 2025', '12'],
        ['Year to date (April 2025 to December 2025)', '123'],
      ],
    );
    // Only the quarter's commentary.
    assert.deepEqual(
      referrals.commentary.map((note) => note.body),
      ['Referrals rose before Christmas.'],
    );
    // Looked after has no figures here: each shows as no figure, not as nought.
    assert.equal(report.sections[1]!.indicators[0]!.quarter[0]!.text, '–');
  });

  test('for leaders, months resting on 1 to 4 are withheld', () => {
    const report = assembleCommitteeReport(quarter, [indicator('referrals')], referralFigures(), new Map(), {
      withholdSmall: true,
    });
    const trend = report.sections[0]!.indicators[0]!.trend;
    assert.deepEqual(
      trend.slice(0, 5).map((figure) => figure.text),
      ['fewer than 5', 'fewer than 5', 'fewer than 5', 'fewer than 5', '5'],
    );
    assert.equal(trend[0]!.value, null);
  });

  test('a trend chart is an SVG image named by its title', async () => {
    const svg = await trendChartSvg(
      {
        label: 'Referrals, "Oct" to Dec 2025',
        axisTitle: 'Number',
        points: [
          { month: '2025-10', value: 3 },
          { month: '2025-11', value: null },
          { month: '2025-12', value: 5 },
        ],
      },
      { width: 480, height: 180 },
    );
    assert.match(svg, /^<svg role="img" aria-label="Referrals, &quot;Oct&quot; to Dec 2025"/);
    assert.match(svg, /<\/svg>$/);
    assert.match(svg, />Oct 2025</);
  });
});

describe('exports', () => {
  const quarter = parseQuarter('2025-26-Q3')!;
  const values = referralFigures();

  test('a series: period, kind, value, numerator, denominator and unit; leaders’ small figures withheld', () => {
    const table = seriesTable(indicator('referrals'), quarter.periods, values, { withholdSmall: false });
    assert.deepEqual(
      table.columns.map((column) => column.header),
      ['period', 'kind', 'value', 'numerator', 'denominator', 'unit'],
    );
    assert.deepEqual(tableCells(table), [
      ['2025-10', 'month', 10, 10, 0, 'count'],
      ['2025-11', 'month', 11, 11, 0, 'count'],
      ['2025-12', 'month', 12, 12, 0, 'count'],
      ['2025-12-ytd', 'year to date', 123, 123, 0, 'count'],
    ]);
    const april = committeePeriods(quarter).slice(6, 7);
    assert.deepEqual(tableCells(seriesTable(indicator('referrals'), april, values, { withholdSmall: true })), [
      ['2025-04', 'month', '[c]', '[c]', '[c]', 'count'],
    ]);
  });

  test('a period with no figure is blank, not nought', () => {
    const table = figuresTable('Report', [indicator('looked-after')], quarter.periods.slice(0, 1), [], {
      withholdSmall: false,
    });
    assert.deepEqual(tableCells(table), [
      ['looked-after', 'Children looked after', '2025-10', 'month', null, null, null, 'count'],
    ]);
  });

  test('XLSX read back: a bold header, numbers as numbers, blanks where there is no figure', async () => {
    const table = figuresTable(
      'Performance 2025-26-Q3: a very long title indeed',
      [indicator('referrals'), indicator('looked-after')],
      quarter.periods.slice(2, 4),
      values,
      { withholdSmall: false },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.name, 'Performance 2025-26-Q3  a very ');
    assert.equal(sheet.getRow(1).font?.bold, true);
    const cells = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    assert.deepEqual(cells(1), ['indicator', 'title', 'period', 'kind', 'value', 'numerator', 'denominator', 'unit']);
    assert.deepEqual(cells(2), ['referrals', 'Referrals', '2025-12', 'month', 12, 12, 0, 'count']);
    assert.deepEqual(cells(3), ['referrals', 'Referrals', '2025-12-ytd', 'year to date', 123, 123, 0, 'count']);
    assert.equal(sheet.getCell('E4').value, null);
    assert.equal(sheet.getCell('H4').value, 'count');
    assert.equal(sheet.rowCount, 5);
  });
});
