// Records loaded from a council's past statutory returns say which return they came from, so a
// page, an analyst and a second import can tell them from what was recorded in Harbour.

/** The return an imported record came from. */
export type ImportedFrom = 'SSDA903' | 'CIN';
