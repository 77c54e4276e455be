import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { testActor } from '../../app/testing/actors.ts';
import { createChild, linkChildren } from '../../areas/people/store.ts';
import { recordContact } from '../../areas/frontdoor/store.ts';
import { recordReferral, startAssessment } from '../../areas/assessment/store.ts';
import { startPeriodOfCare } from '../../areas/care/store.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { loadChildJourney, loadChildJourneys } from './loadJourney.ts';
import { childStatuses } from './status.ts';
import { chronology } from './chronology.ts';
import { childOverview } from './childOverview.ts';

// One family across the areas: the journey the engine reads, the statuses the page shows,
// and the chronology with and without siblings.
describe("a family's journey read whole", () => {
  let database: HarbourDatabase;
  let actor: Actor;
  let ava: number;
  let ben: number;
  let cal: number;
  before(async () => {
    database = await testDatabase();
    const db = database.db;
    actor = await testActor(db, 'front-door');
    ava = (await createChild(db, actor, { forename: 'Ava', surname: 'Family', dateOfBirth: '2014-02-01', sex: 'F' }))
      .id;
    ben = (await createChild(db, actor, { forename: 'Ben', surname: 'Family', dateOfBirth: '2016-07-15', sex: 'M' }))
      .id;
    cal = (await createChild(db, actor, { forename: 'Cal', surname: 'Family', dateOfBirth: '2020-11-30', sex: 'M' }))
      .id;
    await linkChildren(db, actor, { childId: ava, relatedChildId: ben, relationship: 'sibling' });
    await linkChildren(db, actor, { childId: ava, relatedChildId: cal, relationship: 'sibling' });

    const { contact } = await recordContact(db, actor, {
      childIds: [ava, ben, cal],
      receivedAt: '2025-12-18T10:00:00Z',
      source: '1B',
      consent: 'given',
      concerns: 'Police attended a domestic incident',
      domesticAbuseNotification: true,
      levelOfNeed: 4,
    });
    const referral = await recordReferral(db, actor, {
      childId: ava,
      referralDate: '2025-12-18',
      source: '1B',
      primaryNeed: 'N1',
      contactId: contact.id,
    });
    await startAssessment(db, actor, { childId: ava, referralId: referral.id, startDate: '2025-12-19' });
    await startPeriodOfCare(db, actor, {
      childId: cal,
      startDate: '2026-01-10',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U4',
    });
    const child = await db.selectFrom('children').selectAll().where('id', '=', ben).executeTakeFirstOrThrow();
    await amendRecord(db, actor, {
      table: 'children',
      recordId: ben,
      childId: ben,
      version: child.version,
      changes: { date_of_birth: '2016-07-16' },
      reason: 'Birth certificate seen',
    });
  });
  after(() => database.close());

  test('the journey holds every area and the engine dates the 45-working-day assessment', async () => {
    const journey = (await loadChildJourney(database.db, ava))!;
    assert.equal(journey.contacts.length, 1);
    assert.equal(journey.referrals[0]?.referralDate, '2025-12-18');
    const overview = (await childOverview(database.db, ava, Temporal.PlainDate.from('2026-02-25')))!;
    const assessment = overview.outstanding.find((item) => item.rule === 'assessment');
    // Worked example from reference/timescales.md: referral Thu 18 Dec 2025 → due Tue 24 Feb 2026.
    assert.deepEqual(assessment && { dueOn: assessment.dueOn, status: assessment.status }, {
      dueOn: '2026-02-24',
      status: 'overdue',
    });
    assert.equal(await loadChildJourney(database.db, 999_999), undefined);
  });

  test('reading the family together gives each child exactly the journey read alone', async () => {
    const together = await loadChildJourneys(database.db, [cal, ava, 999_999, ben, ava]);
    assert.deepEqual(
      [...together.keys()].sort(),
      [ava, ben, cal].sort(),
      'an unknown child is absent and a repeated one read once',
    );
    for (const child of [ava, ben, cal])
      assert.deepEqual(together.get(child), await loadChildJourney(database.db, child));
    assert.equal(together.get(cal)!.periodsOfCare.length, 1);
    assert.equal(together.get(ava)!.periodsOfCare.length, 0, "Cal's care is not read into Ava's journey");
    assert.deepEqual((await loadChildJourneys(database.db, [])).size, 0);
  });

  test('statuses come from the records on the day', async () => {
    assert.deepEqual(childStatuses((await loadChildJourney(database.db, ava))!, '2026-01-05'), ['child-in-need']);
    assert.deepEqual(childStatuses((await loadChildJourney(database.db, cal))!, '2026-01-09'), ['closed']);
    assert.deepEqual(childStatuses((await loadChildJourney(database.db, cal))!, '2026-01-10'), ['looked-after']);
    const overview = (await childOverview(database.db, ava, Temporal.PlainDate.from('2026-01-12')))!;
    assert.deepEqual(
      overview.family.map((member) => `${member.name}: ${member.statuses.join(', ')}`),
      ['Ben Family: Not open to children’s social care', 'Cal Family: Looked after'],
    );
  });

  test('the chronology is in date order, and a contact about three siblings appears once naming all three', async () => {
    const own = await chronology(database.db, ava);
    const contacts = own.filter((event) => event.recordType === 'contacts');
    assert.ok(contacts.length >= 1);
    assert.deepEqual([...contacts[0]!.childIds].sort(), [ava, ben, cal].sort());
    const dates = own.map((event) => event.date);
    assert.deepEqual(dates, [...dates].sort());
    assert.ok(
      !own.some((event) => event.recordType === 'periods_of_care'),
      "Cal's care is not in Ava's own chronology",
    );

    const withSiblings = await chronology(database.db, ava, { includeSiblings: true });
    assert.equal(
      withSiblings.filter((event) => event.recordType === 'contacts' && event.type === contacts[0]!.type).length,
      contacts.filter((e) => e.type === contacts[0]!.type).length,
      'the shared contact is not repeated per sibling',
    );
    assert.ok(withSiblings.some((event) => event.recordType === 'periods_of_care' && event.childIds.includes(cal)));
    const amendment = withSiblings.find((event) => event.type === 'amendment');
    assert.match(
      amendment?.summary ?? '',
      /date of birth changed from 15 July 2016 to 16 July 2016 .*Reason: Birth certificate seen/,
    );
  });
});

describe('visits to a looked-after child', () => {
  test('reach the journey with their purpose', async () => {
    const database = await testDatabase();
    try {
      const db = database.db;
      const actor = await testActor(db, 'practitioner');
      const child = (
        await createChild(db, actor, { forename: 'Dee', surname: 'Visited', dateOfBirth: '2012-01-01', sex: 'F' })
      ).id;
      const { recordVisit } = await import('../../areas/visits/store.ts');
      await startPeriodOfCare(db, actor, {
        childId: child,
        startDate: '2026-01-10',
        legalStatus: 'C2',
        categoryOfNeed: 'N1',
        placementType: 'U4',
      });
      await recordVisit(db, actor, { childId: child, date: '2026-01-12', purpose: 'child-in-need', childSeen: true });
      await recordVisit(db, actor, {
        childId: child,
        date: '2026-01-15',
        purpose: 'looked-after',
        childSeen: true,
        seenAlone: true,
      });
      const journey = (await loadChildJourney(db, child))!;
      assert.deepEqual(
        journey.visits.map((visit) => `${visit.date} ${visit.purpose}`),
        ['2026-01-12 child-in-need', '2026-01-15 looked-after'],
      );
    } finally {
      await database.close();
    }
  });
});
