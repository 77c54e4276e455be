// Annex A's cells from the lists' rows: plain data in, plain data out. Codes the DfE defines (ethnicity,
// sources, needs, categories, legal statuses, placements, reasons) are written as the DfE's codes, which
// Ofsted's template accepts; answers with no DfE code (gender, case status, permanence plan,
// eligibility) use the template's own wording.
import { ageInYears, dayFromIsoDate } from '../returnDates.ts';
import { outOfArea } from '../../../areas/care/index.ts';
import type {
  AnnexARows,
  ChildColumns,
  List1Row,
  List2Row,
  List3Row,
  List4Row,
  List5Row,
  List6Row,
  List7Row,
  List8Row,
  List9Row,
  List10Row,
} from './queries.ts';

/** A cell: text, a whole number, a date as 'YYYY-MM-DD' (the workbook writes it as a date), or empty. */
export type Cell = string | number | null;

/** Completed years from the date of birth to the as-at date (as the returns count them); none for an unborn child. */
export function ageOn(dateOfBirth: string | null, asAt: string): number | null {
  const born = dateOfBirth ? dayFromIsoDate(dateOfBirth) : null;
  const on = dayFromIsoDate(asAt);
  if (born === null || on === null || born > on) return null;
  return ageInYears(born, on);
}

export const yesNo = (answer: boolean | null | undefined): Cell =>
  answer === null || answer === undefined ? null : answer ? 'Yes' : 'No';

/** The CIN census records NONE for a child with no disability; no record at all is not known. */
export function disabilityAnswer(codes: readonly string[]): string {
  if (codes.some((code) => code !== 'NONE')) return 'Yes';
  return codes.length ? 'No' : 'Unknown';
}

const genders: Record<string, string> = { M: 'a) Male', F: 'b) Female', U: 'c) Not stated/recorded' };

const childCells = (row: ChildColumns, asAt: string): Cell[] => [
  String(row.child_id),
  genders[row.sex] ?? null,
  row.ethnicity,
  row.date_of_birth,
  ageOn(row.date_of_birth, asAt),
];
const allocatedCells = (row: ChildColumns): Cell[] => [row.team, row.worker];
const count = (value: number | string): number => Number(value);

/** Assessment outcomes that mean the child needs children's social care (a plan, enquiry or care). */
const needingSupport = new Set(['child-in-need-plan', 'strategy-discussion', 'looked-after']);

export function childSeenAnswer(row: Pick<List4Row, 'child_seen_date' | 'not_seen'>): string {
  if (row.child_seen_date) return 'Yes';
  return row.not_seen ? 'No' : 'Unknown';
}

/** The child's case on the as-at date, the most intensive first (Annex A list 6 "Case Status"). */
export function caseStatus(
  row: Pick<
    List6Row,
    'closure_date' | 'looked_after' | 'on_protection_plan' | 'on_child_in_need_plan' | 'assessment_open'
  >,
): string | null {
  if (row.closure_date) return 'e) Closed episode';
  if (row.looked_after) return 'a) Looked after child';
  if (row.on_protection_plan) return 'b) Child Protection plan';
  if (row.on_child_in_need_plan) return 'c) Child in need plan';
  if (row.assessment_open) return 'd) Open assessment';
  return null;
}

/** Harbour's permanence plans in Annex A list 8's categories. */
const permanencePlans: Record<string, string> = {
  'return-to-family': 'a) Return to family',
  adoption: 'b) Adoption',
  'special-guardianship': 'c) SGO/CAO',
  'child-arrangements-order': 'c) SGO/CAO',
  'supported-living-in-adulthood': 'd) Supported living in the community',
  residential: 'e) Long-term residential placement',
  'long-term-fostering': 'f) Long-term fostering',
};
export const permanencePlanAnswer = (plan: string | null): string | null =>
  plan === null ? null : (permanencePlans[plan] ?? 'g) other');

/** In or out of the council's area, as the child's looked-after page says it (care's `outOfArea`). */
export function placementLocation(
  row: Pick<List8Row, 'placement_local_authority' | 'home_authority' | 'placement_authority'>,
  councilName: string,
): string | null {
  const centroid = (code: string | null) =>
    code ? { latitude: 0, longitude: 0, localAuthorityCode: code } : undefined;
  const out = outOfArea({
    recordedAuthority: row.placement_local_authority,
    councilName,
    home: centroid(row.home_authority),
    placement: centroid(row.placement_authority),
  });
  return out === undefined ? null : out ? 'Out' : 'In';
}

