// One child's journey as plain data: the rows the timescale rules read.
// Field names follow the CIN census and SSDA903 data items where one exists.
//
// Conventions:
// - `IsoDate` is a calendar date 'YYYY-MM-DD' (a date in England, no time).
// - `IsoInstant` is an ISO 8601 timestamp with an offset or Z, e.g.
//   '2026-03-26T09:15:00Z'. Only contacts and missing episodes carry
//   timestamps, because only their rules count hours (Europe/London).
// - Records that belong to a plan carry its id (`planId`, `section47Id`).
//   Reviews, health assessments, PEPs and visits to a looked-after child are
//   placed in a period of care or placement by their date, as in the 903.

export type IsoDate = string;
export type IsoInstant = string;

export interface Child {
  id: string;
  dateOfBirth: IsoDate;
}

export interface DatedRecord {
  id: string;
  date: IsoDate;
}

/**
 * The child's journey: the child, and each area's part (its records as plain data). Each area
 * adds its part to this interface from its own journey.ts, so the journey is composed from the
 * areas rather than listed here.
 */
export interface ChildJourney {
  child: Child;
}
