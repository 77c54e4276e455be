// The council's placement categories (Q3 report 7.124) and the SSDA903 PLACE codes in each: one
// list, read by the placement indicators (and through them the synthetic county's report).

export const placementGroups = {
  foster: { title: 'Foster placement with other foster carers', codes: ['U4', 'U5', 'U6'] },
  kinship: { title: 'Foster placement with relatives or friends', codes: ['U1', 'U2', 'U3'] },
  residential: { title: 'Residential care', codes: ['K1', 'K2', 'R1', 'R2', 'R5', 'S1'] },
  parents: { title: 'Placed with parents', codes: ['P1'] },
  supported: { title: 'Regulated supported accommodation', codes: ['K3'] },
  adoption: { title: 'Placed for adoption', codes: ['A3', 'A4', 'A5', 'A6'] },
  other: { title: 'Other placement', codes: ['P3', 'R3', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14'] },
} as const;

export type PlacementGroup = keyof typeof placementGroups;

/** The groups that are a family setting: with foster carers (relatives or not) or with parents (Q3 report 7.122). */
export const familySettingGroups: readonly PlacementGroup[] = ['foster', 'kinship', 'parents'];
