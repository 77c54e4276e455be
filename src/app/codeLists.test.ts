import { returnFileKinds } from './returnFiles.ts';
import {
  assessmentKinds as familyHelpAssessmentKinds,
  endReasons as familyHelpEndReasons,
  reviewDecisions as familyPlanReviewDecisions,
} from '../areas/familyhelp/codes.ts';
import { importedFromReturns } from '../platform/records/imported.ts';
import { returnTitles } from '../reports/returns/store.ts';
import fs from 'node:fs';
import path from 'node:path';
import { voiceGatheredBy } from '../platform/records/childsVoice.ts';
import { codesIn, hasDeclaredOrder } from '../core/codeLists.ts';
import { jobStates } from '../platform/jobs/schema.ts';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabase } from './testing/testDatabase.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { roles } from '../platform/access/roles.ts';
import { recordAccessReasons } from '../platform/access/recordScope.ts';
import {
  accessRestrictions,
  disabilityCodes,
  ethnicityCodes,
  immigrationStatuses,
  nhsNumberUnknownReasons,
  relationshipTypes,
  sexCodes,
  upnUnknownCodes,
} from '../areas/people/codes.ts';
import { socialWorkerChangeReasons, workerRoles } from '../areas/workforce/codes.ts';
import { consentStatuses, contactOutcomes, levelsOfNeed } from '../areas/frontdoor/codes.ts';
import {
  assessmentFactors,
  assessmentOutcomes,
  closureReasons,
  noFactorsIdentified,
  primaryNeedCodes,
  referralSources,
} from '../areas/assessment/codes.ts';
import {
  agencies,
  categoriesOfAbuse,
  childParticipation,
  parentsParticipation,
  conferenceOutcomes,
  conferenceTypes,
  practiceRatings,
  section47Outcomes,
  strategyDecisions,
} from '../areas/protection/codes.ts';
import { actionOwnerKinds, ownerAsRecorded, planTypes, planVersionDecisions } from '../areas/planning/codes.ts';
import { planPaths } from '../areas/planning/actions.ts';
import { visitPurposes } from '../areas/visits/codes.ts';
import { caseNoteKinds } from '../areas/casenotes/codes.ts';
import {
  deprivationOfLibertyCourts,
  finalOrders,
  hearingTypes,
  interimOrders,
  preProceedingsMeetingTypes,
  preProceedingsOutcomes,
} from '../areas/court/codes.ts';
import {
  declinedReasons,
  meetingKinds,
  meetingResponses,
  notOfferedReasons,
  reviewOutcomes,
  supportKinds,
} from '../areas/familygroup/codes.ts';
import {
  categoriesOfNeed,
  healthAssessmentTypes,
  legalStatuses,
  placementArrangements,
  placementProviders,
  placementTypes,
  previousPermanenceOptions,
  reasonsEpisodeCeased,
  reasonsForNewEpisode,
  reasonsForPlacementChange,
  reviewParticipation,
} from '../areas/care/codes.ts';
import { sdqReasons } from '../areas/care/healthCodes.ts';
import { exploitationOutcomes, exploitationResponses, missingTypes } from '../areas/missing/codes.ts';
import {
  adopterLegalStatusCodes,
  adopterSexCodes,
  adoptionPlanChangeReasons,
  permanencePlanTypes,
  siblingPlacedCodes,
  reasonsPlacedForAdoptionCeased,
} from '../areas/permanence/codes.ts';
import {
  accommodationCodes,
  activityCodes,
  eligibilityCategories,
  inTouchCodes,
  noDetailsExpected,
} from '../areas/leavingcare/codes.ts';

// Migrations freeze the code lists they check (a migration is history and imports no live code),
// while forms and pages use the live lists in the areas' codes.ts. This test is what keeps the
// two in step: a code added to or removed from a live list without a new migration fails here.

type Codes = readonly string[] | Readonly<Record<string, string>>;
// Array.isArray does not narrow a readonly array (it says any[]), so the list is told apart here.
const isList = (codes: Codes): codes is readonly string[] => Array.isArray(codes);
const codesOf = (codes: Codes): string[] => (isList(codes) ? [...codes] : Object.keys(codes));

