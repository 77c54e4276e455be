import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { amendmentsOf, amendRecord } from '../../platform/records/amend.ts';
import { withIntegrity } from '../../platform/records/integrity.ts';
import { dueItems } from '../../reports/timescales/index.ts';
import { childJourney } from '../../reports/timescales/journey.ts';
import { frontDoorChronology } from './chronology.ts';
import { frontDoorJourney } from './journey.ts';
import { consentProblem, contactChildren, decisionTimeProblem } from './model.ts';
import { sourceName } from '../assessment/index.ts';
import { contactRecord, decideContact, recordContact } from './store.ts';
import { refusedAt, auditedChanges, recordsTestContext, type RecordsTestContext } from '../../app/testing/records.ts';

describe('front door rules', () => {
  test('a contact names each child once, and at least one', () => {
    assert.deepEqual(contactChildren([3, 4, 3]), [3, 4]);
    assert.deepEqual(contactChildren([]), {
      field: 'childIds',
      message: 'Select at least one child the contact is about',
    });
  });
  test('overriding consent needs a reason', () => {
    assert.equal(consentProblem('overridden', '  ')?.field, 'consentOverrideReason');
    assert.equal(consentProblem('overridden', 'Risk of significant harm'), undefined);
    assert.equal(consentProblem('not-given', null), undefined);
  });
  test('a decision cannot come before the contact', () => {
    assert.equal(
      decisionTimeProblem(new Date('2026-03-26T09:00:00Z'), new Date('2026-03-26T08:59:00Z'))?.field,
      'decidedAt',
    );
    assert.equal(decisionTimeProblem(new Date('2026-03-26T09:00:00Z'), new Date('2026-03-26T09:00:00Z')), undefined);
  });
  test('sources are named with their CIN census code', () => {
    assert.equal(sourceName('6'), 'Police (6)');
    assert.equal(sourceName('5D'), 'Early help (5D)');
  });
});

