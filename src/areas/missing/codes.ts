// SSDA903 Missing table codes.

/** MISSING: M missing (whereabouts unknown), A away from placement without authorisation (whereabouts known). */
export const missingTypes = {
  M: 'Missing',
  A: 'Away from placement without authorisation',
} as const;
export type MissingType = keyof typeof missingTypes;
