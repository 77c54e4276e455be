// Records loaded from a council's past statutory returns say which return they came from, so a
// page, an analyst and a second import can tell them from what was recorded in Harbour.

/** The returns a record may be imported from. */
export const importedFromReturns = ['SSDA903', 'CIN'] as const;

/** The return an imported record came from. */
export type ImportedFrom = (typeof importedFromReturns)[number];
