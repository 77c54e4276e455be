import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { aChild, adaBenAndRestrictedCora } from '../../app/testing/records.ts';
import { loadCentroids } from './postcodeLookup.ts';

describe('looked after: a period of care recorded as it happens, its episodes as the 903 sees them', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let worker: Agent;
  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'practitioner');
    worker = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  const page = (childId: number, step = '') => `/children/${childId}/looked-after${step}`;
  const post = async (childId: number, step: string, fields: Record<string, string | string[]>) => {
    const form = page(childId, step);
    const shown = pageOf((await worker.get(form)).text);
    const seen = Object.fromEntries(
      ['version', 'episodeId'].flatMap((name) => {
        const value = shown(`input[name="${name}"]`).val();
        return typeof value === 'string' ? [[name, value]] : [];
      }),
    );
    return submitForm(worker, form, form, { ...seen, ...fields });
  };
  const fosterCare = {
    placementType: 'U6',
    placementProvider: 'PR1',
    arrangement: 'other',
    placementInArea: 'yes',
  };
  /** The episodes table as DECOM|RNE|LS|CIN|PLACE|PLACE_PROVIDER|DEC|REC|REASON_PLACE_CHANGE|HOME_POST|PL_POST. */
  const episodes = async (childId: number) => tableRows((await worker.get(page(childId))).text, 'table.govuk-table');

  test('interim care order in foster care, a move with a reason, a final order, the end: three episodes', async () => {
    const childId = await aChild(harbour.database.db, actor, { dateOfBirth: '2018-03-04' });
    harbour.clock.setToday('2026-12-02');
    const started = await post(childId, '/start', {
      ...dateFields('startDate', '2026-01-12'),
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      ...fosterCare,
      placementAddress: '1 Example Road, Shrewsbury',
      placementPostcode: 'sy1 1aa',
      homePostcode: 'SY3 8AB',
    });
    assert.equal(started.status, 302, errorSummary(started.text).join());
    const moved = await post(childId, '/placement', {
      ...dateFields('date', '2026-03-02'),
      sameCarers: 'no',
      reasonPlaceChange: 'CREQB',
      ...fosterCare,
      placementType: 'U4',
      placementInArea: 'no',
      placementLocalAuthority: 'Telford and Wrekin',
      placementPostcode: 'TF1 1AA',
      legalStatus: 'C1',
    });
    assert.equal(moved.status, 302, errorSummary(moved.text).join());
    const ordered = await post(childId, '/legal-status', { ...dateFields('date', '2026-07-10'), legalStatus: 'C2' });
    assert.equal(ordered.status, 302, errorSummary(ordered.text).join());
    const ended = await post(childId, '/end', { ...dateFields('endDate', '2026-11-30'), reasonCeased: 'E41' });
    assert.equal(ended.status, 302, errorSummary(ended.text).join());

    assert.deepEqual(await episodes(childId), [
      '12 January 2026|S|C1|N1|U6|PR1|2 March 2026|X1|CREQB|SY3 8AB|SY1 1AA',
      '2 March 2026|P|C1|N1|U4|PR1|10 July 2026|X1||SY3 8AB|TF1 1AA',
      '10 July 2026|L|C2|N1|U4|PR1|30 November 2026|E41||SY3 8AB|TF1 1AA',
    ]);
    const text = pageOf((await worker.get(page(childId))).text)('main').text();
    assert.match(text, /Period of care from 12 January 2026 to 30 November 2026/);
    assert.match(text, /Telford and Wrekin: Out of area/);
  });

  test('a move and a new legal status on the same day is one episode T; a second change that day corrects it', async () => {
    const childId = await aChild(harbour.database.db, actor, { dateOfBirth: '2019-05-06' });
    harbour.clock.setToday('2026-12-02');
    await post(childId, '/start', {
      ...dateFields('startDate', '2026-02-02'),
      legalStatus: 'V2',
      categoryOfNeed: 'N4',
      ...fosterCare,
    });
    // Legal status first, then the move the same day: the L episode becomes T, and the reason goes on the episode that ended.
    assert.equal(
      (await post(childId, '/legal-status', { ...dateFields('date', '2026-04-01'), legalStatus: 'C1' })).status,
      302,
    );
    const moved = await post(childId, '/placement', {
      ...dateFields('date', '2026-04-01'),
      sameCarers: 'no',
      reasonPlaceChange: 'CARPL',
      ...fosterCare,
      placementType: 'U3',
      legalStatus: 'C1',
    });
    assert.equal(moved.status, 302, errorSummary(moved.text).join());
    // The same carers become long-term carers later: B.
    const sameCarers = await post(childId, '/placement', {
      ...dateFields('date', '2026-09-01'),
      sameCarers: 'yes',
      reasonPlaceChange: 'PLACE',
      ...fosterCare,
      placementType: 'U1',
      legalStatus: 'C1',
    });
    assert.equal(sameCarers.status, 302, errorSummary(sameCarers.text).join());
    assert.deepEqual(await episodes(childId), [
      '2 February 2026|S|V2|N4|U6|PR1|1 April 2026|X1|CARPL||',
      '1 April 2026|T|C1|N4|U3|PR1|1 September 2026|X1|PLACE||',
      '1 September 2026|B|C1|N4|U1|PR1|||||',
    ]);
  });

  test('bad input is shown again with GOV.UK errors and nothing lost; a stale form is a conflict', async () => {
    const childId = await aChild(harbour.database.db, actor, { dateOfBirth: '2017-01-01' });
    harbour.clock.setToday('2026-12-02');
    const refused = await post(childId, '/start', {
      ...dateFields('startDate', '2027-01-01'),
      placementAddress: 'Kept',
    });
    assert.equal(refused.status, 400);
    const errors = errorSummary(refused.text);
    assert.ok(errors.includes('Select the legal status'), errors.join());
    assert.ok(errors.includes('Select the type of placement'), errors.join());
    assert.equal(pageOf(refused.text)('#placementAddress').text(), 'Kept');
    await post(childId, '/start', {
      ...dateFields('startDate', '2026-06-01'),
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      ...fosterCare,
    });
    const form = page(childId, '/legal-status');
    const shown = pageOf((await worker.get(form)).text);
    const stale = {
      version: shown('input[name="version"]').val() as string,
      episodeId: shown('input[name="episodeId"]').val() as string,
    };
    await post(childId, '/legal-status', { ...dateFields('date', '2026-07-01'), legalStatus: 'C2' });
    const conflict = await submitForm(worker, form, form, {
      ...stale,
      ...dateFields('date', '2026-08-01'),
      legalStatus: 'E1',
    });
    assert.equal(conflict.status, 409);
    assert.match(errorSummary(conflict.text).join(), /Someone else changed this record/);
    const unchanged = await post(childId, '/legal-status', { ...dateFields('date', '2026-08-01'), legalStatus: 'C2' });
    assert.equal(unchanged.status, 400);
    assert.match(errorSummary(unchanged.text).join(), /this is the legal status now/);
  });

  test('distance between home and placement where the council’s lookup knows both postcodes, "Not known" otherwise', async () => {
    await loadCentroids(harbour.database.db, [
      { postcode: 'SY1 1AA', latitude: 52.7077, longitude: -2.7526, localAuthorityCode: 'E06000051' },
      { postcode: 'SY3 8AB', latitude: 52.7, longitude: -2.78, localAuthorityCode: 'E06000051' },
    ]);
    const childId = await aChild(harbour.database.db, actor, { dateOfBirth: '2016-01-01' });
    harbour.clock.setToday('2026-12-02');
    await post(childId, '/start', {
      ...dateFields('startDate', '2026-06-01'),
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      ...fosterCare,
      placementInArea: '',
      placementPostcode: 'SY1 1AA',
      homePostcode: 'SY3 8AB',
    });
    const text = pageOf((await worker.get(page(childId))).text)('main').text();
    assert.match(text, /Distance from home\s*1\.3 miles/);
    assert.match(text, /In the council's area/);
  });

  test('UASC status with its start and the date it ceased (903 UASC, DUC)', async () => {
    const childId = await aChild(harbour.database.db, actor, { dateOfBirth: '2009-01-20' });
    harbour.clock.setToday('2026-12-02');
    const form = page(childId, '/uasc');
    const started = await submitForm(worker, form, form, dateFields('startDate', '2026-02-03'));
    assert.equal(started.status, 302, errorSummary(started.text).join());
    const early = await post(childId, '/uasc', dateFields('endDate', '2026-01-01'));
    assert.equal(early.status, 400);
    assert.deepEqual(errorSummary(early.text), ['The date the status ended must be on or after the date it started']);
    assert.equal((await post(childId, '/uasc', dateFields('endDate', '2027-01-20'))).status, 400, 'not in the future');
    assert.equal((await post(childId, '/uasc', dateFields('endDate', '2026-11-30'))).status, 302);
    const text = pageOf((await worker.get(page(childId))).text)('main').text();
    assert.match(text, /Unaccompanied asylum-seeking child: from 3 February 2026 to 30 November 2026/);
  });

  test('brothers and sisters who come into care together: a period of care each, in one go; a restricted one never offered', async () => {
    const { ada, ben, cora } = await adaBenAndRestrictedCora(harbour.database.db, actor, 'Together');
    harbour.clock.setToday('2026-12-02');
    const form = page(ada, '/start');
    const shown = pageOf((await worker.get(form)).text);
    assert.deepEqual(
      shown('input[name="together"]')
        .map((_i, input) => shown(input).val())
        .get(),
      [String(ben)],
    );
    assert.doesNotMatch(shown('main').text(), /Cora/);
    const started = await post(ada, '/start', {
      ...dateFields('startDate', '2026-10-05'),
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      ...fosterCare,
      together: [String(ben), String(cora)],
    });
    assert.equal(started.status, 302, errorSummary(started.text).join());
    for (const childId of [ada, ben])
      assert.deepEqual(await episodes(childId), ['5 October 2026|S|C1|N1|U6|PR1|||||'], String(childId));
    const coraPeriods = await harbour.database.db
      .selectFrom('periods_of_care')
      .select('id')
      .where('child_id', '=', cora)
      .execute();
    assert.equal(coraPeriods.length, 0, 'a child not offered is not recorded for, whatever is posted');
    // Ben is looked after now: he is not offered again.
    assert.equal(pageOf((await worker.get(form)).text)('input[name="together"]').length, 0);
  });
});