describe('contacts and decisions', () => {
  let context: RecordsTestContext;
  let siblings: number[];
  before(async () => {
    context = await recordsTestContext();
    siblings = [
      await context.child('Amy', '2016-02-01'),
      await context.child('Ben', '2018-07-09'),
      await context.child('Cal', '2021-11-30'),
    ];
  });
  after(() => context.database.close());

  const policeNotification = (childIds: number[]) => ({
    childIds,
    receivedAt: '2026-03-26T08:15:00Z',
    source: '6' as const,
    levelOfNeed: 2 as const,
    consent: 'not-given' as const,
    domesticAbuseNotification: true,
    outOfHours: true,
    concerns: 'Police called to a verbal argument between the parents; children asleep upstairs',
  });

  test('a lower-level domestic abuse notification decided NFA stays on every child’s file, as one chronology event per record', async () => {
    const { contact, childIds } = await recordContact(context.db, context.actor, policeNotification(siblings));
    assert.deepEqual(childIds, siblings);
    const decision = await decideContact(context.db, context.actor, {
      contactId: contact.id,
      decidedAt: '2026-03-26T14:40:00Z',
      outcome: 'no-further-action',
      reasons: 'Lower-level notification; school informed through Operation Encompass',
    });
    assert.equal(decision.decided_by, context.actor.userId);

    const links = await context.db
      .selectFrom('contact_children')
      .select('child_id')
      .where('contact_id', '=', contact.id)
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      links.map((link) => link.child_id),
      siblings,
    );
    for (const childId of siblings) {
      const audit = await auditedChanges(context, childId, 'contacts');
      assert.equal(audit.length, 1);
      assert.equal((await auditedChanges(context, childId, 'contact_decisions')).length, 1);
    }

    // Read for the youngest child alone: the events still name all three siblings, once each.
    const events = await frontDoorChronology(context.db, [siblings[2]!]);
    assert.deepEqual(
      events.map((event) => [event.date, event.type, event.summary, event.childIds]),
      [
        [
          '2026-03-26',
          'domestic-abuse-notification',
          'Domestic abuse notification received from Police (6) (out of hours, level of need 2): Police called to a verbal argument between the parents; children asleep upstairs',
          siblings,
        ],
        [
          '2026-03-26',
          'contact-decision',
          'Contact decision: No further action. Lower-level notification; school informed through Operation Encompass',
          siblings,
        ],
      ],
    );
    // Asking for all three children gives the same two events, not six.
    assert.equal((await frontDoorChronology(context.db, siblings)).length, 2);
  });

  // Its page audits a view of each child's record: src/app/routeAudit.test.ts.
  test('a contact is read with its children and decision', async () => {
    const { contact } = await recordContact(context.db, context.actor, {
      ...policeNotification(siblings.slice(0, 2)),
      domesticAbuseNotification: false,
    });
    const viewed = await contactRecord(context.db, contact.id);
    assert.deepEqual(viewed?.childIds, siblings.slice(0, 2));
    assert.equal(viewed?.decision, undefined);
  });

  test('integrity: consent override reason, one decision, decision after receipt, known codes', async () => {
    const overridden = { ...policeNotification([siblings[0]!]), consent: 'overridden' as const };
    await refusedAt(recordContact(context.db, context.actor, overridden), 'consentOverrideReason');
    await refusedAt(recordContact(context.db, context.actor, { ...overridden, childIds: [] }), 'childIds');
    await refusedAt(
      recordContact(context.db, context.actor, { ...policeNotification([siblings[0]!]), source: '11' as never }),
      'source',
      'contacts_source_check',
    );
    await refusedAt(
      recordContact(context.db, context.actor, { ...policeNotification([siblings[0]!]), levelOfNeed: 5 as never }),
      'levelOfNeed',
      'contacts_level_of_need_check',
    );
    // The database holds the rule too, whatever the caller skipped.
    await refusedAt(
      withIntegrity(
        context.db
          .insertInto('contacts')
          .values({ received_at: new Date(), source: '6', consent: 'overridden', concerns: 'x' })
          .execute(),
      ),
      'consentOverrideReason',
      'contacts_consent_override_reason',
    );

    const { contact } = await recordContact(context.db, context.actor, {
      ...overridden,
      consentOverrideReason: 'Risk of significant harm',
    });
    await refusedAt(
      decideContact(context.db, context.actor, {
        contactId: contact.id,
        decidedAt: '2026-03-26T08:00:00Z',
        outcome: 'referral',
        reasons: 'Too early',
      }),
      'decidedAt',
    );
    await decideContact(context.db, context.actor, {
      contactId: contact.id,
      decidedAt: '2026-03-26T09:00:00Z',
      outcome: 'referral',
      reasons: 'Significant harm',
    });
    await refusedAt(
      decideContact(context.db, context.actor, {
        contactId: contact.id,
        decidedAt: '2026-03-26T10:00:00Z',
        outcome: 'advice',
        reasons: 'Again',
      }),
      'outcome',
      'contact_decisions_one_per_contact',
    );
  });

  test('amending the time a contact was received keeps the history and still refuses a decision before it', async () => {
    const child = await context.child('Dee');
    const { contact } = await recordContact(context.db, context.actor, {
      ...policeNotification([child]),
      receivedAt: '2026-04-01T10:00:00Z',
    });
    await decideContact(context.db, context.actor, {
      contactId: contact.id,
      decidedAt: '2026-04-01T12:00:00Z',
      outcome: 'advice',
      reasons: 'Advice to parent',
    });
    await refusedAt(
      amendRecord(context.db, context.actor, {
        table: 'contacts',
        recordId: contact.id,
        childId: child,
        version: 1,
        changes: { received_at: '2026-04-01T13:00:00Z' },
        reason: 'Typed the wrong hour',
      }),
      'decidedAt',
      'contact_decisions_after_received',
    );
    await amendRecord(context.db, context.actor, {
      table: 'contacts',
      recordId: contact.id,
      childId: child,
      version: 1,
      changes: { received_at: '2026-04-01T09:00:00Z' },
      reason: 'Typed the wrong hour',
    });
    const history = await amendmentsOf(context.db, 'contacts', contact.id);
    assert.equal(history.length, 1);
    assert.equal(history[0]!.reason, 'Typed the wrong hour');
    const decision = await context.db
      .selectFrom('contact_decisions')
      .select('contact_received_at')
      .where('contact_id', '=', contact.id)
      .executeTakeFirstOrThrow();
    assert.equal(decision.contact_received_at.toISOString(), '2026-04-01T09:00:00.000Z');
  });

  test('journey: contacts with decision times feed the contact-decision timescale', async () => {
    const child = await context.child('Eve');
    // Received Thursday before Good Friday 2026: one working day is Tuesday 7 April.
    const late = await recordContact(context.db, context.actor, {
      ...policeNotification([child]),
      receivedAt: '2026-04-02T16:00:00Z',
    });
    await decideContact(context.db, context.actor, {
      contactId: late.contact.id,
      decidedAt: '2026-04-08T09:00:00Z',
      outcome: 'early-help',
      reasons: 'Family agree to early help',
    });
    const open = await recordContact(context.db, context.actor, {
      ...policeNotification([child]),
      receivedAt: '2026-04-09T10:00:00Z',
    });

    const journey = await areaJourneyOf(frontDoorJourney, context.db, child);
    assert.deepEqual(journey.contacts, [
      { id: String(late.contact.id), receivedAt: '2026-04-02T16:00:00.000Z', decisionAt: '2026-04-08T09:00:00.000Z' },
      { id: String(open.contact.id), receivedAt: '2026-04-09T10:00:00.000Z' },
    ]);
    const items = dueItems(
      childJourney({ id: String(child), dateOfBirth: '2018-05-01' }, journey),
      Temporal.PlainDate.from('2026-04-14'),
    );
    assert.deepEqual(
      items
        .filter((item) => item.rule === 'contact-decision')
        .map((item) => [item.recordId, item.dueOn.toString(), item.status]),
      [
        [String(late.contact.id), '2026-04-07', 'metLate'],
        [String(open.contact.id), '2026-04-10', 'overdue'],
      ],
    );
  });
});
