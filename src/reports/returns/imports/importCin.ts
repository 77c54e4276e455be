// `harbour import cin FILE`: a council's past CIN census loaded into Harbour's records — each
// child (identifiers, ethnicity, disabilities) and their CIN episodes as referrals with their
// assessments, CIN plans, section 47 enquiries and child protection plans with their reviews (the
// planning and protection areas' imports) and pre-proceedings (the court's) — as often as wanted (a second run changes nothing). A child with any block refused
// is refused whole with each reason; the rest load in one transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import type { Actor } from '../../../platform/access/audit.ts';
import { importChild, type ImportedChild } from '../../../areas/people/index.ts';
import { importReferrals, type ImportedReferral } from '../../../areas/assessment/index.ts';
import { importCinPlans, type ImportedCinPlan } from '../../../areas/planning/index.ts';
import {
  importProtection,
  type ImportedProtectionPlan,
  type ImportedSection47,
} from '../../../areas/protection/index.ts';
import { importPreProceedings, type ImportedPreProceedings } from '../../../areas/court/index.ts';
import type { ReadCin } from '../cin/readXml.ts';
import type { CinRow } from '../cin/tables.ts';
import { collectionYearHolding, dayFromIsoDate, isoDateOf, type CollectionYear } from '../returnDates.ts';
import type { DateWindow } from './records903.ts';
import {
  assessmentRecordCin,
  childRecordCin,
  cinPlanRecordCin,
  notCarriedCin,
  protectionPlanRecordCin,
  referralRecordCin,
  section47RecordCin,
} from './recordsCin.ts';
import { preProceedingsRecordCin } from './recordsCinPreProceedings.ts';
import { loadChildren, refuseWhole, type ImportReport, type Refusal, type RowAt } from './report.ts';

/** A block loaded under its episode, named by the episode's referral date until Harbour's referral is known. */
type UnderEpisode<T extends { referralId: number }> = Omit<T, 'referralId'> & { referralDate: string };

interface ChildCin {
  id: string;
  rows: RowAt[];
  problems: Refusal[];
  child: ImportedChild | null;
  referrals: ImportedReferral[];
  cinPlans: UnderEpisode<ImportedCinPlan>[];
  enquiries: UnderEpisode<ImportedSection47>[];
  protectionPlans: ImportedProtectionPlan[];
  preProceedings: ImportedPreProceedings[];
}

/** Whether a CIN episode was open in the year (referred by its end, not closed before its start). */
function openInYear(row: CinRow<'CINdetails'>, year: CollectionYear): boolean | null {
  const start = dayFromIsoDate(row.CINreferralDate.trim());
  const end = row.CINclosureDate.trim() ? dayFromIsoDate(row.CINclosureDate.trim()) : null;
  if (start === null) return null;
  return start <= year.end && (end === null || end >= year.start);
}

