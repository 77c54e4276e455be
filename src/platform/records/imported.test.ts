import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { HarbourDatabase } from '../db/connection.ts';
import type { Actor } from '../access/audit.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { RecordIntegrityError } from './integrity.ts';
import { importForChild, type ImportTally } from './imported.ts';

const actor: Actor = { userId: null, username: 'import-test' };

describe('importing one child’s rows from a past return', () => {
  let database: HarbourDatabase;
  let childId: number;

  before(async () => {
    database = await testDatabase();
    childId = (
      await database.db
        .insertInto('children')
        .values({ forename: 'Child', surname: 'IMP1', date_of_birth: '2015-01-01', sex: 'U', ethnicity: 'NOBT' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  after(() => database.close());

  /** A return's disabilities for the child, loaded as an area loads its rows: one held is unchanged, one new added. */
  const importDisabilities = (codes: readonly string[]) =>
    importForChild(
      database.db,
      actor,
      { childId, recordType: 'child_disabilities', origin: 'SSDA903' },
      async (trx) => {
        const tally = { added: 0, unchanged: 0 };
        for (const code of codes) {
          const held = await trx
            .selectFrom('child_disabilities')
            .select('code')
            .where('child_id', '=', childId)
            .where('code', '=', code)
            .executeTakeFirst();
          if (held) tally.unchanged++;
          else {
            await trx.insertInto('child_disabilities').values({ child_id: childId, code }).execute();
            tally.added++;
          }
        }
        return tally;
      },
    );

  /** A work that writes nothing and reports the tally given, to see which tallies are audited. */
  const reportOnly = (tally: ImportTally) =>
    importForChild(database.db, actor, { childId, recordType: 'child_protection_plans', origin: 'CIN' }, () =>
      Promise.resolve(tally),
    );

  const disabilities = async () =>
    (
      await database.db
        .selectFrom('child_disabilities')
        .select('code')
        .where('child_id', '=', childId)
        .orderBy('code')
        .execute()
    ).map((row) => row.code);

  const auditedChanges = () =>
    database.db
      .selectFrom('audit_events')
      .select(['event', 'record_type', 'record_id', 'detail'])
      .where('child_id', '=', String(childId))
      .orderBy('id')
      .execute();

  test('rows new to Harbour are written and audited in one event for the child, naming the return', async () => {
    assert.deepEqual(await importDisabilities(['MOB', 'HEAR']), { added: 2, unchanged: 0 });
    assert.deepEqual(await disabilities(), ['HEAR', 'MOB']);
    assert.deepEqual(await auditedChanges(), [
      {
        event: 'child-record-changed',
        record_type: 'child_disabilities',
        record_id: String(childId),
        detail: { action: 'imported', from: 'SSDA903', added: 2, unchanged: 0 },
      },
    ]);
  });

  test('the same rows imported again change nothing and audit nothing', async () => {
    assert.deepEqual(await importDisabilities(['MOB', 'HEAR']), { added: 0, unchanged: 2 });
    assert.deepEqual(await disabilities(), ['HEAR', 'MOB']);
    assert.equal((await auditedChanges()).length, 1);
  });

  test('a row the database refuses undoes every row of the call and comes back as a RecordIntegrityError', async () => {
    await assert.rejects(
      importDisabilities(['VIS', 'NOT-A-CODE']),
      (error) => error instanceof RecordIntegrityError && error.message === 'A value is not one Harbour accepts',
    );
    assert.deepEqual(await disabilities(), ['HEAR', 'MOB'], 'VIS, written before the refusal, is not kept');
    assert.equal((await auditedChanges()).length, 1, 'nothing audited for the refused call');
  });

  test('a change counted under any kind of record is audited, with the whole tally; only unchanged counts are not', async () => {
    await reportOnly({ enquiries: { added: 0, unchanged: 2 }, plans: { added: 0, unchanged: 1 } });
    assert.equal((await auditedChanges()).length, 1);
    const tally = { enquiries: { added: 0, unchanged: 2 }, plans: { added: 0, ended: 1, unchanged: 0 } };
    await reportOnly(tally);
    const events = await auditedChanges();
    assert.equal(events.length, 2);
    assert.deepEqual(events[1]!.detail, { action: 'imported', from: 'CIN', ...tally });
  });

  test('fields named as filled are a change, and the trail names them; none named is none', async () => {
    await reportOnly({ filled: [], disabilitiesAdded: 0 });
    assert.equal((await auditedChanges()).length, 2);
    await reportOnly({ filled: ['upn', 'ethnicity'], disabilitiesAdded: 0 });
    const events = await auditedChanges();
    assert.equal(events.length, 3);
    assert.deepEqual(events[2]!.detail, {
      action: 'imported',
      from: 'CIN',
      filled: ['upn', 'ethnicity'],
      disabilitiesAdded: 0,
    });
  });
});