/** Each column a check constraint limits to the codes of a live list. */
const codeListColumns: { table: string; column: string; codes: Codes }[] = [
  // 0001_access
  { table: 'users', column: 'roles', codes: roles },
  // 0002_people
  { table: 'children', column: 'sex', codes: sexCodes },
  { table: 'children', column: 'ethnicity', codes: ethnicityCodes },
  { table: 'children', column: 'upn_unknown', codes: upnUnknownCodes },
  { table: 'children', column: 'access_restriction', codes: accessRestrictions },
  // 0051_record_access_reasons
  { table: 'record_access_reasons', column: 'reason', codes: recordAccessReasons },
  // 0053_background_jobs
  { table: 'background_jobs', column: 'state', codes: jobStates },
  { table: 'child_disabilities', column: 'code', codes: disabilityCodes },
  { table: 'immigration_statuses', column: 'status', codes: immigrationStatuses },
  { table: 'adults', column: 'sex', codes: sexCodes },
  { table: 'relationships', column: 'relationship', codes: relationshipTypes },
  // 0003_workforce
  { table: 'workers', column: 'role', codes: workerRoles },
  // 0134_social_work_england
  { table: 'allocations', column: 'change_reason', codes: socialWorkerChangeReasons },
  // 0010_frontdoor
  { table: 'contacts', column: 'source', codes: referralSources },
  { table: 'contacts', column: 'level_of_need', codes: levelsOfNeed },
  { table: 'contacts', column: 'consent', codes: consentStatuses },
  { table: 'contact_decisions', column: 'outcome', codes: contactOutcomes },
  // 0012_assessment
  { table: 'referrals', column: 'source', codes: referralSources },
  { table: 'referrals', column: 'primary_need', codes: primaryNeedCodes },
  { table: 'referrals', column: 'closure_reason', codes: closureReasons },
  { table: 'assessments', column: 'outcome', codes: assessmentOutcomes },
  { table: 'assessments', column: 'factors', codes: assessmentFactors },
  // 0081_assessment_voice
  { table: 'assessments', column: 'voice_gathered', codes: voiceGatheredBy },
  // 0013_protection
  { table: 'strategy_discussions', column: 'decision', codes: strategyDecisions },
  { table: 'strategy_discussions', column: 'agencies', codes: agencies },
  { table: 'section_47_enquiries', column: 'outcome', codes: section47Outcomes },
  { table: 'child_protection_conferences', column: 'type', codes: conferenceTypes },
  { table: 'child_protection_conferences', column: 'outcome', codes: conferenceOutcomes },
  { table: 'child_protection_conferences', column: 'category', codes: categoriesOfAbuse },
  { table: 'child_protection_conferences', column: 'child_participation', codes: childParticipation },
  { table: 'child_protection_conferences', column: 'practice_rating', codes: practiceRatings },
  // 0067_strategy_discussion_practice
  { table: 'strategy_discussion_attendees', column: 'agency', codes: agencies },
  { table: 'strategy_discussion_contributions', column: 'agency', codes: agencies },
  { table: 'section_47_contributions', column: 'agency', codes: agencies },
  { table: 'multi_agency_team_members', column: 'agency', codes: agencies },
  // 0072_visit_voice
  { table: 'visits', column: 'voice_gathered', codes: voiceGatheredBy },
  // 0071_conference_practice
  { table: 'child_protection_conferences', column: 'parents_participation', codes: parentsParticipation },
  { table: 'child_protection_plans', column: 'initial_category', codes: categoriesOfAbuse },
  { table: 'child_protection_plans', column: 'latest_category', codes: categoriesOfAbuse },
  // 0082_conference_voice
  { table: 'child_protection_conferences', column: 'voice_gathered', codes: voiceGatheredBy },
  // 0014_planning
  { table: 'plan_actions', column: 'plan_type', codes: planTypes },
  { table: 'visits', column: 'purpose', codes: visitPurposes },
  // 0066_plan_action_owners
  { table: 'plan_actions', column: 'owner_kind', codes: [...codesIn(actionOwnerKinds), ownerAsRecorded] },
  // 0073_plan_practice: a plan's versions are of the plans Harbour's pages show (a care plan is the care area's).
  { table: 'plan_versions', column: 'plan_type', codes: Object.keys(planPaths) },
  { table: 'plan_versions', column: 'decision', codes: planVersionDecisions },
  // 0076_strategy_discussion_actions
  { table: 'strategy_discussion_actions', column: 'owner_kind', codes: actionOwnerKinds },
  // 0062_case_notes
  { table: 'case_notes', column: 'kind', codes: caseNoteKinds },
  { table: 'case_notes', column: 'voice_gathered', codes: voiceGatheredBy },
  // 0020_court
  { table: 'pre_proceedings', column: 'outcome', codes: preProceedingsOutcomes },
  { table: 'pre_proceedings_meetings', column: 'meeting_type', codes: preProceedingsMeetingTypes },
  // 0137_deprivation_of_liberty_and_imported_pre_proceedings
  { table: 'deprivation_of_liberty_orders', column: 'court', codes: deprivationOfLibertyCourts },
  { table: 'proceedings_children', column: 'final_order', codes: finalOrders },
  { table: 'proceedings_hearings', column: 'hearing_type', codes: hearingTypes },
  { table: 'proceedings_interim_orders', column: 'order_type', codes: interimOrders },
  // 0125_family_group_decision_making
  { table: 'family_group_meetings', column: 'kind', codes: meetingKinds },
  { table: 'family_group_meetings', column: 'response', codes: meetingResponses },
  { table: 'family_group_meetings', column: 'declined_reason', codes: declinedReasons },
  { table: 'family_group_plan_reviews', column: 'outcome', codes: reviewOutcomes },
  { table: 'family_network_support_packages', column: 'kind', codes: supportKinds },
  { table: 'family_group_not_offered', column: 'reason', codes: notOfferedReasons },
  // 0021_care
  { table: 'care_episodes', column: 'reason_new_episode', codes: reasonsForNewEpisode },
  { table: 'care_episodes', column: 'legal_status', codes: legalStatuses },
  { table: 'care_episodes', column: 'category_of_need', codes: categoriesOfNeed },
  { table: 'care_episodes', column: 'placement_type', codes: placementTypes },
  { table: 'care_episodes', column: 'placement_provider', codes: placementProviders },
  { table: 'care_episodes', column: 'arrangement', codes: placementArrangements },
  { table: 'care_episodes', column: 'reason_ceased', codes: reasonsEpisodeCeased },
  { table: 'care_episodes', column: 'reason_place_change', codes: reasonsForPlacementChange },
  { table: 'looked_after_reviews', column: 'participation', codes: reviewParticipation },
  // 0086_care_pages
  { table: 'looked_after_reviews', column: 'voice_gathered', codes: voiceGatheredBy },
  { table: 'health_assessments', column: 'assessment_type', codes: healthAssessmentTypes },
  // 0089_health
  { table: 'sdq_scores', column: 'reason_not_done', codes: sdqReasons },
  // 0022_missing
  { table: 'missing_episodes', column: 'missing_type', codes: missingTypes },
  // 0090_exploitation_screenings
  { table: 'exploitation_screenings', column: 'criminal_outcome', codes: exploitationOutcomes },
  { table: 'exploitation_screenings', column: 'sexual_outcome', codes: exploitationOutcomes },
  { table: 'exploitation_screenings', column: 'responses', codes: exploitationResponses },
  // 0023_permanence
  { table: 'permanence_plans', column: 'plan_type', codes: permanencePlanTypes },
  { table: 'adoption_plans', column: 'reason_placed_ceased', codes: reasonsPlacedForAdoptionCeased },
  { table: 'adoption_plans', column: 'plan_change_reason', codes: adoptionPlanChangeReasons },
  // 0131_adopters
  { table: 'adoption_plans', column: 'adopters_sex', codes: adopterSexCodes },
  { table: 'adoption_plans', column: 'adopters_legal_status', codes: adopterLegalStatusCodes },
  // 0092_permanence_progress
  { table: 'sibling_placements', column: 'placed', codes: siblingPlacedCodes },
  // 0024_leavingcare
  { table: 'care_leaver_eligibility', column: 'category', codes: eligibilityCategories },
  { table: 'care_leaver_contacts', column: 'in_touch', codes: inTouchCodes },
  { table: 'care_leaver_contacts', column: 'accommodation', codes: accommodationCodes },
  { table: 'care_leaver_contacts', column: 'activity', codes: activityCodes },
  // 0108_return_validation
  { table: 'return_validation_runs', column: 'return_kind', codes: returnTitles },
  // 0109_return_files
  { table: 'return_files', column: 'return_kind', codes: Object.keys(returnFileKinds) },
  // 0114_previous_system_identifier: a child or immigration status from either return
  { table: 'children', column: 'imported_from', codes: importedFromReturns },
  { table: 'immigration_statuses', column: 'imported_from', codes: importedFromReturns },
  // 0128_nhs_number_unknown
  { table: 'children', column: 'nhs_number_unknown', codes: nhsNumberUnknownReasons },
  // 0142_previous_permanence
  { table: 'previous_permanence', column: 'option', codes: previousPermanenceOptions },
  // 0118_family_help
  { table: 'family_help_episodes', column: 'end_reason', codes: familyHelpEndReasons },
  { table: 'family_help_assessments', column: 'kind', codes: familyHelpAssessmentKinds },
  { table: 'family_plan_reviews', column: 'decision', codes: familyPlanReviewDecisions },
];

