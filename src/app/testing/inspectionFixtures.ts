// A small county for the Annex A and CSC API tests, recorded through the areas' own commands: Ada,
// referred in February 2026 and on a child protection plan from 20 February; Ben, looked after since
// December 2025 (his record restricted); Cal, a care leaver. The as-at date is 30 June 2026, so the
// six-month window is 1 January to 30 June 2026.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { createChild } from '../../areas/people/store.ts';
import { recordContact } from '../../areas/frontdoor/store.ts';
import { closeReferral, recordReferral, startAssessment } from '../../areas/assessment/store.ts';
import { addWorker, allocateChild } from '../../areas/workforce/allocations.ts';
import {
  recordInitialConference,
  recordStrategyDiscussion,
  startSection47Enquiry,
} from '../../areas/protection/store.ts';
import { recordVisit } from '../../areas/visits/store.ts';
import { startPeriodOfCare } from '../../areas/care/store.ts';
import { recordCareLeaver, recordCareLeaverContact, setEligibility } from '../../areas/leavingcare/store.ts';
import { testTeamName } from './testDatabase.ts';

export const inspectionAsAt = '2026-06-30';

export async function inspectionCounty(db: Kysely<Database>, actor: Actor) {
  const team = await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow();
  const worker = await addWorker(db, {
    name: 'Sam Worker',
    role: 'social-worker',
    teamId: team.id,
    startDate: '2020-01-01',
  });
  const child = async (forename: string, sex: 'M' | 'F', dateOfBirth: string) =>
    (await createChild(db, actor, { forename, surname: 'Inspected', sex, dateOfBirth, ethnicity: 'WBRI' })).id;
  const ada = await child('Ada', 'F', '2016-03-10');
  const ben = await child('Ben', 'M', '2010-01-05');
  const cal = await child('Cal', 'M', '2007-04-01');
  await db.insertInto('child_disabilities').values({ child_id: ada, code: 'NONE' }).execute();
  for (const childId of [ada, ben])
    await allocateChild(db, actor, { childId, workerId: worker.id, startDate: '2025-06-01' });

  // Ada: a contact before the window and one in it, a referral closed last year and one in the window.
  const base = { source: '2A' as const, consent: 'given' as const, concerns: 'Bruising seen at school' };
  await recordContact(db, actor, { ...base, childIds: [ada], receivedAt: '2025-11-03T10:00:00Z' });
  await recordContact(db, actor, { ...base, childIds: [ada], receivedAt: '2026-02-03T10:00:00Z' });
  const earlier = await recordReferral(db, actor, {
    childId: ada,
    referralDate: '2025-09-01',
    source: '6',
    primaryNeed: 'N1',
  });
  await closeReferral(db, actor, {
    childId: ada,
    id: earlier.id,
    version: earlier.version,
    closureDate: '2025-10-01',
    closureReason: 'RC8',
  });
  const referral = await recordReferral(db, actor, {
    childId: ada,
    referralDate: '2026-02-04',
    source: '2A',
    primaryNeed: 'N1',
  });
  await startAssessment(db, actor, { childId: ada, referralId: referral.id, startDate: '2026-02-05' });
  const discussion = await recordStrategyDiscussion(db, actor, {
    childId: ada,
    referralId: referral.id,
    decisionDate: '2026-02-09',
    heldDate: '2026-02-10',
    agencies: ['police', 'health'],
    decision: 'section-47',
  });
  const enquiry = await startSection47Enquiry(db, actor, { childId: ada, strategyDiscussionId: discussion.id });
  const { plan } = await recordInitialConference(db, actor, {
    childId: ada,
    date: '2026-02-20',
    section47EnquiryId: enquiry.id,
    outcome: 'plan',
    category: 'NEG',
  });
  await recordVisit(db, actor, {
    childId: ada,
    date: '2026-03-01',
    purpose: 'child-protection',
    childSeen: true,
    seenAlone: true,
  });

  // Ben: looked after since 1 December 2025, his record restricted.
  await startPeriodOfCare(db, actor, {
    childId: ben,
    startDate: '2025-12-01',
    legalStatus: 'V2',
    categoryOfNeed: 'N1',
    placementType: 'U6',
    placementProvider: 'PR1',
    placementPostcode: 'SY1 2AB',
    homePostcode: 'SY3 9ZZ',
  });
  await recordVisit(db, actor, { childId: ben, date: '2026-04-01', purpose: 'looked-after', childSeen: true });
  await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', ben).execute();

  // Cal: a former relevant care leaver in touch in May.
  await recordCareLeaver(db, actor, { childId: cal });
  await setEligibility(db, actor, { childId: cal, category: 'former-relevant', startDate: '2025-04-01' });
  await recordCareLeaverContact(db, actor, {
    childId: cal,
    contactDate: '2026-05-01',
    inTouch: 'YES',
    accommodation: 'D',
    accommodationSuitable: true,
    activity: 'F2',
  });
  return { ada, ben, cal, worker, referral, plan: plan! };
}
