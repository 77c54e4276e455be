// The assessment area's public face: referrals (a CIN episode opens with one) and their sources,
// and the assessments waiting for a manager's authorisation; Family Help opens and closes CIN
// episodes and starts their single assessments through it.
export { primaryNeedCodes, referralSources, type PrimaryNeedCode, type ReferralSource } from './codes.ts';
export { sourceName } from './model.ts';
export { closeReferral, openReferralOn, recordReferral, referralsSince, startAssessment } from './store.ts';
export { assessmentsAwaitingAuthorisation } from './submission.ts';
export type * from './journey.ts';
export { importReferrals, type ImportedAssessment, type ImportedReferral } from './imported.ts';
