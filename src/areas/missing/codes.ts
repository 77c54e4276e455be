// SSDA903 Missing table codes.
import { codeList } from '../../core/codeLists.ts';

/** MISSING: M missing (whereabouts unknown), A away from placement without authorisation (whereabouts known). */
export const missingTypes = codeList([
  ['M', 'Missing'],
  ['A', 'Away from placement without authorisation'],
]);
export type MissingType = keyof typeof missingTypes;
