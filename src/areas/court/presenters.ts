// The court pages' view models and form readers: who a family record names (a restricted brother or
// sister counted, never named, to someone who may not open their record), the choices each form
// offers and the fields it reads.
import type { Request, Response } from 'express';
import { knownTo } from '../../platform/access/recordScope.ts';
import { addError, found, idParam, plainDate, readDate, today, type Child } from '../../platform/web/childPages.ts';
import { asList, fieldText, type FormErrors } from '../../platform/web/forms.ts';
import { siblingsToRecordFor } from '../people/index.ts';
import { notOfferedReasons, type NotOfferedReason } from '../familygroup/index.ts';
import type { NotOffered } from './store.ts';
import {
  deprivationOfLibertyCourts,
  finalOrders,
  hearingTypes,
  interimOrders,
  preProceedingsMeetingTypes,
  preProceedingsOutcomes,
} from './codes.ts';
import {
  courtRecordOf,
  deprivationOfLibertyOf,
  preProceedingsOfChild,
  proceedingsOfChild,
  type ChildOfRecord,
  type PreProceedingsWhole,
  type ProceedingsWhole,
} from './records.ts';
import { nextHearing, proceedingsStanding, weeksSince } from './standing.ts';
import { familyGroupStandings } from './familyGroup.ts';

export const named = (codes: Record<string, string>, code: string | null) => (code ? (codes[code] ?? code) : null);

/** The children of a family record this person may see named, and how many are withheld. */
export const namedTo = <T extends ChildOfRecord>(res: Response, children: readonly T[]) =>
  knownTo(res.locals.services.db, res.locals.user!, children);

export const ploInPath = async (req: Request, res: Response, child: Child) =>
  found(await preProceedingsOfChild(res.locals.services.db, child.id, idParam(req, 'ploId')));

export const proceedingsInPath = async (req: Request, res: Response, child: Child) =>
  found(await proceedingsOfChild(res.locals.services.db, child.id, idParam(req, 'proceedingsId')));

/** The brothers and sisters this person may record for alongside the child (a restricted one never offered). */
export const siblingsOf = (_req: Request, res: Response, child: Child) => siblingsToRecordFor(res, child);

/** The brothers and sisters ticked to record for too (`together`), of those offered. */
export const chosenSiblings = <T extends { id: number }>(values: Record<string, unknown>, offered: readonly T[]) => {
  const chosen = asList(values.together);
  return offered.filter((sibling) => chosen.includes(String(sibling.id)));
};

/** Checkboxes of the brothers and sisters to record for too; all ticked on a new form. */
export const siblingItems = (values: Record<string, unknown>, siblings: readonly { id: number; name: string }[]) => {
  const chosen = values.together === undefined ? siblings.map((s) => String(s.id)) : asList(values.together);
  return siblings.map((sibling) => ({
    value: String(sibling.id),
    text: sibling.name,
    checked: chosen.includes(String(sibling.id)),
  }));
};

/** A date field of a court form: not in the future unless it may be (a hearing listed), not before the record began. */
export const readDay = (
  res: Response,
  values: Record<string, unknown>,
  errors: FormErrors,
  field: string,
  label: string,
  rules: { required?: boolean; future?: boolean; notBefore?: string; notBeforeMessage?: string } = {},
) =>
  readDate(
    values,
    field,
    {
      label,
      required: rules.required ?? false,
      ...(rules.future ? {} : { notAfter: today(res) }),
      ...(rules.notBefore ? { notBefore: plainDate(rules.notBefore), notBeforeMessage: rules.notBeforeMessage } : {}),
    },
    errors,
  );

/** Text a form field holds, trimmed; an error past `max` characters or when required and empty. */
export function readText(
  values: Record<string, unknown>,
  errors: FormErrors,
  field: string,
  rules: { max: number; missing?: string; label: string },
): string | null {
  const text = fieldText(values[field]).trim();
  if (!text && rules.missing) addError(errors, field, rules.missing);
  if (text.length > rules.max) addError(errors, field, `${rules.label} must be ${rules.max} characters or fewer`);
  return text || null;
}

/** One code of a list, chosen with radios; `missing` when none (or an unknown one) is chosen. */
export function readCode<K extends string>(
  values: Record<string, unknown>,
  errors: FormErrors,
  field: string,
  codes: Record<K, string>,
  missing: string,
): K | undefined {
  const code = fieldText(values[field]);
  if (code in codes) return code as K;
  addError(errors, field, missing);
  return undefined;
}

