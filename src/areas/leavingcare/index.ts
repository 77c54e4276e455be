// The leaving care area's public face: whether someone is a young person's personal adviser (My work),
// and the OC3 definitions the care leaver indicators count by.
export { advisesAnyYoungPerson } from './advisedBy.ts';
export { inTouchWindowSql, oc3Birthdays } from './timescales/careLeaverContact.ts';
export { educationEmploymentOrTraining } from './codes.ts';
export { importCareLeaverContacts, type ImportedCareLeaverContact } from './imported.ts';
