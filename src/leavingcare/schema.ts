/** The leavingcare area's tables (Kysely types), one entry per table its migrations create. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LeavingCareTables {}
