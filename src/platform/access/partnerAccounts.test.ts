import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { latestPartnerAccessEnd, partnerAccountProblems } from './users.ts';
import { accountClosed } from './signIn.ts';

describe('a partner practitioner’s account', () => {
  const partner = {
    roles: ['partner' as const],
    teamId: null,
    organisation: 'Harbour Primary School',
    roleAtOrganisation: 'Designated safeguarding lead',
    accessEndsOn: '2027-11-25',
  };

  test('ends within 12 months of the day it is made or changed', () => {
    assert.equal(latestPartnerAccessEnd('2026-11-25'), '2027-11-25');
    // A year from 29 February is 28 February: never a day past 12 months.
    assert.equal(latestPartnerAccessEnd('2028-02-29'), '2029-02-28');
    assert.deepEqual(partnerAccountProblems(partner, '2026-11-25'), []);
    assert.deepEqual(partnerAccountProblems({ ...partner, accessEndsOn: '2027-11-26' }, '2026-11-25'), [
      { field: 'accessEndsOn', message: 'Last day of access must be within 12 months: on or before 25 November 2027' },
    ]);
    assert.deepEqual(
      partnerAccountProblems({ ...partner, accessEndsOn: null }, '2026-11-25').map((problem) => problem.field),
      ['accessEndsOn'],
    );
  });

  test('holds the partner role alone, in no council team, with their organisation and role there', () => {
    assert.deepEqual(
      partnerAccountProblems(
        { ...partner, roles: ['partner', 'practitioner'], teamId: 3, organisation: ' ', roleAtOrganisation: undefined },
        '2026-11-25',
      ).map((problem) => problem.field),
      ['roles', 'teamId', 'organisation', 'roleAtOrganisation'],
    );
    // Anyone else's account is not asked any of it.
    assert.deepEqual(
      partnerAccountProblems({ roles: ['practitioner'], teamId: 3, accessEndsOn: null }, '2026-11-25'),
      [],
    );
  });

  test('signs in only once verified, until the end of its last day', () => {
    const account = { disabled_at: null, roles: ['partner' as const], access_ends_on: '2027-11-25' };
    assert.equal(accountClosed({ ...account, verified_at: null }, '2026-11-25'), 'unverified');
    const verified = { ...account, verified_at: new Date('2026-11-25T10:00:00Z') };
    assert.equal(accountClosed(verified, '2027-11-25'), undefined);
    assert.equal(accountClosed(verified, '2027-11-26'), 'access-ended');
    assert.equal(accountClosed({ ...verified, disabled_at: new Date() }, '2026-11-25'), 'disabled');
    // Only a partner's account waits for verification.
    assert.equal(accountClosed({ ...account, roles: ['inspector'], verified_at: null }, '2026-11-25'), undefined);
  });
});