/** Checks every block and groups them by child: pure, so the refusals do not depend on what Harbour holds. */
export function planCin(
  read: ReadCin,
  file: string,
  window: DateWindow,
  year: CollectionYear | null,
): { children: ChildCin[]; refused: Refusal[] } {
  const refused: Refusal[] = read.problems.map((problem) => ({ file, ...problem, child: null }));
  const { tables } = read;
  const byChild = <T extends { LAchildID: string }>(rows: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const id = row.LAchildID.trim();
      groups.set(id, [...(groups.get(id) ?? []), row]);
    }
    return groups;
  };
  const characteristics = byChild(tables.ChildCharacteristics);
  const disabilities = byChild(tables.Disabilities);
  const details = byChild(tables.CINdetails);
  const assessments = byChild(tables.Assessments);
  const factors = byChild(tables.AssessmentFactors);
  const cinPlans = byChild(tables.CINplanDates);
  const section47s = byChild(tables.Section47);
  const protectionPlans = byChild(tables.ChildProtectionPlans);
  const reviews = byChild(tables.Reviews);
  const preProceedings = byChild(tables.PreProceedings);
  if (year && tables.CINdetails.length && !tables.CINdetails.some((row) => openInYear(row, year) !== false))
    return {
      children: [],
      refused: [
        ...refused,
        {
          file,
          line: null,
          child: null,
          message: `none of its ${tables.CINdetails.length} CIN episodes was open in ${year.label}: is it another year's census?`,
        },
      ],
    };
  const children = new Map<string, ChildCin>();
  for (const identifiers of tables.ChildIdentifiers) {
    const id = identifiers.LAchildID.trim();
    const at = { file, line: identifiers.$row };
    if (!id) {
      refused.push({ ...at, child: null, message: 'LAchildID is blank' });
      continue;
    }
    const child: ChildCin = children.get(id) ?? {
      id,
      rows: [],
      problems: [],
      child: null,
      referrals: [],
      cinPlans: [],
      enquiries: [],
      protectionPlans: [],
      preProceedings: [],
    };
    const refuse = (line: number, message: string) => child.problems.push({ file, line, child: id, message });
    child.rows.push(at);
    if (children.has(id)) {
      refuse(identifiers.$row, `LAchildID ${id} is a second child of the census`);
      continue;
    }
    children.set(id, child);
    const mapped = childRecordCin(
      identifiers,
      characteristics.get(id)?.[0]?.Ethnicity ?? null,
      (disabilities.get(id) ?? []).map((row) => row.Disability),
      window,
    );
    if (mapped.problems) mapped.problems.forEach((problem) => refuse(identifiers.$row, problem));
    else child.child = mapped.record;
    for (const episode of details.get(id) ?? []) {
      child.rows.push({ file, line: episode.$row });
      if (year && openInYear(episode, year) === false)
        refuse(episode.$row, `the CIN episode was not open in ${year.label}`);
      const referral = referralRecordCin(episode, window);
      if (referral.problems) {
        referral.problems.forEach((problem) => refuse(episode.$row, problem));
        continue;
      }
      const itsAssessments: ImportedReferral['assessments'][number][] = [];
      for (const assessment of (assessments.get(id) ?? []).filter((row) => row.CINdetailsID === episode.CINdetailsID)) {
        child.rows.push({ file, line: assessment.$row });
        const mapped = assessmentRecordCin(
          assessment,
          (factors.get(id) ?? [])
            .filter((row) => row.AssessmentID === assessment.AssessmentID)
            .map((row) => row.AssessmentFactors),
          window,
        );
        if (mapped.problems) mapped.problems.forEach((problem) => refuse(assessment.$row, problem));
        else itsAssessments.push(mapped.record);
      }
      if (child.referrals.some((other) => other.referralDate === referral.record.referralDate))
        refuse(episode.$row, `a second CIN episode of LAchildID ${id} begins on ${episode.CINreferralDate}`);
      child.referrals.push({ ...referral.record, assessments: itsAssessments });
      const within = <R extends { CINdetailsID: string; $row: number }>(rows: readonly R[] | undefined) =>
        (rows ?? []).filter((row) => row.CINdetailsID === episode.CINdetailsID);
      const referralDate = referral.record.referralDate;
      const itsPlans: UnderEpisode<ImportedCinPlan>[] = [];
      for (const row of within(cinPlans.get(id))) {
        child.rows.push({ file, line: row.$row });
        const plan = cinPlanRecordCin(row, window);
        if (plan.problems) plan.problems.forEach((problem) => refuse(row.$row, problem));
        else itsPlans.push({ ...plan.record, referralDate });
      }
      child.cinPlans.push(...itsPlans);
      for (const row of within(section47s.get(id))) {
        child.rows.push({ file, line: row.$row });
        const enquiry = section47RecordCin(row, window);
        if (enquiry.problems) enquiry.problems.forEach((problem) => refuse(row.$row, problem));
        else
          child.enquiries.push({
            ...enquiry.record,
            referralDate,
            childInNeedPlanFollowed: itsPlans.some((plan) => plan.startDate >= enquiry.record.startDate),
          });
      }
      for (const row of within(protectionPlans.get(id))) {
        child.rows.push({ file, line: row.$row });
        const itsReviews = (reviews.get(id) ?? []).filter((review) => review.CPPID === row.CPPID);
        child.rows.push(...itsReviews.map((review) => ({ file, line: review.$row })));
        const plan = protectionPlanRecordCin(row, itsReviews, window);
        if (plan.problems) plan.problems.forEach((problem) => refuse(row.$row, problem));
        else child.protectionPlans.push(plan.record);
      }
      for (const row of within(preProceedings.get(id))) {
        child.rows.push({ file, line: row.$row });
        const plo = preProceedingsRecordCin(row, window);
        if (plo.problems) plo.problems.forEach((problem) => refuse(row.$row, problem));
        else if (child.preProceedings.some((other) => other.startDate === plo.record.startDate))
          refuse(row.$row, `second pre-proceedings of LAchildID ${id} begin on ${row.PPStartDate}`);
        else child.preProceedings.push(plo.record);
      }
    }
  }
  for (const row of tables.CINdetails)
    if (!children.has(row.LAchildID.trim()))
      refused.push({ file, line: row.$row, child: row.LAchildID, message: 'the CIN episode has no ChildIdentifiers' });
  return { children: [...children.values()], refused };
}

