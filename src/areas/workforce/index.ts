// The workforce area's public face: workers, allocations, caseloads against the council's standards,
// and choosing a person from the workforce on a form.
export { caseHoldingRoles, workerRoles, type WorkerRole } from './codes.ts';
export { addWorker, allocationOn, caseloadsOn } from './allocations.ts';
export { caseloadBand, councilCaseloadStandards, defaultCaseloadStandards } from './caseloadStandards.ts';
export { chosenWorker, workerItems, workerOfUser, workersInPost } from './picker.ts';