/** Rule constraints that name some codes of a live list: every quoted code in the constraint. */
const ruleConstraints: { constraint: string; codes: Codes }[] = [
  { constraint: 'assessments_no_factors_alone', codes: [noFactorsIdentified] },
  { constraint: 'care_leaver_contacts_no_details', codes: noDetailsExpected },
  // The reason in words goes with "other" alone.
  {
    constraint: 'children_nhs_number_unknown_detail',
    codes: ['other'] satisfies (keyof typeof nhsNumberUnknownReasons)[],
  },
];

/** Code-list checks written as literals, with no live list behind them. */
const literalOnly = new Set([
  // 0030_population: ONS estimates are by male and female only (not sexCodes, which has U).
  'population_estimates.sex',
]);

interface CheckConstraint {
  table: string;
  name: string;
  definition: string;
}

// pg_get_constraintdef writes `column in ('a', 'b')` as `(column = ANY (ARRAY['a'::text, 'b'::text]))`
// and `column <@ array['a', 'b']::text[]` as `(column <@ ARRAY['a'::text, 'b'::text])`.
const listPattern = /\((\w+) (?:= ANY \(ARRAY\[([^\]]*)\]\)|<@ ARRAY\[([^\]]*)\])\)/g;
const quotedPattern = /'((?:[^']|'')*)'::[a-z ]+/g;
const quoted = (text: string): string[] =>
  [...text.matchAll(quotedPattern)].map((match) => match[1]!.replaceAll("''", "'"));