const eligibility: Record<string, string> = {
  relevant: 'a) Relevant child',
  'former-relevant': 'b) Former relevant child',
  qualifying: 'c) Qualifying care leaver',
  eligible: 'd) Eligible child',
};

const suitability = (suitable: boolean | null): Cell =>
  suitable === null ? null : suitable ? 'a) Suitable' : 'b) Unsuitable';

type Shapers = { [N in keyof AnnexARows]: (row: AnnexARows[N][number], asAt: string, councilName: string) => Cell[] };

const shapers: Shapers = {
  1: (row: List1Row, asAt) => [...childCells(row, asAt), row.contact_date, row.source],
  2: (row: List2Row, asAt) => [...childCells(row, asAt), row.start_date, row.end_date, row.lead_organisation],
  3: (row: List3Row, asAt) => [
    ...childCells(row, asAt),
    row.referral_date,
    row.source,
    yesNo(row.no_further_action),
    count(row.earlier),
    ...allocatedCells(row),
  ],
  4: (row: List4Row, asAt) => [
    ...childCells(row, asAt),
    disabilityAnswer(row.disabilities),
    row.start_date,
    childSeenAnswer(row),
    row.authorisation_date,
    row.outcome === null ? null : yesNo(needingSupport.has(row.outcome)),
    ...allocatedCells(row),
  ],
  5: (row: List5Row, asAt) => [
    ...childCells(row, asAt),
    disabilityAnswer(row.disabilities),
    row.strategy_date,
    yesNo(row.initial_conference_not_required),
    row.icpc_date,
    row.no_icpc ? null : yesNo(row.icpc_plan),
    count(row.earlier_s47s),
    count(row.earlier_icpcs),
    ...allocatedCells(row),
  ],
  6: (row: List6Row, asAt) => [
    ...childCells(row, asAt),
    disabilityAnswer(row.disabilities),
    row.referral_date,
    row.primary_need,
    row.last_seen,
    row.closure_date,
    row.closure_reason,
    caseStatus(row),
    ...allocatedCells(row),
  ],
  7: (row: List7Row, asAt) => [
    ...childCells(row, asAt),
    disabilityAnswer(row.disabilities),
    row.start_date,
    row.initial_category,
    row.latest_category,
    row.last_visit,
    row.last_visit === null ? null : yesNo(row.seen_alone),
    row.latest_review,
    row.end_date,
    yesNo(row.emergency_protection),
    count(row.previous_plans),
    ...allocatedCells(row),
  ],
  8: (row: List8Row, asAt, councilName) => [
    ...childCells(row, asAt),
    yesNo(row.uasc),
    disabilityAnswer(row.disabilities),
    row.start_date,
    row.category_of_need,
    yesNo(row.second_period),
    row.legal_status_start,
    row.legal_status,
    row.latest_review,
    row.last_seen,
    permanencePlanAnswer(row.permanence_plan),
    row.last_iro_contact,
    row.last_health_assessment,
    row.last_dental_check,
    count(row.placements),
    row.ceased,
    row.reason_ceased,
    row.placement_start,
    row.placement_type,
    row.placement_provider,
    row.placement_postcode,
    row.urn,
    placementLocation(row, councilName),
    row.placement_local_authority,
    count(row.missing),
    count(row.absent),
    row.was_missing ? yesNo(row.interview_offered) : null,
    row.was_missing && row.interview_offered ? yesNo(row.interview_accepted) : null,
    ...allocatedCells(row),
  ],
  9: (row: List9Row, asAt) => [
    ...childCells(row, asAt),
    yesNo(row.uasc),
    disabilityAnswer(row.disabilities),
    ...allocatedCells(row),
    row.personal_adviser,
    eligibility[row.category] ?? row.category,
    row.latest_review,
    row.in_touch,
    row.contact_date,
    row.accommodation,
    suitability(row.accommodation_suitable),
    row.activity,
  ],
  10: (row: List10Row, asAt) => {
    const [id, ...rest] = childCells(row, asAt);
    return [
      id!,
      null,
      ...rest,
      disabilityAnswer(row.disabilities),
      row.entered_care,
      row.decision_date,
      row.placement_order_date,
      row.matched_date,
      row.placed_date,
      row.adoption_order_date,
      row.no_longer_date,
      row.reason_no_longer,
      row.fostering_for_adoption_date,
    ];
  },
};

/** A list's rows as the sheet's cells, in its columns' order. */
export function annexACells<N extends keyof AnnexARows>(
  list: N,
  rows: AnnexARows[N],
  asAt: string,
  councilName: string,
): Cell[][] {
  const shape = shapers[list];
  return rows.map((row) => shape(row, asAt, councilName));
}
