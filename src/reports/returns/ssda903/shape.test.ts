import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import type { CareLeaverRecord, ChildRecord, HealthRecord, Records903, SocialWorkerRecord } from './shape.ts';
import {
  afterCare,
  motherhood,
  outcomes,
  previousPermanenceRow,
  sex903,
  shape903,
  socialWorkerChangeReason,
  uascCeased,
} from './shape.ts';

const year = collectionYear('2025-26') as CollectionYear;

const girl: ChildRecord = {
  childId: 7,
  sex: 'F',
  dateOfBirth: '2009-01-10',
  ethnicity: 'WBRI',
  upn: null,
  upnUnknown: null,
  lookedAfter: true,
  shortBreaksOnly: false,
  firstChildBorn: null,
};

test('SEX is M, F or U from 2024-25', () => {
  assert.deepEqual(
    ['M', 'F', 'U', ''].map((sex) => sex903(sex, 2025)),
    ['M', 'F', 'U', 'U'],
  );
  assert.deepEqual(
    ['M', 'F', 'U'].map((sex) => sex903(sex, 2023)),
    ['1', '2', ''],
    'before 2024-25: 1 male, 2 female',
  );
});

test('MOTHER is asked of girls looked after in the year, not of care leavers only in OC3 or short breaks only', () => {
  assert.deepEqual(motherhood(girl, year), { MOTHER: '0', MC_DOB: '' });
  assert.deepEqual(motherhood({ ...girl, firstChildBorn: '2025-12-01' }, year), { MOTHER: '1', MC_DOB: '01/12/2025' });
  // A baby born after 31 March is not yet known to this year's return.
  assert.deepEqual(motherhood({ ...girl, firstChildBorn: '2026-04-02' }, year), { MOTHER: '0', MC_DOB: '' });
  assert.deepEqual(motherhood({ ...girl, lookedAfter: false }, year), { MOTHER: '', MC_DOB: '' });
  assert.deepEqual(motherhood({ ...girl, shortBreaksOnly: true }, year), { MOTHER: '', MC_DOB: '' });
  assert.deepEqual(motherhood({ ...girl, sex: 'M' }, year), { MOTHER: '', MC_DOB: '' });
});

test('DUC is the day UASC status ended or the 18th birthday, whichever was first, once it has come', () => {
  assert.equal(uascCeased({ childId: 1, endDate: null }, '2009-01-01', year), '');
  assert.equal(uascCeased({ childId: 1, endDate: null }, '2007-09-12', year), '12/09/2025');
  // Born on 29 February: 18 on 1 March in a year without one.
  assert.equal(uascCeased({ childId: 1, endDate: null }, '2008-02-29', collectionYear('2024-25')!), '');
  assert.equal(uascCeased({ childId: 1, endDate: null }, '2008-02-29', year), '01/03/2026');
  assert.equal(uascCeased({ childId: 1, endDate: '2025-06-30' }, '2009-01-01', year), '30/06/2025');
  assert.equal(uascCeased({ childId: 1, endDate: '2026-05-01' }, '2010-01-01', year), '');
});

const health: HealthRecord = {
  childId: 7,
  healthAssessed: true,
  teethChecked: false,
  immunisationsUpToDate: null,
  sdqScore: null,
  sdqReason: 'SDQ2',
  substanceMisuse: null,
  interventionReceived: null,
  interventionOffered: null,
  convicted: false,
};

test('OC2 asks the SDQ of 4 to 16 year olds and the health check of under 5s at 31 March', () => {
  const sixteen = outcomes(health, '2009-04-01', year);
  assert.equal(sixteen.SDQ_REASON, 'SDQ2');
  assert.equal(sixteen.HEALTH_CHECK, '');
  assert.equal(outcomes(health, '2009-03-31', year).SDQ_REASON, '', 'aged 17 on 31 March 2026');
  const four = outcomes({ ...health, sdqScore: 12, sdqReason: null }, '2022-03-31', year);
  assert.deepEqual([four.SDQ_SCORE, four.SDQ_REASON, four.HEALTH_CHECK], ['12', '', '1']);
  const three = outcomes(health, '2022-04-01', year);
  assert.deepEqual([three.SDQ_SCORE, three.SDQ_REASON, three.HEALTH_CHECK], ['', '', '1']);
  // Nothing recorded is "no": immunisations not known up to date, no substance misuse identified.
  assert.deepEqual([sixteen.IMMUNISATIONS, sixteen.TEETH_CHECK, sixteen.SUBSTANCE_MISUSE], ['0', '0', '0']);
  assert.deepEqual([sixteen.INTERVENTION_RECEIVED, sixteen.INTERVENTION_OFFERED], ['', '']);
  const misuse = outcomes(
    { ...health, substanceMisuse: true, interventionReceived: true, interventionOffered: true },
    '2009-04-01',
    year,
  );
  assert.deepEqual(
    [misuse.SUBSTANCE_MISUSE, misuse.INTERVENTION_RECEIVED, misuse.INTERVENTION_OFFERED],
    ['1', '1', '1'],
  );
});

