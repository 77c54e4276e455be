// The people area's public face: children and their family network, as other areas use them.
export { ethnicityCodes, sexCodes } from './codes.ts';
export { createChild, familyNetwork, siblingIds, type ChildDetails } from './store.ts';
export { findChildren, likelyDuplicates } from './search.ts';
export { siblingsToRecordFor } from './siblings.ts';
export { nhsCheckDigit, nhsNumberAsWritten, nhsNumberShown } from './nhsNumber.ts';
export { endUascStatus, startUascStatus, uascPeriodsOf } from './uasc.ts';
export { importChild, importUascStatus, type ImportedChild } from './imported.ts';
export { importMotherhood, type ImportedMotherhood } from './births.ts';
