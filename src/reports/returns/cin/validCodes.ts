// The codes a CIN census may hold, as the DfE's CIN census 2025-26 guide lists them. The returns keep
// their own lists: a rule judges a file (Harbour's or a council's old system's) against the year's
// published list, not against what Harbour's forms offer today.

const set = (codes: string): ReadonlySet<string> => new Set(codes.split(' '));

export const primaryNeedCodes = set('N0 N1 N2 N3 N4 N5 N6 N7 N8 N9');
export const categoryOfAbuseCodes = set('NEG PHY SAB EMO MUL');
export const disabilityCodes = set('NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA');
/** Reasons a UPN is unknown that hold for a child of school age (UN1 says the child is not). */
export const schoolAgeUpnUnknownCodes = set('UN2 UN3 UN4 UN5 UN6 UN7');