test('OC2 asks CONVICTED of children 10 or over at 31 March (rules 542, 543): 1 with a conviction in the year', () => {
  assert.equal(outcomes(health, '2016-03-31', year).CONVICTED, '0', 'ten on 31 March 2026');
  assert.equal(outcomes({ ...health, convicted: true }, '2016-03-31', year).CONVICTED, '1');
  assert.equal(outcomes({ ...health, convicted: true }, '2016-04-01', year).CONVICTED, '', 'nine on 31 March 2026');
  assert.equal(outcomes(health, null, year).CONVICTED, '');
});

const leaver: CareLeaverRecord = {
  childId: 9,
  inTouch: 'YES',
  activity: 'G5',
  accommodation: 'D',
  accommodationSuitable: false,
};

test('OC3: accommodation carries its suitability; 0 when not in touch; blank when died or home to parents (rule 344)', () => {
  assert.deepEqual(afterCare(leaver), { IN_TOUCH: 'YES', ACTIV: 'G5', ACCOM: 'D2' });
  assert.deepEqual(afterCare({ ...leaver, inTouch: null }), { IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' });
  assert.deepEqual(afterCare({ ...leaver, inTouch: 'REFU' }), { IN_TOUCH: 'REFU', ACTIV: '0', ACCOM: '0' });
  assert.deepEqual(afterCare({ ...leaver, inTouch: 'DIED' }), { IN_TOUCH: 'DIED', ACTIV: '', ACCOM: '' });
  assert.deepEqual(afterCare({ ...leaver, inTouch: 'RHOM' }), { IN_TOUCH: 'RHOM', ACTIV: '', ACCOM: '' });
});

const allocation: SocialWorkerRecord = {
  childId: 7,
  socialWorkerId: 'SW123456',
  startDate: '2025-06-30',
  endDate: null,
  reason: null,
  imported: false,
  followedAnother: true,
  previousWorkerLeft: null,
};

test('SW_REASON is the reason recorded for the new social worker, a return’s as it gave it', () => {
  assert.equal(socialWorkerChangeReason({ ...allocation, reason: 'MANAGE' }), 'MANAGE');
  assert.equal(
    socialWorkerChangeReason({ ...allocation, reason: 'TSPROC', previousWorkerLeft: '2025-06-01' }),
    'TSPROC',
  );
  assert.equal(socialWorkerChangeReason({ ...allocation, imported: true, followedAnother: false }), '');
});

test('SW_REASON of an allocation made before Harbour asked: FCONTA after none, LEFTRL after a leaver, else blank', () => {
  assert.equal(socialWorkerChangeReason({ ...allocation, followedAnother: false }), 'FCONTA');
  assert.equal(socialWorkerChangeReason({ ...allocation, previousWorkerLeft: '2025-06-30' }), 'LEFTRL');
  assert.equal(socialWorkerChangeReason({ ...allocation, previousWorkerLeft: '2025-07-01' }), '');
  assert.equal(socialWorkerChangeReason(allocation), '');
});

const none: Records903 = {
  children: [],
  episodes: [],
  reviews: [],
  uasc: [],
  missing: [],
  health: [],
  careLeavers: [],
  adoptions: [],
  adoptionDecisions: [],
  previousPermanence: [],
  socialWorkers: [],
  deprivationOfLiberty: [],
};

test('adoption rows: the decision ceases only with a reason; one adopter or two, read from their sexes', () => {
  const tables = shape903(
    {
      ...none,
      children: [girl, { ...girl, childId: 8 }],
      adoptions: [
        {
          childId: 7,
          shouldBePlacedDate: '2024-05-01',
          matchedDate: '2025-01-10',
          adoptedByFosterCarer: true,
          adoptersSex: 'F1',
          adoptersLegalStatus: 'L0',
        },
        {
          childId: 8,
          shouldBePlacedDate: '2024-06-01',
          matchedDate: '2025-02-10',
          adoptedByFosterCarer: false,
          adoptersSex: 'MF',
          adoptersLegalStatus: 'L11',
        },
      ],
      adoptionDecisions: [
        { childId: 7, shouldBePlacedDate: '2024-05-01', ceasedDate: '2025-08-01', reasonCeased: null },
        { childId: 7, shouldBePlacedDate: '2025-09-01', ceasedDate: '2025-12-01', reasonCeased: 'RD1' },
        { childId: 7, shouldBePlacedDate: '2026-01-05', ceasedDate: '2026-05-01', reasonCeased: 'RD2' },
      ],
    },
    year,
  );
  assert.deepEqual(
    tables.AD1.map(({ $row: _, ...row }) => row),
    [
      {
        CHILD: '7',
        DOB: '10/01/2009',
        DATE_INT: '01/05/2024',
        DATE_MATCH: '10/01/2025',
        FOSTER_CARE: '1',
        NB_ADOPTR: '1',
        SEX_ADOPTR: 'F1',
        LS_ADOPTR: 'L0',
      },
      {
        CHILD: '8',
        DOB: '10/01/2009',
        DATE_INT: '01/06/2024',
        DATE_MATCH: '10/02/2025',
        FOSTER_CARE: '0',
        NB_ADOPTR: '2',
        SEX_ADOPTR: 'MF',
        LS_ADOPTR: 'L11',
      },
    ],
  );
  assert.deepEqual(
    tables.PlacedAdoption.map((row) => [row.DATE_PLACED, row.DATE_PLACED_CEASED, row.REASON_PLACED_CEASED, row.$row]),
    [
      ['01/05/2024', '', '', 1],
      ['01/09/2025', '01/12/2025', 'RD1', 2],
      ['05/01/2026', '', '', 3],
    ],
  );
});

test('SWEpisodes is a table from 2023-24 only', () => {
  const records = {
    ...none,
    children: [girl],
    socialWorkers: [{ ...allocation, startDate: '2022-05-01' }],
  };
  assert.equal(shape903(records, year).SWEpisodes.length, 1);
  assert.equal(shape903(records, collectionYear('2022-23')!).SWEpisodes.length, 0);
});

test('PrevPerm: what was said at entry stands unless Harbour holds a later order, or one where "none" or "not known" was said', () => {
  const own = { childId: 1, option: 'P2', localAuthority: null, date: '2021-06-01' };
  const stated = { option: 'P1', localAuthority: '873', year: 2022, month: null, day: null };
  assert.deepEqual(previousPermanenceRow({ ...own, stated }), {
    PREV_PERM: 'P1',
    LA_PERM: '873',
    DATE_PERM: 'ZZ/ZZ/2022',
  });
  assert.deepEqual(previousPermanenceRow({ ...own, stated: { ...stated, year: 2021, month: 5 } }), {
    PREV_PERM: 'P2',
    LA_PERM: '',
    DATE_PERM: '01/06/2021',
  });
  assert.equal(previousPermanenceRow({ ...own, stated: { ...stated, year: 2021, month: 6 } }).PREV_PERM, 'P1');
  assert.equal(
    previousPermanenceRow({ ...own, stated: { ...stated, option: 'Z1', localAuthority: null, year: null } }).PREV_PERM,
    'P2',
  );
  assert.deepEqual(
    previousPermanenceRow({
      childId: 1,
      option: 'Z1',
      localAuthority: null,
      date: null,
      stated: { ...stated, option: 'P4', localAuthority: null, year: null },
    }),
    { PREV_PERM: 'P4', LA_PERM: '', DATE_PERM: '' },
  );
  assert.deepEqual(previousPermanenceRow({ ...own, stated: { ...stated, year: null } }).DATE_PERM, 'ZZ/ZZ/ZZZZ');
});

test('DoLo is a table from 2026-27 only, an order ending after 31 March in force in it', () => {
  const records = {
    ...none,
    children: [girl],
    deprivationOfLiberty: [
      { childId: 7, startDate: '2026-09-01', endDate: '2027-04-02' },
      { childId: 7, startDate: '2026-05-01', endDate: '2026-09-01' },
    ],
  };
  assert.deepEqual(
    shape903(records, collectionYear('2026-27')!).DoLo.map(({ $row: _, ...row }) => row),
    [
      { CHILD: '7', DOB: '10/01/2009', DOLO_START: '01/05/2026', DOLO_END: '01/09/2026' },
      { CHILD: '7', DOB: '10/01/2009', DOLO_START: '01/09/2026', DOLO_END: '' },
    ],
  );
  assert.equal(shape903(records, collectionYear('2025-26')!).DoLo.length, 0);
});
