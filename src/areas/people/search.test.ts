import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { countChildren, findChildren, searchCap } from './search.ts';

const today = '2026-06-01';

describe('finding children by name, best matches first, never reading every match', () => {
  let database: HarbourDatabase;
  /** Children made in bulk: the search reads the table, not how the rows got there. */
  const add = async (names: { forename: string; surname: string; preferred_name?: string }[]) =>
    (
      await database.db
        .insertInto('children')
        .values(names.map((name) => ({ ...name, date_of_birth: '2015-01-01', sex: 'U', ethnicity: 'NOBT' })))
        .returning('id')
        .execute()
    ).map((row) => row.id);
  const named = (children: { forename: string; surname: string }[]) =>
    children.map((child) => `${child.forename} ${child.surname}`);

  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test('a surname that is the word searched comes first, then a first name that is, then names that start with it, then the rest', async () => {
    // In plain name order the merely-containing name (Abjordan) would come first.
    await add([
      { forename: 'Cy', surname: 'Abjordan' },
      { forename: 'Jordana', surname: 'Zee' },
      { forename: 'Bo', surname: 'Jordanov' },
      { forename: 'Jordan', surname: 'Adams' },
      { forename: 'Ann', surname: 'Jordan' },
      { forename: 'Del', surname: 'Rey', preferred_name: 'Jordy' },
    ]);
    const found = await findChildren(database.db, { text: 'JORDAN' }, today);
    assert.deepEqual(named(found), ['Ann Jordan', 'Jordan Adams', 'Bo Jordanov', 'Jordana Zee', 'Cy Abjordan']);
    assert.deepEqual(named(await findChildren(database.db, { text: 'jord' }, today)), [
      'Ann Jordan',
      'Bo Jordanov',
      'Jordan Adams',
      'Jordana Zee',
      'Cy Abjordan',
      'Del Rey',
    ]);
    assert.equal(await countChildren(database.db, { text: 'jordan' }), 5);
  });

  test('pages follow one another without overlap, names alike ordered by Harbour ID, up to the cap', async () => {
    // 520 children match 'tarn': 100 of the same name whose surname is the word, 150 whose surname
    // starts with it, 270 who merely contain it. Past the cap the count stops at one more.
    const exact = await add(Array.from({ length: 100 }, () => ({ forename: 'Sam', surname: 'Tarn' })));
    const starting = await add(
      Array.from({ length: 150 }, (_, i) => ({ forename: 'Alex', surname: `Tarnby${String(i % 7)}` })),
    );
    const containing = await add(
      Array.from({ length: 270 }, (_, i) => ({ forename: 'Kim', surname: `Ostarnet${String(i % 11)}` })),
    );
    assert.equal(await countChildren(database.db, { text: 'tarn' }), searchCap + 1);

    const pages = [];
    for (let page = 0; page * 50 < searchCap + 100; page++)
      pages.push(await findChildren(database.db, { text: 'tarn' }, today, { limit: 50, offset: page * 50 }));
    const ids = pages.flat().map((child) => child.id);
    assert.equal(ids.length, searchCap, 'pages stop at the cap');
    assert.equal(new Set(ids).size, searchCap, 'no child is on two pages');
    assert.deepEqual(
      ids,
      (await findChildren(database.db, { text: 'tarn' }, today, { limit: searchCap })).map((child) => child.id),
      'the pages are one list cut in fifties',
    );
    assert.deepEqual(ids.slice(0, 100), exact, 'the same name in Harbour ID order, first');
    assert.deepEqual(new Set(ids.slice(100, 250)), new Set(starting));
    const tarnby = pages.flat().slice(100, 250);
    assert.deepEqual(
      tarnby.map((child) => `${child.surname} ${String(child.id).padStart(9, '0')}`),
      tarnby.map((child) => `${child.surname} ${String(child.id).padStart(9, '0')}`).sort(),
      'surnames starting with the word in name order, then Harbour ID',
    );
    assert.ok(ids.slice(250).every((id) => containing.includes(id)));

    // Under the cap every match is ranked: the 150 starting ones, page by page, are the whole list in order.
    const whole = await findChildren(database.db, { text: 'tarnby' }, today, { limit: 200 });
    assert.equal(whole.length, 150);
    const paged = [];
    for (let offset = 0; offset < 150; offset += 40)
      paged.push(...(await findChildren(database.db, { text: 'tarnby' }, today, { limit: 40, offset })));
    assert.deepEqual(
      paged.map((child) => child.id),
      whole.map((child) => child.id),
    );
  });

  test('an ID, UPN, NHS number or date of birth still finds the child exactly', async () => {
    const [id] = await database.db
      .insertInto('children')
      .values({
        forename: 'Una',
        surname: 'Lookup',
        date_of_birth: '2011-11-11',
        sex: 'F',
        ethnicity: 'NOBT',
        upn: 'B123456789012',
        nhs_number: '9434765919',
      })
      .returning('id')
      .execute()
      .then((rows) => rows.map((row) => row.id));
    for (const text of [String(id), 'b123456789012', '943 476 5919', '9434765919', ' 9434 765919 '])
      assert.deepEqual(named(await findChildren(database.db, { text }, today)), ['Una Lookup'], text);
    assert.deepEqual(named(await findChildren(database.db, { dateOfBirth: '2011-11-11' }, today)), ['Una Lookup']);
    assert.equal(await countChildren(database.db, { text: String(id) }), 1);
  });
});
