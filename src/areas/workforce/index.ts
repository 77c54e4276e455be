// The workforce area's public face: workers, allocations and caseloads against the council's standards.
export { workerRoles, type WorkerRole } from './codes.ts';
export { addWorker, allocationOn, caseloadsOn } from './allocations.ts';
export { caseloadBand, councilCaseloadStandards } from './caseloadStandards.ts';