const sorted = (codes: Iterable<string>): string[] => [...codes].sort();

let database: HarbourDatabase;
let checks: CheckConstraint[];
/** table.column → the codes its one code-list check allows (constraints naming one list only). */
const allowed = new Map<string, { constraint: string; codes: string[] }[]>();

before(async () => {
  database = await testDatabase();
  const result = await sql<CheckConstraint>`
    select c.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as definition
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'c' and n.nspname = current_schema()
    order by 1, 2`.execute(database.db);
  checks = result.rows;
  for (const check of checks) {
    const lists = [...check.definition.matchAll(listPattern)];
    // A constraint naming several lists (e.g. which outcomes fit which conference type) is a rule, not a code list.
    if (lists.length !== 1) continue;
    const [, column, anyList, containedList] = lists[0]!;
    const key = `${check.table}.${column}`;
    allowed.set(key, [
      ...(allowed.get(key) ?? []),
      { constraint: check.name, codes: quoted(anyList ?? containedList ?? '') },
    ]);
  }
});
after(() => database?.close());

test('the migrations have code-list checks to compare', () => {
  assert.ok(allowed.size >= codeListColumns.length, `found only ${allowed.size} code-list checks`);
});

for (const { table, column, codes } of codeListColumns) {
  test(`${table}.${column} allows exactly the codes of its list`, () => {
    const found = allowed.get(`${table}.${column}`) ?? [];
    assert.equal(
      found.length,
      1,
      `${table}.${column}: expected one code-list check constraint, found ${found.map((f) => f.constraint).join(', ') || 'none'}`,
    );
    const inDatabase = sorted(found[0]!.codes);
    const inList = sorted(codesOf(codes));
    assert.deepEqual(
      inDatabase,
      inList,
      `${table}.${column} (${found[0]!.constraint}): the list in codes.ts and the database disagree; a change to a code list needs a new migration.\n` +
        `  only in codes.ts: ${inList.filter((code) => !inDatabase.includes(code)).join(', ') || '-'}\n` +
        `  only in the database: ${inDatabase.filter((code) => !inList.includes(code)).join(', ') || '-'}`,
    );
  });
}

for (const { constraint, codes } of ruleConstraints) {
  test(`${constraint} names exactly the codes of its list`, () => {
    const check = checks.find((c) => c.name === constraint);
    assert.ok(check, `no check constraint ${constraint}`);
    assert.deepEqual(
      sorted(new Set(quoted(check.definition))),
      sorted(codesOf(codes)),
      `${constraint}: ${check.definition}`,
    );
  });
}

test('every code-list check in the database is compared with a live list (or is known to be literal)', () => {
  const mapped = new Set(codeListColumns.map(({ table, column }) => `${table}.${column}`));
  const unmapped = [...allowed.keys()].filter((key) => !mapped.has(key) && !literalOnly.has(key));
  assert.deepEqual(
    unmapped,
    [],
    'add these columns to codeListColumns (or to literalOnly if no live list drives them)',
  );
  for (const key of literalOnly) assert.ok(allowed.has(key), `${key} is in literalOnly but has no code-list check`);
});

// Pages list a code list in its declared order only if it was declared with codeList: a plain object
// would put integer-like codes first ("4, 6, 7… 1A"). Every list an area's codes.ts exports is held to it.
test('every code list in the areas keeps the order its codes.ts writes', async () => {
  const areasFolder = path.join(import.meta.dirname, '../areas');
  const plainObjects: string[] = [];
  for (const area of fs.readdirSync(areasFolder)) {
    const file = path.join(areasFolder, area, 'codes.ts');
    if (!fs.existsSync(file)) continue;
    const lists = (await import(file)) as Record<string, unknown>;
    for (const [name, list] of Object.entries(lists))
      if (typeof list === 'object' && list !== null && !Array.isArray(list) && !hasDeclaredOrder(list))
        plainObjects.push(`${area}/codes.ts ${name}`);
  }
  assert.deepEqual(plainObjects, [], 'declare these lists with codeList([[code, label], …])');
});
