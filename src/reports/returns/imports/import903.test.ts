import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { import903Harness } from '../../../app/testing/returnImports.ts';
import { dateWindow, episodeRecord, headerRecord } from './records903.ts';
import { reportLines } from './report.ts';

const window = dateWindow('2026-12-01');
const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const episodesHeader = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const reviewsHeader = 'CHILD,DOB,REVIEW,REVIEW_CODE';

const year = (label: string) => collectionYear(label) as CollectionYear;

// Two years of one council's return: A1 comes into care in 2023-24 and moves; the move's episode
// is still open on 31 March 2024, so both years hold it (open in the first, ended in the second).
const year2023 = {
  'header.csv': [header, 'A1,2,14/02/2012,WBRI,A123456789012,,', 'B2,M,01/09/2008,AIND,,,'],
  'episodes.csv': [
    episodesHeader,
    'A1,05/06/2023,S,C1,N1,U4,PR1,01/11/2023,X1,CARPL,SY1 1,SY3 9,',
    'A1,01/11/2023,P,C1,N1,U6,PR1,,,,SY1 1,SY4 2,',
    'B2,10/10/2023,S,V2,N2,K2,PR3,20/10/2023,E13,,SY2 1,WV1 1,SC123456',
  ],
  'reviews.csv': [reviewsHeader, 'A1,14/02/2012,01/09/2023,PN1', 'A1,14/02/2012,01/02/2024,PN2'],
  'missing.csv': [
    'CHILD,DOB,MISSING,MIS_START,MIS_END',
    'A1,14/02/2012,M,03/12/2023,04/12/2023',
    'A1,14/02/2012,A,30/03/2024,',
  ],
};
const careLeaver2023 = {
  'header.csv': [header, 'Q1,1,20/07/2005,WBRI,,,'],
  'oc3.csv': ['CHILD,DOB,IN_TOUCH,ACTIV,ACCOM', 'Q1,20/07/2005,YES,F2,S2'],
};
const year2024 = {
  'header.csv': [header, 'A1,F,14/02/2012,WBRI,A123456789012,,'],
  'episodes.csv': [
    episodesHeader,
    'A1,01/11/2023,P,C1,N1,U6,PR1,02/05/2024,X1,,SY1 1,SY4 2,',
    'A1,02/05/2024,L,C2,N1,U6,PR1,30/09/2024,E11,,SY1 1,SY4 2,',
  ],
  'reviews.csv': [reviewsHeader, 'A1,14/02/2012,01/08/2024,PN1'],
};

