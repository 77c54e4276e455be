import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { amendmentsOf } from '../../platform/records/amend.ts';
import { recordReferral } from '../assessment/store.ts';
import { decideContact, recordContact } from '../frontdoor/store.ts';
import { refusedAt, auditedChanges, recordsTestContext, type RecordsTestContext } from '../../app/testing/records.ts';
import { earlyHelpChronology } from './chronology.ts';
import { endEarlyHelp, startEarlyHelp, stepUpToSocialCare } from './store.ts';

describe('early help episodes', () => {
  let context: RecordsTestContext;
  before(async () => {
    context = await recordsTestContext();
  });
  after(() => context.database.close());

  const lead = { leadProfessional: 'R. Patel', leadOrganisation: 'Oakfield Primary School' };

  test('stepped down from a CIN episode, then stepped up again: rows, audit, history, chronology', async () => {
    const child = await context.child('Rae');
    const referral = await recordReferral(context.db, context.actor, {
      childId: child,
      referralDate: '2025-09-01',
      source: '2A',
      closure: { date: '2025-10-20', reason: 'RC9' },
    });
    const episode = await startEarlyHelp(context.db, context.actor, {
      childId: child,
      startDate: '2025-10-20',
      ...lead,
      stepDown: { date: '2025-10-20', reason: 'Needs can be met by a family support worker', referralId: referral.id },
    });
    const steppedUp = await stepUpToSocialCare(context.db, context.actor, {
      childId: child,
      id: episode.id,
      version: episode.version,
      steppedUpOn: '2026-02-03',
      reason: 'Disclosure of physical abuse',
    });
    await endEarlyHelp(context.db, context.actor, {
      childId: child,
      id: episode.id,
      version: steppedUp.version,
      endDate: '2026-02-03',
      endReason: 'Stepped up to social care',
    });
    assert.deepEqual(
      (await auditedChanges(context, child, 'early_help_episodes')).map((row) => row.reason),
      [null, 'Stepped up to children’s social care', 'Early help episode ended'],
    );
    // Stepping up and ending are progress, not corrections: no amendment is kept.
    assert.deepEqual(await amendmentsOf(context.db, 'early_help_episodes', episode.id), []);

    assert.deepEqual(
      (await earlyHelpChronology(context.db, [child])).map((event) => [event.date, event.type, event.summary]),
      [
        [
          '2025-10-20',
          'early-help-step-down',
          'Stepped down from children’s social care to early help: Needs can be met by a family support worker',
        ],
        ['2025-10-20', 'early-help', 'Early help started with Oakfield Primary School (lead professional R. Patel)'],
        [
          '2026-02-03',
          'early-help-step-up',
          'Stepped up from early help to children’s social care: Disclosure of physical abuse',
        ],
        ['2026-02-03', 'early-help', 'Early help ended: Stepped up to social care'],
      ],
    );
  });

  test('integrity: one episode at a time, dates, step reasons, the contact and referral are about the child', async () => {
    const [child, other] = [await context.child('Sam'), await context.child('Tia')];
    const { contact } = await recordContact(context.db, context.actor, {
      childIds: [child],
      receivedAt: '2026-01-05T09:00:00Z',
      source: '3B',
      consent: 'given',
      concerns: 'Mother struggling with a new baby',
    });
    await decideContact(context.db, context.actor, {
      contactId: contact.id,
      decidedAt: '2026-01-05T15:00:00Z',
      outcome: 'early-help',
      reasons: 'Family agree to support',
    });
    await refusedAt(
      startEarlyHelp(context.db, context.actor, {
        childId: other,
        startDate: '2026-01-06',
        ...lead,
        contactId: contact.id,
      }),
      'contactId',
      'early_help_episodes_contact',
    );
    const episode = await startEarlyHelp(context.db, context.actor, {
      childId: child,
      startDate: '2026-01-06',
      ...lead,
      contactId: contact.id,
    });
    await refusedAt(
      startEarlyHelp(context.db, context.actor, { childId: child, startDate: '2026-02-01', ...lead }),
      'startDate',
    );
    await refusedAt(
      endEarlyHelp(context.db, context.actor, {
        childId: child,
        id: episode.id,
        version: 1,
        endDate: '2026-01-05',
        endReason: 'Typo',
      }),
      'endDate',
      'early_help_episodes_end_after_start',
    );
    await refusedAt(
      stepUpToSocialCare(context.db, context.actor, {
        childId: child,
        id: episode.id,
        version: 1,
        steppedUpOn: '2026-01-01',
        reason: 'Escalating concerns',
      }),
      'steppedUpOn',
      'early_help_episodes_step_up_in_episode',
    );
    const otherReferral = await recordReferral(context.db, context.actor, {
      childId: other,
      referralDate: '2026-01-10',
      source: '5D',
    });
    await refusedAt(
      stepUpToSocialCare(context.db, context.actor, {
        childId: child,
        id: episode.id,
        version: 1,
        steppedUpOn: '2026-01-10',
        reason: 'Escalating concerns',
        referralId: otherReferral.id,
      }),
      'steppedUpToReferralId',
    );
    await refusedAt(
      startEarlyHelp(context.db, context.actor, {
        childId: other,
        startDate: '2026-01-06',
        ...lead,
        leadOrganisation: ' ',
      }),
      'leadOrganisation',
    );
  });
});
