import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { amendmentsOf, amendRecord } from '../../platform/records/amend.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { testActor } from '../../app/testing/actors.ts';
import { createChild, familyNetwork, linkAdult, linkChildren, siblingIds } from './store.ts';

describe('children and their family network', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'front-door');
  });
  after(() => database.close());

  const refusal = async (work: Promise<unknown>, field: string) => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof RecordIntegrityError, `expected a RecordIntegrityError, got ${String(error)}`);
    assert.equal(error.field, field);
    return error.message;
  };

  test('a child is recorded with an audit event; an unborn child needs an expected date of birth', async () => {
    const child = await createChild(database.db, actor, {
      forename: 'Amy',
      surname: 'Example',
      dateOfBirth: '2015-03-01',
      sex: 'F',
      ethnicity: 'WBRI',
    });
    assert.equal(child.date_of_birth, '2015-03-01');
    const unborn = await createChild(database.db, actor, {
      forename: 'Unborn',
      surname: 'Example',
      expectedDateOfBirth: '2027-01-20',
      sex: 'U',
    });
    assert.equal(unborn.date_of_birth, null);
    assert.match(
      await refusal(createChild(database.db, actor, { forename: 'No', surname: 'Dates', sex: 'U' }), 'dateOfBirth'),
      /expected date of birth/,
    );
    const events = await database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('child_id', '=', String(child.id))
      .execute();
    assert.deepEqual(
      events.map((e) => e.event),
      ['child-record-changed'],
    );
  });

  test('codes and identifiers are checked by the database', async () => {
    await refusal(
      createChild(database.db, actor, { forename: 'A', surname: 'B', dateOfBirth: '2010-01-01', sex: 'X' as 'M' }),
      'sex',
    );
    await refusal(
      createChild(database.db, actor, {
        forename: 'A',
        surname: 'B',
        dateOfBirth: '2010-01-01',
        sex: 'M',
        ethnicity: 'ZZZZ',
      }),
      'ethnicity',
    );
    await refusal(
      createChild(database.db, actor, {
        forename: 'A',
        surname: 'B',
        dateOfBirth: '2010-01-01',
        sex: 'M',
        nhsNumber: '12345',
      }),
      'nhsNumber',
    );
    await createChild(database.db, actor, {
      forename: 'A',
      surname: 'B',
      dateOfBirth: '2010-01-01',
      sex: 'M',
      upn: 'A123456789012',
    });
    assert.match(
      await refusal(
        createChild(database.db, actor, {
          forename: 'C',
          surname: 'D',
          dateOfBirth: '2010-01-01',
          sex: 'M',
          upn: 'A123456789012',
        }),
        'upn',
      ),
      /already has this UPN/,
    );
  });

  test('siblings are linked once and read from either side, with the adults around them', async () => {
    const [eldest, middle, youngest] = await Promise.all(
      ['Ella', 'Finn', 'Gus'].map((forename, i) =>
        createChild(database.db, actor, {
          forename,
          surname: 'Sibling',
          dateOfBirth: `201${i}-06-0${i + 1}`,
          sex: 'U',
        }),
      ),
    );
    await linkChildren(database.db, actor, {
      childId: eldest!.id,
      relatedChildId: middle!.id,
      relationship: 'sibling',
    });
    await linkChildren(database.db, actor, {
      childId: youngest!.id,
      relatedChildId: eldest!.id,
      relationship: 'half-sibling',
    });
    const mother = await database.db
      .insertInto('adults')
      .values({ forename: 'Hannah', surname: 'Sibling', sex: 'F' })
      .returningAll()
      .executeTakeFirstOrThrow();
    await linkAdult(database.db, actor, {
      childId: eldest!.id,
      adultId: mother.id,
      relationship: 'parent',
      hasParentalResponsibility: true,
    });

    assert.deepEqual((await siblingIds(database.db, eldest!.id)).sort(), [middle!.id, youngest!.id].sort());
    assert.deepEqual(await siblingIds(database.db, middle!.id), [eldest!.id]);
    const network = await familyNetwork(database.db, eldest!.id);
    assert.deepEqual(
      network.map((m) => `${m.kind}:${m.name}:${m.relationship}`),
      ['child:Finn Sibling:sibling', 'child:Gus Sibling:half-sibling', 'adult:Hannah Sibling:parent'],
    );
    await refusal(
      linkChildren(database.db, actor, { childId: middle!.id, relatedChildId: eldest!.id, relationship: 'sibling' }),
      'relatedChildId',
    );
    await refusal(
      linkChildren(database.db, actor, { childId: middle!.id, relatedChildId: middle!.id, relationship: 'sibling' }),
      'relatedChildId',
    );
  });

  test('correcting a date of birth keeps the previous value with who, when and why; a stale edit is refused', async () => {
    const child = await createChild(database.db, actor, {
      forename: 'Jay',
      surname: 'Corrected',
      dateOfBirth: '2014-05-06',
      sex: 'M',
    });
    const amended = await amendRecord(database.db, actor, {
      table: 'children',
      recordId: child.id,
      childId: child.id,
      version: child.version,
      changes: { date_of_birth: '2014-06-05' },
      reason: 'Day and month transposed at contact',
    });
    assert.equal(amended.date_of_birth, '2014-06-05');
    assert.equal(amended.version, child.version + 1);
    const history = await amendmentsOf(database.db, 'children', child.id);
    assert.equal(history.length, 1);
    assert.equal(history[0]!.field, 'date_of_birth');
    assert.equal(history[0]!.previous_value, '2014-05-06');
    assert.equal(history[0]!.new_value, '2014-06-05');
    assert.equal(history[0]!.reason, 'Day and month transposed at contact');
    assert.equal(history[0]!.amended_by_name, 'Test front-door');

    const sibling = await createChild(database.db, actor, {
      forename: 'Kim',
      surname: 'Corrected',
      dateOfBirth: '2016-01-01',
      sex: 'F',
    });
    await amendRecord(database.db, actor, {
      table: 'children',
      recordId: child.id,
      childId: child.id,
      alsoAbout: [sibling.id],
      version: amended.version,
      changes: { preferred_name: 'JJ' },
      reason: 'Asked to be called JJ',
    });
    const siblingTrail = await database.db
      .selectFrom('audit_events')
      .select('reason')
      .where('child_id', '=', String(sibling.id))
      .where('record_type', '=', 'children')
      .where('reason', 'is not', null)
      .execute();
    assert.deepEqual(
      siblingTrail.map((e) => e.reason),
      ['Asked to be called JJ'],
      "a record about several children is in each one's trail",
    );

    await assert.rejects(
      amendRecord(database.db, actor, {
        table: 'children',
        recordId: child.id,
        childId: child.id,
        version: child.version,
        changes: { surname: 'Overwritten' },
        reason: 'Stale',
      }),
      VersionConflictError,
    );
    const error = await amendRecord(database.db, actor, {
      table: 'children',
      recordId: child.id,
      childId: child.id,
      version: amended.version + 1,
      changes: { date_of_death: '2000-01-01' },
      reason: 'Wrong',
    }).catch((e: unknown) => e);
    assert.ok(error instanceof RecordIntegrityError);
    assert.equal(error.field, 'dateOfDeath');
    assert.equal(
      (await amendmentsOf(database.db, 'children', child.id)).length,
      2,
      'a refused amendment leaves no history',
    );
  });
});