describe('importing SSDA903 returns', () => {
  const harness = import903Harness(null);
  const { importFolder } = harness;

  const careOf = async (previousId: string) => {
    const child = await harness.db
      .selectFrom('children')
      .selectAll()
      .where('previous_system_id', '=', previousId)
      .executeTakeFirstOrThrow();
    const periods = await harness.db
      .selectFrom('periods_of_care')
      .select(['start_date', 'end_date', 'imported_from'])
      .where('child_id', '=', child.id)
      .orderBy('start_date')
      .execute();
    const episodes = await harness.db
      .selectFrom('care_episodes')
      .select(['start_date', 'end_date', 'reason_new_episode', 'legal_status', 'placement_type', 'reason_ceased'])
      .where('child_id', '=', child.id)
      .orderBy('start_date')
      .execute();
    const reviews = await harness.db
      .selectFrom('looked_after_reviews')
      .select(['review_date', 'participation'])
      .where('child_id', '=', child.id)
      .orderBy('review_date')
      .execute();
    return { child, periods, episodes, reviews };
  };

  const rowCounts = async () => {
    const count = async (
      table: 'children' | 'care_episodes' | 'periods_of_care' | 'looked_after_reviews' | 'audit_events',
    ) =>
      Number(
        (
          await harness.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      children: await count('children'),
      episodes: await count('care_episodes'),
      periods: await count('periods_of_care'),
      reviews: await count('looked_after_reviews'),
      audit: await count('audit_events'),
    };
  };

  test('a year loads children, periods of care, episodes and reviews, marked as imported', async () => {
    const report = await importFolder(year2023, year('2023-24'));
    assert.deepEqual(report.refused, []);
    assert.deepEqual(report.children, { created: 2, completed: 0, unchanged: 0, refused: 0 });
    assert.deepEqual(report.records.Episodes, { added: 3, unchanged: 0 });
    const a1 = await careOf('A1');
    assert.equal(a1.child.sex, 'F', 'SEX 2 before 2024-25 is female');
    assert.equal(a1.child.date_of_birth, '2012-02-14');
    assert.equal(a1.child.upn, 'A123456789012');
    assert.equal(a1.child.imported_from, 'SSDA903');
    assert.deepEqual(a1.periods, [{ start_date: '2023-06-05', end_date: null, imported_from: 'SSDA903' }]);
    assert.deepEqual(
      a1.episodes.map((episode) => [episode.start_date, episode.end_date, episode.reason_ceased]),
      [
        ['2023-06-05', '2023-11-01', 'X1'],
        ['2023-11-01', null, null],
      ],
    );
    assert.equal(a1.reviews.length, 2);
    const missing = await harness.db
      .selectFrom('missing_episodes')
      .select(['missing_type', 'started_at', 'returned_at'])
      .where('child_id', '=', a1.child.id)
      .orderBy('started_at')
      .execute();
    assert.deepEqual(
      missing.map((episode) => [
        episode.missing_type,
        episode.started_at.toISOString(),
        episode.returned_at?.toISOString() ?? null,
      ]),
      [
        ['M', '2023-12-03T00:00:00.000Z', '2023-12-04T00:00:00.000Z'],
        ['A', '2024-03-30T00:00:00.000Z', null],
      ],
      'the start of each day in England (GMT in winter)',
    );
    const b2 = await careOf('B2');
    assert.deepEqual(b2.periods, [{ start_date: '2023-10-10', end_date: '2023-10-20', imported_from: 'SSDA903' }]);
  });

  test('importing the same year again changes nothing and audits nothing', async () => {
    const before = await rowCounts();
    const report = await importFolder(year2023, year('2023-24'));
    assert.deepEqual(report.refused, []);
    assert.deepEqual(report.children, { created: 0, completed: 0, unchanged: 2, refused: 0 });
    assert.deepEqual(report.records.Episodes, { added: 0, unchanged: 3 });
    assert.deepEqual(report.records.Missing, { added: 0, unchanged: 2 });
    assert.deepEqual(await rowCounts(), before);
  });

  test('the next year ends the episode it held open and the period with its last episode', async () => {
    const report = await importFolder(year2024, year('2024-25'));
    assert.deepEqual(report.refused, []);
    const a1 = await careOf('A1');
    assert.deepEqual(a1.periods, [{ start_date: '2023-06-05', end_date: '2024-09-30', imported_from: 'SSDA903' }]);
    assert.deepEqual(
      a1.episodes.map((episode) => [episode.start_date, episode.end_date, episode.reason_ceased]),
      [
        ['2023-06-05', '2023-11-01', 'X1'],
        ['2023-11-01', '2024-05-02', 'X1'],
        ['2024-05-02', '2024-09-30', 'E11'],
      ],
    );
    assert.equal(a1.reviews.length, 3);
  });

  test('a value that differs from what Harbour holds refuses the child whole, changing nothing', async () => {
    const before = await rowCounts();
    const changed = {
      ...year2024,
      'episodes.csv': [
        episodesHeader,
        'A1,01/11/2023,P,C1,N1,U5,PR1,02/05/2024,X1,,SY1 1,SY4 2,',
        'A1,02/05/2024,L,C2,N1,U6,PR1,30/09/2024,E11,,SY1 1,SY4 2,',
      ],
      'reviews.csv': [reviewsHeader, 'A1,14/02/2012,01/08/2024,PN1', 'A1,14/02/2012,01/09/2024,PN1'],
    };
    const report = await importFolder(changed, year('2024-25'));
    assert.equal(report.children.refused, 1);
    assert.deepEqual(report.refused.map((refusal) => [refusal.file, refusal.line]).sort(), [
      ['episodes.csv', 2],
      ['episodes.csv', 3],
      ['header.csv', 2],
      ['reviews.csv', 2],
      ['reviews.csv', 3],
    ]);
    assert.match(
      report.refused[0]!.message,
      /Harbour holds the episode from 2023-11-01 with PLACE U6; the return says U5/,
    );
    assert.deepEqual(await rowCounts(), before, 'the new review of 1 September was not loaded either');
  });

  test('an earlier year imported after a later one joins the same period of care', async () => {
    const later = {
      'header.csv': [header, 'C3,1,03/03/2010,WBRI,,,'],
      'episodes.csv': [episodesHeader, 'C3,01/01/2024,P,C2,N1,U4,PR1,01/06/2024,E13,,,,'],
    };
    const earlier = {
      'header.csv': [header, 'C3,1,03/03/2010,WBRI,,,'],
      'episodes.csv': [
        episodesHeader,
        'C3,01/10/2023,S,C2,N1,U6,PR1,01/01/2024,X1,CHILD,,,',
        'C3,01/01/2024,P,C2,N1,U4,PR1,,,,,,',
      ],
    };
    assert.deepEqual((await importFolder(later, year('2024-25'))).refused, []);
    assert.deepEqual(
      (await careOf('C3')).periods.map((period) => period.start_date),
      ['2024-01-01'],
    );
    assert.deepEqual((await importFolder(earlier, year('2023-24'))).refused, []);
    const c3 = await careOf('C3');
    assert.deepEqual(
      c3.periods.map((period) => [period.start_date, period.end_date]),
      [['2023-10-01', '2024-06-01']],
    );
    assert.equal(c3.episodes.length, 2);
  });

  test('every bad row is reported by file and line with its reason; the other children load', async () => {
    const report = await importFolder(
      {
        'header.csv': [
          header,
          'D4,1,31/02/2015,WBRI,,,',
          'E5,1,01/01/2015,WXYZ,,,',
          'F6,2,01/01/2015,WBRI,,,',
          'F6,2,01/01/2015,WBRI,,,',
          'G7,1,01/01/2015,WBRI,,,',
          'H8,1,01/01/2015,WBRI,,,',
        ],
        'episodes.csv': [
          episodesHeader,
          'G7,01/05/2023,S,C2,N1,U4,PR1,,,,,,',
          'H8,01/05/2023,S,C2,N1,U4,PR1,01/04/2023,E11,,,,',
          'H8,01/07/2024,S,C2,N1,U4,PR1,,,,,,',
          'I9,01/05/2023,S,C2,N1,U4,PR1,,,,,,',
        ],
        'reviews.csv': [
          reviewsHeader,
          'G7,01/01/2016,01/06/2023,PN1',
          'G7,01/01/2015,01/06/2023,PN9',
          'G7,01/01/2015,01/06/2023,PN2',
        ],
      },
      year('2023-24'),
    );
    const lines = reportLines(report);
    const has = (pattern: RegExp) =>
      assert.ok(
        lines.some((line) => pattern.test(line)),
        `${pattern} in\n${lines.join('\n')}`,
      );
    has(/^header\.csv line 2 \(child D4\): DOB 31\/02\/2015 is not a real date$/);
    has(/^header\.csv line 3 \(child E5\): ETHNIC WXYZ is not a code of the return$/);
    has(/^header\.csv line 5 \(child F6\): CHILD F6 has a second row in the Header table$/);
    has(/^episodes\.csv line 3 \(child H8\): DEC 01\/04\/2023 is before DECOM 01\/05\/2023$/);
    has(/^episodes\.csv line 4 \(child H8\): the episode was not open in 2023-24$/);
    has(/^episodes\.csv line 5 \(child I9\): CHILD I9 is not in the Header table$/);
    has(/^reviews\.csv line 3 \(child G7\): REVIEW_CODE PN9 is not a code of the return$/);
    has(/^reviews\.csv line 4 \(child G7\): a second review of CHILD G7 is on 01\/06\/2023$/);
    has(/^reviews\.csv line 2 \(child G7\): the rows give different dates of birth/);
    has(/^header\.csv line 7 \(child H8\): refused with the rest of this child/);
    assert.deepEqual(report.children, { created: 0, completed: 0, unchanged: 0, refused: 6 });
    assert.equal(
      await harness.db
        .selectFrom('children')
        .select('id')
        .where('previous_system_id', 'in', ['D4', 'E5', 'F6', 'G7', 'H8', 'I9'])
        .executeTakeFirst(),
      undefined,
      'no child with a refused row is loaded',
    );
  });

  test('a file of another year is refused with a message, not loaded', async () => {
    const report = await importFolder(
      {
        'header.csv': [header, 'J1,1,01/01/2015,WBRI,,,'],
        'episodes.csv': [episodesHeader, 'J1,01/05/2018,S,C2,N1,U4,PR1,01/06/2018,E13,,,,'],
      },
      year('2023-24'),
    );
    assert.ok(
      report.refused.some(
        (refusal) =>
          refusal.file === 'episodes.csv' &&
          refusal.line === null &&
          /none of its 1 Episodes rows falls in 2023-24: is it another year's return\?/.test(refusal.message),
      ),
    );
  });

  test("OC3 is a care leaver contact on the young person's birthday in the year", async () => {
    const report = await importFolder(careLeaver2023, year('2023-24'));
    assert.deepEqual(report.refused, []);
    const { child } = await careOf('Q1');
    const contacts = await harness.db
      .selectFrom('care_leaver_contacts')
      .select(['contact_date', 'in_touch', 'activity', 'accommodation', 'accommodation_suitable'])
      .where('child_id', '=', child.id)
      .execute();
    assert.deepEqual(contacts, [
      {
        contact_date: '2023-07-20',
        in_touch: 'YES',
        activity: 'F2',
        accommodation: 'S',
        accommodation_suitable: false,
      },
    ]);
    assert.deepEqual((await importFolder(careLeaver2023, year('2023-24'))).records.OC3, { added: 0, unchanged: 1 });
  });

  test('a malformed file is reported, never thrown', async () => {
    const report = await importFolder({
      'header.csv': [header, 'K1,1,01/01/2015,WBRI,,,', 'K2,"1,01/01/2015'],
      'notes.csv': ['hello,world', '1,2'],
    });
    assert.ok(
      report.refused.some(
        (refusal) => refusal.file === 'notes.csv' && /not one of the SSDA903 tables/.test(refusal.message),
      ),
    );
    assert.ok(
      report.refused.some((refusal) => refusal.file === 'header.csv' && /not readable CSV/.test(refusal.message)),
    );
  });
});

describe('903 rows as Harbour records (the round trip compares exports with these)', () => {
  test('a Header row with a UPN-unknown code keeps the code, not a UPN', () => {
    const mapped = headerRecord(
      { CHILD: ' X1 ', SEX: 'U', DOB: '01/01/2020', ETHNIC: 'wbri', UPN: 'UN2', MOTHER: '', MC_DOB: '', $row: 1 },
      window,
    );
    assert.deepEqual(mapped, {
      record: {
        previousSystemId: 'X1',
        sex: 'U',
        dateOfBirth: '2020-01-01',
        ethnicity: 'WBRI',
        upn: null,
        upnUnknown: 'UN2',
      },
    });
  });

  test('an episode row maps to the episode columns and refuses an open episode with a REC', () => {
    const row = {
      CHILD: 'X1',
      DECOM: '01/04/2025',
      RNE: 'S',
      LS: 'C2',
      CIN: 'N1',
      PLACE: 'U4',
      PLACE_PROVIDER: 'PR1',
      DEC: '',
      REC: 'E11',
      REASON_PLACE_CHANGE: '',
      HOME_POST: 'sy1 1',
      PL_POST: '',
      URN: '',
      $row: 1,
    };
    assert.deepEqual(episodeRecord(row, window), { problems: ['REC is given for an episode still open'] });
    assert.deepEqual(episodeRecord({ ...row, REC: '' }, window), {
      record: {
        startDate: '2025-04-01',
        reasonNewEpisode: 'S',
        legalStatus: 'C2',
        categoryOfNeed: 'N1',
        placementType: 'U4',
        placementProvider: 'PR1',
        endDate: null,
        reasonCeased: null,
        reasonPlaceChange: null,
        homePostcode: 'SY1 1',
        placementPostcode: null,
        urn: null,
      },
    });
  });
});
