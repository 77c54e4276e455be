// The codes a CIN census may hold, as the DfE's CIN census guide for the collection year lists them.
// The return keeps its own lists: a rule judges a census (Harbour's or a council's old system's)
// against the year's published list, not against what Harbour's forms offer today.

const set = (codes: string): ReadonlySet<string> => new Set(codes.split(' '));

export const cinSexCodes = set('M F U');
export const cinEthnicityCodes = set(
  'WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT',
);
export const cinReferralSourceCodes = set('1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 5D 6 7 8 9 10');
export const cinReasonForClosureCodes = set('RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8 RC9');
/** Factors identified at assessment for 2025-26 (18A and 19A still valid, though queried by 8945Q/8950Q). */
export const cinAssessmentFactorCodes = set(
  '1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A 12A 13A 14A 15A 16A 17A ' +
    '18A 18B 18C 19A 19B 19C 20 21 22A 23A 24A',
);

/** Numbers from..to as three-digit codes. */
const codeRange = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, index) => String(from + index).padStart(3, '0'));

/**
 * Characters 2-4 of a UPN: a post-April-1998 LA code or a pseudo-LA code (DfE UPN guidance), with
 * the LAs created since (838/839 Dorset and BCP 2019; 940/941 the Northamptonshires 2021; 942/943
 * Cumberland and Westmorland and Furness 2023).
 */
export const upnLaCodes: ReadonlySet<string> = new Set([
  ...codeRange(1, 5),
  ...codeRange(201, 213),
  ...codeRange(301, 320),
  ...codeRange(330, 336),
  ...codeRange(340, 344),
  ...codeRange(350, 359),
  ...codeRange(370, 373),
  ...codeRange(380, 384),
  ...codeRange(390, 394),
  '420',
  ...codeRange(660, 681),
  ...codeRange(701, 708),
  ...codeRange(800, 803),
  ...codeRange(805, 808),
  ...codeRange(810, 813),
  '815',
  '816',
  ...codeRange(820, 823),
  '825',
  '826',
  '830',
  '831',
  ...codeRange(835, 841),
  '845',
  '846',
  ...codeRange(850, 852),
  ...codeRange(855, 857),
  '860',
  '861',
  ...codeRange(865, 896),
  '908',
  '909',
  '916',
  '919',
  '921',
  '925',
  '926',
  '928',
  '929',
  '931',
  '933',
  ...codeRange(935, 938),
  ...codeRange(940, 943),
]);

export const primaryNeedCodes = set('N0 N1 N2 N3 N4 N5 N6 N7 N8 N9');
export const categoryOfAbuseCodes = set('NEG PHY SAB EMO MUL');
export const disabilityCodes = set('NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA');
/** Reasons a UPN is unknown. */
export const upnUnknownCodes = set('UN1 UN2 UN3 UN4 UN5 UN6 UN7');
/** Reasons a UPN is unknown that hold for a child of school age (UN1 says the child is not). */
export const schoolAgeUpnUnknownCodes = set('UN2 UN3 UN4 UN5 UN6 UN7');