/** Radio items of a code list, checked from what was posted. */
export const radioItems = (codes: Record<string, string>, checked: unknown) =>
  Object.entries(codes).map(([value, text]) => ({ value, text, checked: fieldText(checked) === value }));

/** The reasons no family group decision-making was offered, as radios checked from what was posted. */
export const notOfferedItems = (values: Record<string, unknown>) =>
  radioItems(notOfferedReasons, values.notOfferedReason);

/** Why no family group decision-making was offered, when the form says; null when it does not. */
export function readNotOffered(values: Record<string, unknown>, errors: FormErrors): NotOffered | null {
  const reason = fieldText(values.notOfferedReason);
  if (!reason) return null;
  if (!(reason in notOfferedReasons)) {
    addError(errors, 'notOfferedReason', 'Select why no family group decision-making was offered');
    return null;
  }
  const detail = readText(values, errors, 'notOfferedDetail', {
    max: 2000,
    label: 'Why not',
    ...(reason === 'other' ? { missing: 'Say why no family group decision-making was offered' } : {}),
  });
  return { reason: reason as NotOfferedReason, detail };
}

/** A pre-proceedings as the child's court page shows it. */
async function preProceedingsView(res: Response, plo: PreProceedingsWhole, asOf: string) {
  const { shown, withheld } = await namedTo(res, plo.children);
  return {
    ...plo,
    children: shown,
    withheld,
    outcomeText: named(preProceedingsOutcomes, plo.outcome),
    // An imported census gives the count of review meetings without their dates.
    reviewMeetings: Math.max(
      plo.meetings.filter((meeting) => meeting.meeting_type === 'review').length,
      plo.review_meetings_given ?? 0,
    ),
    meetings: plo.meetings.map((meeting) => ({
      ...meeting,
      kind: named(preProceedingsMeetingTypes, meeting.meeting_type),
    })),
    weeksSinceLetter:
      plo.letter_before_proceedings_date && !plo.decision_date
        ? weeksSince(plo.letter_before_proceedings_date, asOf)
        : null,
  };
}

/** Care proceedings as the child's court page shows them: the week count, the next hearing, each child's orders. */
async function proceedingsView(res: Response, proceedings: ProceedingsWhole, asOf: string) {
  const { shown, withheld } = await namedTo(res, proceedings.children);
  return {
    ...proceedings,
    standing: proceedingsStanding(proceedings, asOf),
    nextHearing: proceedings.conclusion_date ? null : nextHearing(proceedings.hearings, asOf),
    withheld,
    children: shown.map((child) => ({
      ...child,
      finalOrderText: named(finalOrders, child.finalOrder),
      interimOrders: proceedings.interimOrders
        .filter((order) => order.child_id === child.id)
        .map((order) => ({ ...order, text: named(interimOrders, order.order_type) })),
    })),
    hearings: proceedings.hearings.map((hearing) => ({ ...hearing, kind: named(hearingTypes, hearing.hearing_type) })),
  };
}

/** The child's court page: their family's pre-proceedings and care proceedings, newest first. */
export async function courtRecordView(res: Response, child: Child) {
  const asOf = today(res).toString();
  const [{ preProceedings, careProceedings }, deprivationOfLiberty] = await Promise.all([
    courtRecordOf(res.locals.services.db, child.id),
    deprivationOfLibertyOf(res.locals.services.db, child.id),
  ]);
  const familyGroup = await familyGroupStandings(
    res.locals.services.db,
    { preProceedings, proceedings: careProceedings },
    asOf,
  );
  return {
    deprivationOfLiberty: deprivationOfLiberty.reverse().map((order) => ({
      ...order,
      courtText: named(deprivationOfLibertyCourts, order.court) ?? 'Not recorded (imported from a 903 return)',
    })),
    preProceedings: await Promise.all(
      preProceedings.reverse().map(async (plo) => ({
        ...(await preProceedingsView(res, plo, asOf)),
        familyGroup: familyGroup.get(`pre-${plo.id}`),
      })),
    ),
    careProceedings: await Promise.all(
      careProceedings.reverse().map(async (p) => ({
        ...(await proceedingsView(res, p, asOf)),
        familyGroup: familyGroup.get(`proceedings-${p.id}`),
      })),
    ),
  };
}
