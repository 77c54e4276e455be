/**
 * One line in a child's chronology. Each area turns its own rows into these
 * (src/<area>/chronology.ts); the chronology merges them in date order.
 */
export interface ChronologyEvent {
  /** The calendar date the event happened, 'YYYY-MM-DD' (England). */
  date: string;
  /** When the event has a time (a contact received, a child going missing). */
  at?: Date;
  /** What kind of event, for the filter: 'contact', 'referral', 'visit', 'period-of-care'… */
  type: string;
  /** A one-line summary in plain English, as a social worker would write it. */
  summary: string;
  /** Every child the event is about: a contact about three siblings names all three, once. */
  childIds: number[];
  recordType: string;
  recordId: number;
}

/** What each area offers the chronology: its events for any of these children. */
export type ChronologySource = (db: import('kysely').Kysely<import('../db/schema.ts').Database>, childIds: number[]) => Promise<ChronologyEvent[]>;
