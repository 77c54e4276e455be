// The workforce area's public face: workers, allocations, caseloads against the council's standards,
// choosing a person from the workforce on a form, and a past 903's social worker episodes loaded.
export { caseHoldingRoles, workerRoles, type SocialWorkerChangeReason, type WorkerRole } from './codes.ts';
export { addWorker, allocationOn, caseloadsOn } from './allocations.ts';
export { caseloadBand, councilCaseloadStandards, defaultCaseloadStandards } from './caseloadStandards.ts';
export { chosenWorker, workerItems, workerOfUser, workersInPost } from './picker.ts';
export { importSocialWorkerEpisodes, type ImportedSocialWorkerEpisode } from './imported.ts';