/** Loads a census: each child whole, or refused whole with every reason. */
export async function importCin(
  db: Kysely<Database>,
  actor: Actor,
  read: ReadCin,
  file: string,
  options: { window: DateWindow; year: CollectionYear | null },
): Promise<ImportReport> {
  const plan = planCin(read, file, options.window, options.year);
  const refused = [...plan.refused];
  const loadable = plan.children.filter((child) => {
    if (!child.problems.length && child.child) return true;
    const lines = new Set(child.problems.map((problem) => problem.line));
    refused.push(...child.problems);
    refused.push(
      ...refuseWhole(
        child.id,
        child.rows.filter((row) => !lines.has(row.line)),
        'refused with the rest of this child (see the reasons given)',
      ),
    );
    return false;
  });
  const reference = dayFromIsoDate(read.tables.Header[0]?.ReferenceDate.trim() ?? '');
  const year = options.year ?? (reference === null ? null : collectionYearHolding(reference));
  const asAt = year === null ? null : isoDateOf(year.end);
  const dates = { asAt, yearStart: year === null ? null : isoDateOf(year.start) };
  const loaded = await loadChildren(db, loadable, async (trx, child) => {
    const { childId, outcome } = await importChild(trx, actor, child.child!, 'CIN');
    const tally = await importReferrals(trx, actor, childId, child.referrals, 'CIN', asAt);
    const underReferral = <T extends { referralDate: string }>({ referralDate, ...rest }: T) => ({
      ...rest,
      referralId: tally.referralIds.get(referralDate)!,
    });
    const cinPlans = await importCinPlans(trx, actor, childId, child.cinPlans.map(underReferral), 'CIN', asAt);
    const protection = await importProtection(
      trx,
      actor,
      childId,
      { enquiries: child.enquiries.map(underReferral), plans: child.protectionPlans },
      'CIN',
      dates,
    );
    const preProceedings = await importPreProceedings(trx, actor, childId, child.preProceedings, 'CIN', asAt);
    return {
      outcome,
      tally: {
        Referrals: tally.referrals,
        Assessments: tally.assessments,
        'CIN plans': cinPlans,
        'Section 47 enquiries': protection.enquiries,
        'Child protection plans': protection.plans,
        'Review conferences': protection.reviews,
        'Pre-proceedings': preProceedings,
      },
    };
  });
  return {
    year: options.year?.label ?? null,
    ...loaded,
    children: { ...loaded.children, refused: loaded.children.refused + plan.children.length - loadable.length },
    refused: [...refused, ...loaded.refused],
    notCarried: notCarriedCin,
  };
}
