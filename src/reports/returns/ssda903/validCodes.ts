// The codes a 903 return may hold, as the DfE's guide for the collection year lists them. The
// returns keep their own lists: a rule judges a file (Harbour's or a council's old system's)
// against the year's published list, not against what Harbour's forms offer today.

const set = (codes: string): ReadonlySet<string> => new Set(codes.split(' '));

export const sexCodes = set('M F U');
export const ethnicCodes = set(
  'WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT',
);
export const reasonForNewEpisodeCodes = set('S L P T B U');
export const legalStatusCodes = set('C1 C2 D1 E1 J1 J2 J3 L1 L2 L3 V2 V3 V4');
export const categoryOfNeedCodes = set('N1 N2 N3 N4 N5 N6 N7 N8');
/** PLACE for 2025-26: H5 and P2 withdrawn in 2024-25; Z1 split into Z11–Z14. */
export const placementCodes = set(
  'A3 A4 A5 A6 K1 K2 K3 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z11 Z12 Z13 Z14',
);
export const placementProviderCodes = set('PR0 PR1 PR2 PR3 PR4 PR5');
export const reasonEpisodeCeasedCodes = set(
  'E11 E12 E13 E14 E15 E16 E17 E2 E3 E4A E4B E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 X1',
);
export const reasonPlaceChangeCodes = set('CARPL CLOSE ALLEG STAND APPRR CREQB CREQO CHILD LAREQ PLACE CUSTOD OTHER');
export const reviewParticipationCodes = set('PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7');
export const missingCodes = set('M A');
export const sdqReasonCodes = set('SDQ1 SDQ2 SDQ3 SDQ4 SDQ5');
export const inTouchCodes = set('YES NO DIED REFU NREQ RHOM');
export const activityCodes = set('F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6 0');
/** ACCOM: no fixed abode (S) and custody (X) are only ever unsuitable (2), as rule 133 lists them. */
export const accommodationCodes = set(
  'B1 B2 C1 C2 D1 D2 E1 E2 G1 G2 H1 H2 K1 K2 R1 R2 S2 T1 T2 U1 U2 V1 V2 W1 W2 X2 Y1 Y2 Z1 Z2 0',
);
export const adopterSexCodes = set('M1 F1 MM FF MF');
export const adopterLegalStatusCodes = set('L0 L11 L12 L2 L3 L4');
export const reasonPlacedCeasedCodes = set('RD1 RD2 RD3 RD4');
export const previousPermanenceCodes = set('P1 P2 P3 P4 Z1');
export const socialWorkerChangeCodes = set('MANAGE FCONTA LEFTRL ORGRST TSPROC ABSENC CHCHAN PCCHAN SWDIED OTHERS');
export const numberOfAdoptersCodes = set('1 2');
/** The temporary placements (PLACE T0–T4). */
export const temporaryPlacementCodes = set('T0 T1 T2 T3 T4');
/** Legal statuses of short breaks (respite care): V3 single, V4 series. */
export const shortBreakLegalStatusCodes = set('V3 V4');
/** Placed for adoption (PLACE A3–A6). */
export const placedForAdoptionCodes = set('A3 A4 A5 A6');
/** Episode ceased: adopted (E11, E12). */
export const adoptedCodes = set('E11 E12');
/**
 * LA_PERM: the DfE's three-digit local authority numbers, with those of authorities since reorganised
 * (a previous permanence order may have been made by one), and WAL, SCO, NUK, NIR for outside England.
 */
export const localAuthorityPermanenceCodes = set(
  '201 202 203 204 205 206 207 208 209 210 211 212 213 301 302 303 304 305 306 307 308 309 310 311 312 313 314 315 316 317 318 319 320 330 331 332 333 334 335 336 340 341 342 343 344 350 351 352 353 354 355 356 357 358 359 370 371 372 373 380 381 382 383 384 390 391 392 393 394 420 800 801 802 803 805 806 807 808 810 811 812 813 815 816 821 822 823 825 826 830 831 835 836 837 838 839 840 841 845 846 850 851 852 855 856 857 860 861 865 866 867 868 869 870 871 872 873 874 876 877 878 879 880 881 882 883 884 885 886 887 888 889 890 891 892 893 894 895 896 908 909 916 919 921 925 926 928 929 931 933 935 936 937 938 940 941 942 943 999 WAL SCO NUK NIR',
);

/** Placements with foster carers (U1–U6). */
export const fosterPlacementCodes = set('U1 U2 U3 U4 U5 U6');
